/**
 * Nothing recorded is lost when the portal process is killed with SIGKILL between `record()` and
 * delivery: a real child process records events while its delivery hangs on the intake, is killed,
 * and a new reporter on the same outbox delivers every event whose `record()` had resolved, once.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMockPlatform, MONITORING_EVENTS_PATH } from '@onceonly/mock';
import { fileOutbox, monitoringReporter, type Outbox } from '@onceonly/platform';
import { postgresOutbox } from '@onceonly/platform/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, postgresForTests, testSchema } from '../support/postgres.js';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'onceonly-sigkill-'));
const childScript = join(work, 'record-until-killed.cjs');
const pg = await postgresForTests('sigkill.test.ts');

/** Bundles the TypeScript child (workspace sources through the tsconfig paths) into one script for node. */
beforeAll(async () => {
  await promisify(execFile)(
    join(root, 'node_modules', '.bin', 'esbuild'),
    [
      join(root, 'test/platform/fixtures/record-until-killed.ts'),
      '--bundle',
      '--platform=node',
      '--format=cjs',
      '--target=node20',
      '--log-level=error',
      `--tsconfig=${join(root, 'tsconfig.json')}`,
      `--outfile=${childScript}`,
    ],
    { timeout: 60_000 },
  );
}, 90_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs the child until it has printed `count` durable ids and `ready()` holds, kills it with SIGKILL,
 * returns the ids.
 */
async function recordThenKill(
  settings: Record<string, unknown>,
  count: number,
  ready: () => boolean,
): Promise<string[]> {
  const child: ChildProcess = spawn(process.execPath, [childScript], {
    env: { ...process.env, ONCEONLY_CHILD: JSON.stringify(settings) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const durable: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the child printed ${durable.length} ids in 20 s; stderr: ${stderr}`)),
        20_000,
      );
      let buffered = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) if (line.startsWith('durable ')) durable.push(line.slice(8));
        if (durable.length >= count && ready()) {
          clearTimeout(timer);
          // Killed at once, in the middle of its stream of records, with delivery hanging.
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => {
        clearTimeout(timer);
        if (durable.length < count) reject(new Error(`the child exited early; stderr: ${stderr}`));
      });
    });
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  expect(await exited).toBe('SIGKILL');
  return durable;
}

describe.each([
  ['file', true],
  ['postgres', pg.ok],
] as const)('SIGKILL between record() and delivery (%s outbox)', (kind, available) => {
  const mock = createMockPlatform({ seed: 14 });
  const schema = testSchema();
  const url = pg.ok ? pg.url : '';
  let endpoint = '';
  beforeAll(async () => {
    endpoint = `${(await mock.listen()).url}${MONITORING_EVENTS_PATH}`;
  });
  afterAll(async () => {
    await mock.close();
    if (kind === 'postgres' && pg.ok) await dropSchema(url, schema);
  });

  it.skipIf(!available)(
    'delivers every event whose record() resolved, each once',
    async () => {
      const path = join(work, `${kind}-outbox.jsonl`);
      mock.faults.inject('monitoring.dossier-events', { kind: 'hang' });
      // Killed once 40 records have resolved and a delivery is under way (hanging on the intake).
      const delivering = () =>
        mock.calls.some((c) => c.path === MONITORING_EVENTS_PATH && c.fault === 'hang');
      const durable = await recordThenKill({ endpoint, outbox: kind, path, url, schema }, 40, delivering);
      expect(mock.monitoring.events).toEqual([]); // nothing was delivered before the kill
      mock.faults.clear();

      const outbox: Outbox =
        kind === 'file' ? fileOutbox(path) : postgresOutbox({ url, schema, leaseMs: 1_000 });
      const reporter = monitoringReporter({ endpoint, outbox, flushEveryMs: 0, minDelayMs: 10 });
      try {
        // The dead child's claim (Postgres) is free once its 1 s lease ends: flush until the outbox is empty.
        const deadline = Date.now() + 15_000;
        while ((await outbox.pending()) > 0 && Date.now() < deadline) {
          await reporter.flush();
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await outbox.pending()).toBe(0);
      } finally {
        await reporter.close();
      }
      const delivered = mock.monitoring.events.map((e) => e.id);
      expect(new Set(delivered).size).toBe(delivered.length);
      for (const id of durable) expect(delivered).toContain(id);
      // At most the records in flight at the kill are delivered beyond those the child printed.
      expect(delivered.length - durable.length).toBeLessThanOrEqual(1);
    },
    60_000,
  );
});
