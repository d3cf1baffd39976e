import { randomUUID } from 'node:crypto';
import { useMockPlatform } from '@onceonly/mock';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42, listen: true });

/** "Your reporter": sends its pending events as one batch; a retry re-sends it under the same key. */
const reporter = {
  key: randomUUID(),
  events: (['received', 'processing'] as const).map((status, i) => ({
    id: randomUUID(),
    dossierCode: 'H23.01-241122-0001',
    procedureCode: '1.001193',
    status,
    occurredAt: `2026-11-23T08:0${i}:00+07:00`,
    channel: 'online',
    agencyCode: '000.00.00.H23',
  })),
  async flush() {
    const answer = await request(`${mock.url}/monitoring/v1/dossier-events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': this.key,
        'x-road-client': mock.client,
      },
      body: JSON.stringify({ events: this.events }),
    });
    await answer.body.dump();
    if (answer.statusCode !== 202) throw new Error(`monitoring answered ${answer.statusCode}`);
  },
};

// #region monitoring-reporter
it('reports each dossier event once, even when a batch is retried', async () => {
  await reporter.flush(); // your code: POST {mock.url}/monitoring/v1/dossier-events
  await reporter.flush(); // a retry with the same Idempotency-Key replays the first answer
  expect(mock.monitoring.batches).toBe(1);
  expect(mock.monitoring.events.map((e) => e.status)).toEqual(['received', 'processing']);
});
// #endregion monitoring-reporter
