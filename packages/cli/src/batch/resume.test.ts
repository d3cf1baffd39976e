import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../exit-codes.js';
import { readPreviousRun } from './resume.js';

const dir = mkdtempSync(join(tmpdir(), 'onceonly-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const header = 'personalId,fullName,birthDate,result,reason\n';
const row = '001090001236,Nguyễn Văn An,17/04/1990,match,\n';
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('readPreviousRun', () => {
  it('starts from nothing when the output does not exist or is empty', async () => {
    expect(await readPreviousRun(join(dir, 'missing.csv'))).toEqual({ done: 0, hasHeader: false });
    expect(await readPreviousRun(file('empty.csv', ''))).toEqual({ done: 0, hasHeader: false });
  });

  it('counts the complete rows', async () => {
    expect(await readPreviousRun(file('two.csv', header + row + row))).toEqual({ done: 2, hasHeader: true });
  });

  it('cuts a last row left half-written, so it is asked again', async () => {
    const path = file('cut.csv', `${header}${row}001090001236,Nguy`);
    expect(await readPreviousRun(path)).toEqual({ done: 1, hasHeader: true });
    expect(readFileSync(path, 'utf8')).toBe(header + row);
  });

  it('cuts a last row whose line did not end, even when it has every column', async () => {
    const path = file('no-newline.csv', `${header}${row}${row.trimEnd()}`);
    expect(await readPreviousRun(path)).toEqual({ done: 1, hasHeader: true });
  });

  it('refuses to append to a file that is not a verify-batch output', async () => {
    await expect(readPreviousRun(file('other.csv', 'a,b\n1,2\n'))).rejects.toBeInstanceOf(UsageError);
  });
});
