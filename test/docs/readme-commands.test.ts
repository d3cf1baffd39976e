/**
 * The README's two commands are the ones CI runs: `npm test` is what `.ci/run` calls, and `npm run demo`
 * runs the journey script that test/e2e/portal-demo.test.ts runs with CI=true.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe("the README's first commands", () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
  const commands = firstBlock
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
  const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;

  it('are npm run demo and npm test, in that order', () => {
    expect(commands).toEqual(['npm run demo', 'npm test']);
  });

  it('npm test is what CI runs', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/^npm test\b/m);
    expect(scripts.test).toContain('vitest run');
  });

  it('npm run demo runs the journey script the demo test runs', () => {
    expect(scripts.demo).toMatch(/node examples\/portal\/demo\.mjs$/);
    expect(read('test/e2e/portal-demo.test.ts')).toContain('examples/portal/demo.mjs');
  });
});
