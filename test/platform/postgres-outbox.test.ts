/**
 * The Postgres outbox: several reporter instances on one table never send the same events at once,
 * and a claim left by a dead instance is free again after its lease.
 */
import { createMockPlatform, MONITORING_EVENTS_PATH } from '@onceonly/mock';
import { type DossierEvent, monitoringReporter } from '@onceonly/platform';
import { postgresOutbox } from '@onceonly/platform/postgres';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, postgresForTests, testSchema } from '../support/postgres.js';
import { dossierEvent } from './events.js';

const pg = await postgresForTests('postgres-outbox.test.ts');

describe.skipIf(!pg.ok)('postgresOutbox', () => {
  const url = pg.ok ? pg.url : '';
  const schema = testSchema();
  const mock = createMockPlatform({ seed: 13 });
  const endpoint = `${mock.baseUrl}${MONITORING_EVENTS_PATH}`;
  afterAll(async () => {
    await mock.close();
    await dropSchema(url, schema);
  });

  const ids = (events: readonly DossierEvent[]) => events.map((e) => e.id).sort();

  it('two instances deliver one outbox together, never the same batch twice', async () => {
    mock.monitoring.reset();
    // Slow answers, so both instances are sending at the same time.
    mock.faults.inject('monitoring.dossier-events', { kind: 'latency', ms: 25 });
    const options = { endpoint, dispatcher: mock.dispatcher, flushEveryMs: 0, batchSize: 20 };
    const a = monitoringReporter({ ...options, outbox: postgresOutbox({ url, schema }) });
    const b = monitoringReporter({ ...options, outbox: postgresOutbox({ url, schema }) });
    try {
      const recorded = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).record(dossierEvent())),
      );
      const [fromA, fromB] = await Promise.all([a.flush(), b.flush()]);
      expect(fromA.batches).toBeGreaterThan(0);
      expect(fromB.batches).toBeGreaterThan(0);
      expect(fromA.batches + fromB.batches).toBe(10);
      expect(fromA.accepted + fromB.accepted).toBe(200);
      expect(ids(mock.monitoring.events)).toEqual(ids(recorded));
      // Nothing was sent twice: no replayed key, no event seen again.
      expect(mock.monitoring).toMatchObject({ batches: 10, duplicates: 0, replays: 0 });
    } finally {
      mock.faults.clear();
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("keeps an id once, and frees a dead claimer's events when the lease ends", async () => {
    const first = postgresOutbox({ url, schema, leaseMs: 300 });
    const second = postgresOutbox({ url, schema, leaseMs: 300 });
    try {
      const reporterless = [dossierEvent(), dossierEvent()].map((e, i) => ({
        ...e,
        id: `00000000-0000-4000-8000-00000000000${i}`,
      })) as DossierEvent[];
      await first.append(reporterless);
      await second.append(reporterless);
      expect(await first.pending()).toBe(2);
      const claim = await first.claim(10);
      expect(claim?.events).toEqual(reporterless);
      expect(await second.claim(10)).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 400));
      const taken = await second.claim(10);
      expect(taken?.events).toEqual(reporterless);
      // The first claimer's late acknowledgement does not remove events it no longer holds.
      await first.acknowledge(claim!);
      expect(await second.pending()).toBe(2);
      await second.acknowledge(taken!);
      expect(await second.pending()).toBe(0);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('uses a client the portal owns, and leaves it open', async () => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const outbox = postgresOutbox({ sql, schema });
      await outbox.append([
        { ...dossierEvent(), id: '00000000-0000-4000-8000-0000000000aa' } as DossierEvent,
      ]);
      await outbox.close();
      const [row] = await sql`select count(*)::int as n from ${sql(schema)}.monitoring_outbox`;
      expect(row?.n).toBe(1);
    } finally {
      await sql.end();
    }
  });

  it('checks its options', () => {
    expect(() => postgresOutbox({ schema })).toThrow(/either sql/);
    expect(() => postgresOutbox({ url, schema: 'Robert"; drop' })).toThrow(/schema/);
  });
});
