/**
 * The monitoring reporter against the mock's monitoring intake: batches with idempotency keys,
 * delivery retried while the intake fails, and every event counted once when it recovers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockPlatform, MONITORING_EVENTS_PATH, type MockPlatform } from '@onceonly/mock';
import {
  type DossierEvent,
  fileOutbox,
  type MonitoringReporterOptions,
  monitoringReporter,
} from '@onceonly/platform';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossierEvent, eventually } from './events.js';

const TARGET = 'monitoring.dossier-events';

describe('monitoringReporter with the mock intake', () => {
  const mock: MockPlatform = createMockPlatform({ seed: 12 });
  let dir: string;
  const reporters: Array<{ close(): Promise<void> }> = [];
  afterAll(() => mock.close());
  beforeEach(() => {
    mock.monitoring.reset();
    mock.faults.clear();
    mock.resetCalls();
    dir = mkdtempSync(join(tmpdir(), 'onceonly-reporter-'));
  });
  afterEach(async () => {
    mock.faults.clear();
    for (const r of reporters.splice(0)) await r.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function reporter(options: Partial<MonitoringReporterOptions> = {}) {
    const r = monitoringReporter({
      endpoint: `${mock.baseUrl}${MONITORING_EVENTS_PATH}`,
      dispatcher: mock.dispatcher,
      outbox: fileOutbox(join(dir, 'outbox.jsonl')),
      client: mock.client,
      flushEveryMs: 0,
      minDelayMs: 5,
      maxDelayMs: 50,
      ...options,
    });
    reporters.push(r);
    return r;
  }

  const ids = (events: readonly DossierEvent[]) => events.map((e) => e.id).sort();

  it('delivers recorded events in batches, with an idempotency key and the client id', async () => {
    const r = reporter({ batchSize: 100 });
    const recorded = await Promise.all(Array.from({ length: 250 }, () => r.record(dossierEvent())));
    expect(await r.flush()).toEqual({ batches: 3, accepted: 250, duplicates: 0 });
    expect(mock.monitoring.events).toEqual(recorded);
    const posts = mock.calls.filter((c) => c.path === MONITORING_EVENTS_PATH);
    expect(posts).toHaveLength(3);
    for (const post of posts) {
      expect(post.headers['idempotency-key']).toMatch(/^onceonly-[0-9a-f]{48}$/);
      expect(post.headers['x-road-client']).toBe(mock.client);
    }
    expect(await r.flush()).toEqual({ batches: 0, accepted: 0, duplicates: 0 });
  });

  it('retries while the intake fails (503, reset, a lost answer), and every event is counted once', async () => {
    const r = reporter({ batchSize: 10, attempts: 3 });
    const recorded = await Promise.all(Array.from({ length: 25 }, () => r.record(dossierEvent())));
    mock.faults.inject(TARGET, { kind: 'status', status: 503 }, { times: 4 });
    mock.faults.inject(TARGET, { kind: 'reset' }, { times: 1 });
    // The first batch is counted, its answer lost: the resend must not count it again.
    mock.faults.inject(TARGET, { kind: 'truncate' }, { times: 1 });
    // Three tries per round: the first rounds fail and leave the events in the outbox.
    const failed = await r.flush().catch((error: unknown) => error);
    expect(failed).toMatchObject({ retryable: true });
    let delivered = false;
    for (let round = 0; round < 10 && !delivered; round++) {
      delivered = (await r.flush().catch(() => undefined)) !== undefined;
    }
    expect(delivered).toBe(true);
    expect(ids(mock.monitoring.events)).toEqual(ids(recorded));
    expect(mock.monitoring.faulted).toBe(6);
    expect(mock.monitoring.replays + mock.monitoring.duplicates).toBeGreaterThan(0);
    expect(await r.flush()).toEqual({ batches: 0, accepted: 0, duplicates: 0 });
  });

  it('gives up on a hanging intake after its timeout, then delivers', async () => {
    const r = reporter({ timeoutMs: 200, attempts: 2 });
    const event = await r.record(dossierEvent());
    mock.faults.inject(TARGET, { kind: 'hang' }, { times: 1 });
    const started = Date.now();
    expect(await r.flush()).toEqual({ batches: 1, accepted: 1, duplicates: 0 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(mock.monitoring.events).toEqual([event]);
  });

  it('delivers in the background shortly after record(), without a flush', async () => {
    const errors: unknown[] = [];
    const r = reporter({ flushEveryMs: 20, onError: (e) => errors.push(e) });
    mock.faults.inject(TARGET, { kind: 'status', status: 500 }, { times: 5 });
    const recorded = [await r.record(dossierEvent()), await r.record(dossierEvent())];
    expect(await eventually(() => mock.monitoring.events.length === 2)).toBe(true);
    expect(ids(mock.monitoring.events)).toEqual(ids(recorded));
    expect(errors.length).toBeGreaterThan(0);
  });

  it('leaves refused batches in the outbox and says why', async () => {
    const r = reporter({ client: 'VN/GOV/000.00.00.X99/NOBODY' });
    await r.record(dossierEvent());
    await expect(r.flush()).rejects.toMatchObject({ code: 'REQUEST_REFUSED', status: 400, retryable: false });
    expect(mock.monitoring.events).toEqual([]);
  });

  it('flushes on close(), and refuses record() after it', async () => {
    const r = reporter();
    const event = await r.record(dossierEvent());
    await r.close();
    expect(mock.monitoring.events).toEqual([event]);
    await expect(r.record(dossierEvent())).rejects.toMatchObject({ code: 'OUTBOX_CLOSED' });
  });

  it('refuses a bad event before storing it, and bad options', async () => {
    const r = reporter();
    await expect(r.record({ ...dossierEvent(), status: 'lost' as never })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await r.flush()).toEqual({ batches: 0, accepted: 0, duplicates: 0 });
    const outbox = fileOutbox(join(dir, 'other.jsonl'));
    reporters.push(outbox);
    expect(() => monitoringReporter({ endpoint: 'ftp://x', outbox })).toThrow(/endpoint/);
    expect(() => monitoringReporter({ endpoint: 'http://x', outbox, batchSize: 501 })).toThrow(/batchSize/);
  });

  it('works over real HTTP too', async () => {
    const { url } = await mock.listen();
    const r = reporter({ endpoint: `${url}${MONITORING_EVENTS_PATH}`, dispatcher: undefined as never });
    const event = await r.record(dossierEvent({ documentsRequired: 3, documentsWaived: 2 }));
    mock.faults.inject(TARGET, { kind: 'reset' }, { times: 1 });
    expect(await r.flush()).toMatchObject({ accepted: 1 });
    expect(mock.monitoring.events).toEqual([event]);
  });
});
