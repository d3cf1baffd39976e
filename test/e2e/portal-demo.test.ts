/**
 * `npm run demo` (examples/portal/demo.mjs) as a real process: with CI=true it runs one citizen's
 * journey and exits 0 with its `journey ok: …` line; without, it keeps serving the portal until Ctrl+C.
 * It runs the built packages (as a fresh clone does after `pnpm run build`, which `npm test` runs first).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DEMO = 'examples/portal/demo.mjs';
const built = ['core', 'identity', 'mock', 'platform', 'prefill', 'vn'].every((p) =>
  existsSync(`packages/${p}/dist/index.js`),
);
if (!built) console.warn('[portal-demo.test.ts] SKIPPED: the packages are not built (run `pnpm run build`).');

function run(env: NodeJS.ProcessEnv, args: string[] = []): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [DEMO, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    out += chunk;
  });
  return { child, output: () => out };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe.runIf(built || process.env.ONCEONLY_REQUIRE_SERVICES === '1')('npm run demo', () => {
  it('with CI=true, runs the journey and exits 0 on its summary line', async () => {
    const { child, output } = run({ CI: 'true' });
    const code = await exited(child);
    const lines = output().trim().split('\n');
    expect(lines.at(-1)).toMatch(/^journey ok: \d+\/\d+ fields prefilled, \d+\/\d+ documents waived$/);
    const [, filled, fields, waived, documents] = /(\d+)\/(\d+) fields prefilled, (\d+)\/(\d+)/
      .exec(lines.at(-1)!)!
      .map(Number);
    expect(filled).toBeGreaterThan(0);
    expect(filled).toBeLessThanOrEqual(fields!);
    expect(waived).toBeGreaterThan(0);
    expect(waived).toBeLessThanOrEqual(documents!);
    expect(output()).toContain('monitoring received 1 event(s)');
    expect(code).toBe(0);
  }, 60_000);

  it('says why and exits 1 when the journey fails', async () => {
    const { child, output } = run({ CI: '' }, ['--ci', '--procedure=9.999999']);
    const code = await exited(child);
    expect(output().trim().split('\n').at(-1)).toBe('journey failed: start sign-in: HTTP 404, expected 302');
    expect(code).toBe(1);
  }, 60_000);

  it('without CI, keeps serving the portal until Ctrl+C', async () => {
    const { child, output } = run({ CI: '' });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${output()}`)), 30_000);
      child.stdout?.on('data', () => {
        const found = /Open (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Thủ tục hành chính');
    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
  }, 60_000);
});
