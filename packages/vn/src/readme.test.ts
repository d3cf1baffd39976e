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

  it('its quick start runs and prints what it says', () => {
    const block = /## Quick start\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    let checked = 0;
    for (const line of block!.split('\n')) {
      const m = /^(.*?);\s*\/\/ (.+)$/.exec(line);
      if (!m || line.startsWith('import')) continue;
      // Each commented line is `expression; // expected value (JSON)`.
      const actual = new Function(...Object.keys(vn), `return (${m[1]});`)(...Object.values(vn));
      expect(actual, line).toEqual(JSON.parse(m[2]!.replaceAll("'", '"')));
      checked++;
    }
    expect(checked).toBe(8);
  });
});
