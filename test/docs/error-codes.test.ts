/**
 * docs/errors.md documents every error code once: its rows are the code table (`ERROR_CODES`), both
 * ways, and every code the sources raise is in the table (grep, so a code added with a cast or in a
 * package the type does not reach is still caught).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@onceonly/core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(`${root}docs/errors.md`, 'utf8');
const ROW = /^\| `([A-Z][A-Z0-9_]+)` \| `(\w+)` \| (yes|no) \| `([a-z-]+)` \| (.+) \|$/;
const rows = doc
  .split('\n')
  .map((line) => ROW.exec(line))
  .filter((m) => m !== null)
  .map(([, code, error, retryable, action, meaning]) => ({
    code: code!,
    error: error!,
    retryable: retryable === 'yes',
    action: action!,
    meaning: meaning!.replace(/\\\|/g, '|'),
  }));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('docs/errors.md and the code table', () => {
  it('has one row per code of the table, and agrees with it', () => {
    expect(rows.map((r) => r.code)).toEqual(Object.keys(ERROR_CODES));
    for (const row of rows) {
      const { error, retryable, action, meaning } = ERROR_CODES[row.code as keyof typeof ERROR_CODES];
      expect(row, row.code).toEqual({ code: row.code, error, retryable, action, meaning });
    }
  });

  it('quotes every sentence a citizen can be shown', () => {
    for (const [code, { citizen }] of Object.entries(ERROR_CODES)) {
      expect(doc, code).toContain(`vi: ${citizen.vi}`);
      expect(doc, code).toContain(`en: ${citizen.en}`);
    }
  });

  it('lists every code the sources raise', () => {
    const raised = new Map<string, string>();
    for (const pkg of readdirSync(`${root}packages`)) {
      let files: string[];
      try {
        files = sourceFiles(`${root}packages/${pkg}/src`);
      } catch {
        continue;
      }
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const found = [
          ...text.matchAll(/\bcode: '([A-Z][A-Z0-9_]+)'/g),
          ...text.matchAll(/\bdefaultCode = '([A-Z][A-Z0-9_]+)'/g),
          ...text.matchAll(/\brefused\(\s*'([A-Z][A-Z0-9_]+)'/g),
        ];
        for (const [, code] of found) raised.set(code!, file.slice(root.length));
      }
    }
    // Node.js system error codes (the mock simulates a reset socket) are not SDK codes.
    const sdkCodes = [...raised].filter(([code]) => !/^E[A-Z]+$/.test(code));
    expect(sdkCodes.length).toBeGreaterThan(40);
    for (const [code, file] of sdkCodes)
      expect(Object.keys(ERROR_CODES), `${code} (${file})`).toContain(code);
  });

  it('the error sections of the package READMEs name only codes of the table', () => {
    for (const readme of ['packages/core/README.md', 'packages/population/README.md']) {
      const text = readFileSync(root + readme, 'utf8');
      const section = text.slice(
        text.indexOf('## Errors'),
        text.indexOf('\n## ', text.indexOf('## Errors') + 1),
      );
      const codes = [...section.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})`/g)].map((m) => m[1]!);
      expect(codes.length, readme).toBeGreaterThan(10);
      for (const code of codes) expect(Object.keys(ERROR_CODES), `${readme}: ${code}`).toContain(code);
    }
  });
});
