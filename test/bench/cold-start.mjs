/**
 * Cold start of each package: a fresh `node` process imports the built package and makes its first
 * call (import and first call timed apart; what each first call is: cold-start-calls.mjs).
 * `coldStarts(runs)` runs every package `runs` times and keeps the median;
 * `node test/bench/cold-start.mjs <package>` is one such process (it prints JSON).
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { dist, FIRST_CALLS } from './cold-start-calls.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function coldStarts(runs = 3) {
  const results = [];
  for (const name of Object.keys(FIRST_CALLS)) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(import.meta.url), name], {
        cwd: root,
        timeout: 60_000, // a first call that hangs fails the bench instead of stalling it
      });
      samples.push(JSON.parse(stdout.trim().split('\n').at(-1)));
    }
    const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    results.push({
      package: `@onceonly/${name}`,
      importMs: median('importMs'),
      firstCallMs: median('firstCallMs'),
      firstCall: FIRST_CALLS[name].what,
    });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!Object.hasOwn(FIRST_CALLS, name)) throw new Error(`cold start: no first call for package ${name}`);
  const t0 = performance.now();
  const pkg = await import(dist(name));
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  const timed = await FIRST_CALLS[name].run(pkg);
  const firstCallMs = typeof timed === 'number' ? timed : performance.now() - t1;
  console.log(JSON.stringify({ importMs, firstCallMs }));
}
