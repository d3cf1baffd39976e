/**
 * `onceonly verify-batch` as a real process against `onceonly mock` (its `--json` output as the config
 * file): a batch of good, no-match and malformed rows; exit codes 2 and 3;
 * Ctrl+C (SIGINT) in the middle of a batch, then a resume that finishes with every row exactly once.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, start, until, within } from './cli-process.js';
import { csvLine, goodRow, parse, useCliAgainstMock, who } from './cli-fixture.js';
import { lookupOf } from '@onceonly/mock';

const { work, cli, config, env, world } = useCliAgainstMock();
const good = (i: number) => goodRow(world, i);

describe('onceonly verify-batch', () => {
  it('answers good, no-match and malformed rows, malformed ones on stderr by line number only', async () => {
    const input = join(work, 'people.csv');
    const other = lookupOf(world.personas[30]!);
    writeFileSync(
      input,
      csvLine(['personalId', 'fullName', 'birthDate']) +
        csvLine(good(0)) +
        csvLine(good(1)) +
        csvLine([other.personalId, 'Hoàng Văn Khác', other.birthDate]) +
        csvLine(['12345', 'Phạm Thị Sai', '01/01/1990']) +
        csvLine(['001090001236', 'Vũ Hai Cột']) +
        csvLine([other.personalId, 'Đỗ Ngày Sai', '31/02/1990']),
    );
    const out = join(work, 'result.csv');
    const result = await run(cli, ['verify-batch', '--in', input, '--out', out, ...who, '--json'], {
      cwd: work,
      env,
    });
    expect(result.code, result.stderr).toBe(0);
    const rows = parse(readFileSync(out, 'utf8'));
    expect(rows.map((r) => [r.result, r.reason])).toEqual([
      ['match', ''],
      ['match', ''],
      ['no-match', ''],
      ['invalid', 'personalId.LENGTH'],
      ['invalid', 'row.COLUMN_COUNT'],
      ['invalid', 'birthDate.INVALID_DATE'],
    ]);
    expect(result.stderr).toContain('line 5: invalid row (personalId.LENGTH)');
    expect(result.stderr).toContain('line 6: invalid row (row.COLUMN_COUNT)');
    expect(result.stderr).toContain('line 7: invalid row (birthDate.INVALID_DATE)');
    for (const data of ['12345', 'Phạm', 'Vũ Hai', 'Đỗ', other.personalId, good(0)[0]!]) {
      expect(result.stderr).not.toContain(data);
    }
    expect(JSON.parse(result.stdout)).toMatchObject({ match: 2, 'no-match': 1, invalid: 3, error: 0 });
    // Every row sent is audited, its subject hashed.
    const audit = readFileSync(`${out}.audit.jsonl`, 'utf8').trim().split('\n');
    expect(audit).toHaveLength(3);
    expect(audit.join('\n')).not.toContain(good(0)[0]!);
  });

  it('exits 2 for bad usage: a missing --officer, a wrong header', async () => {
    const input = join(work, 'bad-header.csv');
    writeFileSync(input, csvLine(['id', 'name', 'dob']) + csvLine(good(0)));
    const missing = await run(cli, ['verify-batch', '--in', input, '--out', join(work, 'x.csv')], {
      cwd: work,
      env,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--officer');
    const header = await run(cli, ['verify-batch', '--in', input, '--out', join(work, 'y.csv'), ...who], {
      cwd: work,
      env,
    });
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('line 1: the header must be personalId,fullName,birthDate');
  });

  it('exits 3 when the platform cannot answer some rows', async () => {
    const input = join(work, 'unreachable.csv');
    writeFileSync(input, csvLine(['personalId', 'fullName', 'birthDate']) + csvLine(good(0)));
    const noRetry = join(work, 'no-retry.json');
    writeFileSync(
      noRetry,
      JSON.stringify({ ...JSON.parse(readFileSync(config, 'utf8')).settings, retry: false }),
    );
    const out = join(work, 'unreachable-out.csv');
    const args = ['verify-batch', '--in', input, '--out', out, ...who, '--config', noRetry];
    const result = await run(cli, [...args, '--base-url', 'http://127.0.0.1:9'], { cwd: work, env });
    expect(result.code, result.stderr).toBe(3);
    expect(readFileSync(out, 'utf8')).toMatch(/,error,[A-Z_]+\n$/);
  });

  it('resumes after Ctrl+C: every row answered exactly once, in input order', async () => {
    const input = join(work, 'many.csv');
    const count = 3000;
    let text = csvLine(['personalId', 'fullName', 'birthDate']);
    // Every fifth row names someone else: a no-match, so the rows are not all alike.
    for (let i = 0; i < count; i++)
      text += csvLine(i % 5 === 4 ? [good(i)[0]!, 'Người Khác', good(i)[2]!] : good(i));
    writeFileSync(input, text);
    const out = join(work, 'many-out.csv');
    const args = ['verify-batch', '--in', input, '--out', out, ...who, '--concurrency', '2'];
    const first = start(cli, args, { cwd: work, env });
    const written = () => {
      try {
        return readFileSync(out, 'utf8').split('\n').length - 2;
      } catch {
        return 0;
      }
    };
    await until(() => written() >= 100, 30_000, 'the first 100 rows');
    first.child.kill('SIGINT');
    const interrupted = await within(first, 15_000);
    expect(interrupted.code, interrupted.stderr).toBe(130);
    const before = written();
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(count);
    // As if the process had died mid-write: a row cut short at the end is rewritten, not kept.
    appendFileSync(out, `${good(before)[0]},Trầ`);

    const resumed = await run(cli, [...args, '--json'], { cwd: work, env, timeoutMs: 120_000 });
    expect(resumed.code, resumed.stderr).toBe(0);
    const summary = JSON.parse(resumed.stdout) as { resumed: number; match: number; 'no-match': number };
    expect(summary.resumed).toBe(before);
    expect(summary.match + summary['no-match']).toBe(count - before);
    const rows = parse(readFileSync(out, 'utf8'));
    const inputRows = parse(text);
    expect(rows.map((r) => [r.personalId, r.fullName, r.birthDate])).toEqual(
      inputRows.map((r) => [r.personalId, r.fullName, r.birthDate]),
    );
    expect(rows.map((r) => r.result)).toEqual(inputRows.map((_, i) => (i % 5 === 4 ? 'no-match' : 'match')));
  }, 180_000);
});

describe('onceonly verify-batch, a file that is not CSV', () => {
  it('names the line and column and the kind of error, never the text, and exits 2', async () => {
    const input = join(work, 'unclosed.csv');
    const [id, name, date] = good(0);
    writeFileSync(
      input,
      csvLine(['personalId', 'fullName', 'birthDate']) +
        csvLine(good(0)) +
        `${id},"Nguyễn Không Đóng,${date}\n` +
        csvLine([id!, name!, date!]),
    );
    const out = join(work, 'unclosed-out.csv');
    const result = await run(cli, ['verify-batch', '--in', input, '--out', out, ...who], { cwd: work, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('line 3, column 2: cannot be read as CSV (CSV_QUOTE_NOT_CLOSED)');
    expect(result.stderr).not.toContain('Không Đóng');
    expect(result.stderr).not.toContain(id!);
  });
});
