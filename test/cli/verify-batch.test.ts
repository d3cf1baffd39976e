/**
 * `onceonly mock` and `onceonly verify-batch` as real processes: the mock started and stopped by a
 * signal, its `--json` output used as the config file; a batch of good, no-match and malformed rows;
 * Ctrl+C (SIGINT) in the middle of a batch, then a resume that finishes with every row exactly once.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type Running, run, start, until, within } from './cli-process.js';

const work = mkdtempSync(join(tmpdir(), 'onceonly-cli-'));
const cli = join(work, 'onceonly.mjs');
const config = join(work, 'mock.json');
const seed = 42;
const who = ['--officer', MOCK_OFFICER_ID, '--purpose', '1.001193', '--case', 'H23.01-241122-0001'];
const env = { ONCEONLY_CONFIG: config, ONCEONLY_AUDIT_KEY: 'k'.repeat(32) };
// The same seed in this process gives the same people the mock process serves.
const world = createMockPlatform({ seed });
let mock: Running;

beforeAll(async () => {
  await bundleCli(cli);
  mock = start(cli, ['mock', '--json', '--seed', String(seed)], { cwd: work });
  await until(() => mock.stdout().includes('\n'), 20_000, 'the mock to print its settings');
  writeFileSync(config, mock.stdout());
}, 90_000);

afterAll(async () => {
  if (mock.child.exitCode === null) mock.child.kill('SIGKILL');
  await world.close();
  rmSync(work, { recursive: true, force: true });
});

const csvLine = (cells: string[]) => `${cells.join(',')}\n`;
/** The rows of a CSV file as objects by header (the test data holds no commas nor quotes). */
const parse = (text: string, _options: { columns: true }): Record<string, string>[] => {
  const [header, ...lines] = text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  return lines.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
};
const good = (i: number) => {
  const l = lookupOf(world.personas[i % 20]!);
  return [l.personalId, l.fullName, l.birthDate];
};

describe('onceonly mock', () => {
  it('prints its address, client settings and personas by tag with masked ids', () => {
    const summary = JSON.parse(mock.stdout()) as {
      url: string;
      settings: { baseUrl: string; client: string };
      personas: { tag: string; personalId: string }[];
    };
    expect(summary.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(summary.settings.baseUrl).toBe(summary.url);
    expect(summary.settings.client).toBe('VN/GOV/000.00.00.H23/PORTAL');
    expect(summary.personas.map((p) => p.tag)).toContain('minor');
    for (const p of summary.personas) expect(p.personalId).toMatch(/^\d{3}\*{6}\d{3}$/);
  });

  it('refuses a bad port with exit code 2', async () => {
    const result = await run(cli, ['mock', '--port', 'eighty'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port must be a whole number');
  });

  it('stops on SIGINT with exit code 0', async () => {
    const other = start(cli, ['mock', '--seed', '7'], { cwd: work });
    await until(() => other.stdout().includes('Ctrl+C'), 20_000, 'the second mock to listen');
    expect(other.stdout()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    other.child.kill('SIGINT');
    expect((await within(other, 10_000)).code).toBe(0);
  });
});

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
    const rows = parse(readFileSync(out, 'utf8'), { columns: true });
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
    const rows = parse(readFileSync(out, 'utf8'), { columns: true });
    const inputRows = parse(text, { columns: true });
    expect(rows.map((r) => [r.personalId, r.fullName, r.birthDate])).toEqual(
      inputRows.map((r) => [r.personalId, r.fullName, r.birthDate]),
    );
    expect(rows.map((r) => r.result)).toEqual(inputRows.map((_, i) => (i % 5 === 4 ? 'no-match' : 'match')));
  }, 180_000);
});

describe('onceonly catalog and lookup', () => {
  const url = () => (JSON.parse(mock.stdout()) as { url: string }).url;
  const person = (i: number) => {
    const [id, name, date] = good(i);
    return ['--personal-id', id!, '--full-name', name!, '--birth-date', date!];
  };

  it('lists the services offered to this client', async () => {
    const result = await run(cli, ['catalog', '--json'], { cwd: work, env });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toContainEqual(
      expect.objectContaining({
        provider: 'GOV/000.00.00.G10/CSDLDC',
        serviceCode: 'XacThucThongTinCongDan',
      }),
    );
  });

  it('verifies a person: true when the record agrees, false when the name does not', async () => {
    const yes = await run(cli, ['lookup', 'population.verify', ...person(0), ...who, '--json'], {
      cwd: work,
      env,
    });
    expect([yes.code, yes.stdout.trim()], yes.stderr).toEqual([0, 'true']);
    const wrong = person(0);
    wrong[3] = 'Người Khác';
    const no = await run(cli, ['lookup', 'population.verify', ...wrong, ...who, '--json'], {
      cwd: work,
      env,
    });
    expect([no.code, no.stdout.trim()], no.stderr).toEqual([0, 'false']);
  });

  it('reads a record with the consent from the environment, and refuses without it', async () => {
    const args = ['lookup', 'population.citizen', ...person(0), ...who, '--json'];
    const refused = await run(cli, args, { cwd: work, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('CONSENT_REQUIRED');
    const consent = world.consent(good(0)[0]!, 'population.basic', '1.001193', { issuer: `${url()}/idp` });
    const read = await run(cli, args, { cwd: work, env: { ...env, ONCEONLY_CONSENT: consent } });
    expect(read.code, read.stderr).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ personalId: good(0)[0] });
  });

  it('refuses an unknown lookup and a malformed person with exit code 2', async () => {
    const unknown = await run(cli, ['lookup', 'population.nothing', ...person(0), ...who], {
      cwd: work,
      env,
    });
    expect(unknown.code).toBe(2);
    const bad = person(0);
    bad[1] = '12345';
    const malformed = await run(cli, ['lookup', 'population.verify', ...bad, ...who], { cwd: work, env });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('personalId.LENGTH');
    expect(malformed.stderr).not.toContain('12345');
  });
});

describe('onceonly prefill', () => {
  const url = () => (JSON.parse(mock.stdout()) as { url: string }).url;
  const args = () => {
    const [id, name, date] = good(0);
    return ['prefill', '1.004873', '--personal-id', id!, '--full-name', name!, '--birth-date', date!];
  };
  const caseAndOfficer = ['--officer', MOCK_OFFICER_ID, '--case', 'H23.01-241122-0002'];

  it('fills the fields of the sources the citizen consented to, and says what failed without data', async () => {
    const consent = world.consent(good(0)[0]!, ['population.basic'], '1.004873', { issuer: `${url()}/idp` });
    const result = await run(cli, [...args(), ...caseAndOfficer], {
      cwd: work,
      env: { ...env, ONCEONLY_CONSENT: consent },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^1\.004873: [1-9]\d*\/\d+ fields prefilled/);
    expect(result.stdout).toContain('source citizen: ok');
    expect(result.stdout).toContain('source maritalStatus: failed (CONSENT_SCOPE_MISSING)');
    expect(result.stdout).toContain('waived: identity-residence');
    expect(result.stdout).not.toContain(good(0)[1]!);
  });

  it('refuses an unknown procedure with exit code 2', async () => {
    const bad = args();
    bad[1] = '9.999999';
    const result = await run(cli, [...bad, ...caseAndOfficer], { cwd: work, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown procedure 9.999999');
  });
});
