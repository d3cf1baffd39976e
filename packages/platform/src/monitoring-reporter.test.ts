import { OnceOnlyError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { idempotencyKey } from './deliver-batch.js';
import { prepareEvent } from './dossier-event.js';
import { monitoringReporter } from './monitoring-reporter.js';
import type { Outbox } from './outbox.js';

const input = {
  dossierCode: 'H23.01-261202-0001',
  procedureCode: '1.001193',
  status: 'received' as const,
  occurredAt: '2026-12-02T08:00:00+07:00',
  channel: 'online' as const,
  agencyCode: '000.00.00.H23',
};

/** An outbox whose store fails: what a full disk or a lost database looks like to the reporter. */
function failingOutbox(): Outbox & { claims: number } {
  return {
    claims: 0,
    append: async () => {
      throw new OnceOnlyError({ code: 'OUTBOX_WRITE_FAILED', message: 'disk full' });
    },
    async claim() {
      this.claims++;
      return undefined;
    },
    acknowledge: async () => {},
    release: async () => {},
    pending: async () => 0,
    close: async () => {},
  };
}

describe('monitoringReporter', () => {
  it('rejects record() when the outbox cannot store the event, and sends nothing', async () => {
    const outbox = failingOutbox();
    const reporter = monitoringReporter({ endpoint: 'http://127.0.0.1:1/x', outbox, flushEveryMs: 0 });
    await expect(reporter.record(input)).rejects.toMatchObject({ code: 'OUTBOX_WRITE_FAILED' });
    expect(await reporter.flush()).toEqual({ batches: 0, accepted: 0, duplicates: 0 });
    await reporter.close();
  });

  it('checks its options before anything else', () => {
    const outbox = failingOutbox();
    for (const bad of [
      { endpoint: 'not a url' },
      { batchSize: 0 },
      { attempts: 0 },
      { timeoutMs: -1 },
      { flushEveryMs: 1.5 },
    ]) {
      expect(() => monitoringReporter({ endpoint: 'http://x', outbox, ...bad }), JSON.stringify(bad)).toThrow(
        /monitoringReporter/,
      );
    }
    expect(() => monitoringReporter({ endpoint: 'http://x' } as never)).toThrow(/outbox is required/);
  });
});

describe('idempotencyKey', () => {
  it('is the same for the same events, whatever the case of their ids, and differs for others', () => {
    const [a, b] = [prepareEvent(input), prepareEvent(input)];
    expect(idempotencyKey([a, b])).toBe(idempotencyKey([{ ...a, id: a.id.toUpperCase() }, b]));
    expect(idempotencyKey([a, b])).not.toBe(idempotencyKey([b, a]));
    expect(idempotencyKey([a])).not.toBe(idempotencyKey([a, b]));
    expect(idempotencyKey([a])).toMatch(/^onceonly-[0-9a-f]{48}$/);
  });
});
