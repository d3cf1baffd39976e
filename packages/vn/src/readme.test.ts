import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as vn from './index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('has a row for every exported function and class, and documents no function that does not exist', () => {
    const rows = [...readme.matchAll(/^\| `([A-Za-z]+)([(`])/gm)];
    const functions = rows.filter((m) => m[2] === '(').map((m) => m[1]!);
    const names = new Set(rows.map((m) => m[1]!));
    for (const name of Object.keys(vn)) expect(names, name).toContain(name);
    expect(functions.filter((name) => !(name in vn))).toEqual([]);
    expect(new Set(functions).size).toBe(functions.length);
  });
  // The quick start is an example file of the docs harness: test/docs/examples/vn-quick-start.ts is
  // type-checked there and its values are checked by test/docs/package-readmes.test.ts.
});
