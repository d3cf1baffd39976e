import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_BATCH, type DossierEvent } from './monitoring.js';
import { send, testPlatform } from './test-fixture.js';

const PATH = '/monitoring/v1/dossier-events';
const CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';

function event(overrides: Partial<DossierEvent> = {}): DossierEvent {
  return {
    id: randomUUID(),
    dossierCode: 'H23.01-241122-0001',
    procedureCode: '1.001193',
    status: 'received',
    occurredAt: '2026-11-23T08:00:00+07:00',
    channel: 'online',
    agencyCode: '000.00.00.H23',
    ...overrides,
  };
}

/** A batch request; `key: null` sends no Idempotency-Key. */
function post(body: unknown, key: string | null = randomUUID(), headers: Record<string, string> = {}) {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      ...(key === null ? {} : { 'idempotency-key': key }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

describe.each(['in-process', 'http'] as const)('POST /monitoring/v1/dossier-events (%s)', (transport) => {
  const mock = testPlatform();
  let target: typeof mock | string = mock;
  beforeAll(async () => {
    if (transport === 'http') target = (await mock.listen()).url;
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.monitoring.reset());

  it('accepts a batch and keeps its events in arrival order', async () => {
    const events = [event(), event({ status: 'processing', channel: 'offline' })];
    const answer = await send(target, PATH, post({ events }));
    expect(answer.status).toBe(202);
    expect(answer.json).toEqual({ accepted: 2, duplicates: 0 });
    expect(mock.monitoring.events).toEqual(events);
    expect(mock.monitoring.batches).toBe(1);
  });

  it('acknowledges a repeated event id without counting it twice', async () => {
    const first = event();
    await send(target, PATH, post({ events: [first] }));
    const again = { ...first, status: 'completed' as const };
    const second = event({ status: 'completed' });
    const answer = await send(target, PATH, post({ events: [again, second, second] }));
    expect(answer.status).toBe(202);
    expect(answer.json).toEqual({ accepted: 1, duplicates: 2 });
    expect(mock.monitoring.events).toEqual([first, second]);
    expect(mock.monitoring.batches).toBe(2);
    // Ids compare case-insensitively, as UUIDs do.
    const upper = await send(target, PATH, post({ events: [{ ...first, id: first.id.toUpperCase() }] }));
    expect(upper.json).toEqual({ accepted: 0, duplicates: 1 });
  });

  it('replays the first answer for the same Idempotency-Key and body', async () => {
    const events = [event()];
    const first = await send(target, PATH, post({ events }, 'batch-0001'));
    const replay = await send(target, PATH, post({ events }, 'batch-0001'));
    expect(replay.status).toBe(202);
    expect(replay.json).toEqual(first.json);
    expect(replay.json).toEqual({ accepted: 1, duplicates: 0 });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(mock.monitoring.batches).toBe(1);
    // The same content with its keys in another order is the same body.
    const reordered = JSON.stringify({
      events: events.map((e) => Object.fromEntries(Object.entries(e).reverse())),
    });
    expect((await send(target, PATH, post(reordered, 'batch-0001'))).json).toEqual({
      accepted: 1,
      duplicates: 0,
    });
    expect(mock.monitoring.batches).toBe(1);
  });

  it('refuses the same Idempotency-Key with another body (422)', async () => {
    await send(target, PATH, post({ events: [event()] }, 'batch-0002'));
    const answer = await send(target, PATH, post({ events: [event()] }, 'batch-0002'));
    expect(answer.status).toBe(422);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(answer.json).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(mock.monitoring.events).toHaveLength(1);
    // Keys are scoped to the client that names itself.
    const other = await send(
      target,
      PATH,
      post({ events: [event()] }, 'batch-0002', { 'x-road-client': CLIENT }),
    );
    expect(other.status).toBe(202);
  });

  it('requires a sensible Idempotency-Key', async () => {
    for (const key of [null, '', ' ', 'x'.repeat(201), 'with space', 'khóa']) {
      const answer = await send(target, PATH, post({ events: [event()] }, key));
      expect(answer.status, String(key)).toBe(400);
      expect(answer.json.code).toBe('INVALID_REQUEST');
    }
    expect((await send(target, PATH, post({ events: [event()] }, 'x'.repeat(200)))).status).toBe(202);
    expect(mock.monitoring.batches).toBe(1);
  });

  it('refuses a body that breaks the schema (400 INVALID_REQUEST), echoing none of it', async () => {
    const cases: Array<[unknown, string]> = [
      [{}, '/events'],
      [{ events: [] }, '/events'],
      [{ events: [event()], extra: 1 }, '/ (unknown property)'],
      [{ events: [event({ id: 'not-a-uuid' })] }, '/events/0/id'],
      [{ events: [event({ status: 'lost' as never })] }, '/events/0/status'],
      [{ events: [event({ channel: 'fax' as never })] }, '/events/0/channel'],
      [{ events: [event({ occurredAt: '23/11/2026' })] }, '/events/0/occurredAt'],
      [{ events: [event({ dossierCode: '' })] }, '/events/0/dossierCode'],
      [{ events: [{ ...event(), citizen: '001203012345' }] }, '/events/0 (unknown property)'],
      [{ events: [event(), (({ agencyCode: _, ...rest }) => rest)(event())] }, '/events/1/agencyCode'],
      [[event()], '/'],
    ];
    for (const [body, path] of cases) {
      const answer = await send(target, PATH, post(body));
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.code).toBe('INVALID_REQUEST');
      expect(answer.json.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(answer.text).not.toContain('H23.01-241122-0001');
      expect(answer.text).not.toContain('001203012345');
    }
    expect((await send(target, PATH, post('{"events": ['))).json.detail).toMatch(/not valid JSON/);
    const text = await send(target, PATH, {
      ...post({ events: [event()] }),
      headers: { 'idempotency-key': 'k', 'content-type': 'text/plain' },
    });
    expect([text.status, text.json.code]).toEqual([400, 'INVALID_REQUEST']);
    expect(mock.monitoring.events).toEqual([]);
    expect(mock.monitoring.batches).toBe(0);
  });

  it(`takes ${MAX_EVENTS_PER_BATCH} events, and refuses more (413)`, async () => {
    const full = Array.from({ length: MAX_EVENTS_PER_BATCH }, () => event());
    expect((await send(target, PATH, post({ events: full }))).json).toEqual({ accepted: 500, duplicates: 0 });
    const over = await send(target, PATH, post({ events: [...full.map(() => event()), event()] }));
    expect(over.status).toBe(413);
    expect(over.json).toMatchObject({ status: 413, code: 'BATCH_TOO_LARGE', limit: 500 });
    expect(mock.monitoring.events).toHaveLength(500);
  });

  it('refuses an unknown X-Road-Client and other methods', async () => {
    const answer = await send(
      target,
      PATH,
      post({ events: [event()] }, 'k1', { 'x-road-client': 'VN/GOV/1/NOBODY' }),
    );
    expect(answer.status).toBe(400);
    expect((await send(target, PATH)).status).toBe(405);
    expect(mock.monitoring.batches).toBe(0);
  });
});

it('gives a snapshot of the events', async () => {
  const mock = testPlatform();
  try {
    await send(mock, PATH, post({ events: [event()] }));
    const snapshot = mock.monitoring.events;
    await send(mock, PATH, post({ events: [event()] }));
    expect(snapshot).toHaveLength(1);
    expect(mock.monitoring.events).toHaveLength(2);
  } finally {
    await mock.close();
  }
});

describe.each(['in-process', 'http'] as const)('monitoring intake faults and counts (%s)', (transport) => {
  const mock = testPlatform();
  let target: typeof mock | string = mock;
  beforeAll(async () => {
    if (transport === 'http') target = (await mock.listen()).url;
  });
  afterAll(() => mock.close());
  beforeEach(() => {
    mock.monitoring.reset();
    mock.faults.clear();
    mock.resetCalls();
  });

  it('takes what prefill adds, and still refuses anything else', async () => {
    const received = event({ documentsRequired: 4, documentsWaived: 3 });
    const completed = event({ status: 'completed', fullyOnline: true });
    expect((await send(target, PATH, post({ events: [received, completed] }))).status).toBe(202);
    expect(mock.monitoring.events).toEqual([received, completed]);
    const bad = await send(target, PATH, post({ events: [event({ documentsWaived: -1 })] }));
    expect(bad.json.errors.map((e: { path: string }) => e.path)).toContain('/events/0/documentsWaived');
  });

  it('fails with a status before counting anything, then recovers', async () => {
    mock.faults.inject(
      'monitoring.dossier-events',
      { kind: 'status', status: 503, retryAfterSec: 1 },
      { times: 2 },
    );
    const events = [event()];
    for (let i = 0; i < 2; i++) {
      const failed = await send(target, PATH, post({ events }, 'same-key'));
      expect([failed.status, failed.json.code, failed.headers['retry-after']]).toEqual([
        503,
        'UNAVAILABLE',
        '1',
      ]);
    }
    expect(mock.monitoring.events).toEqual([]);
    expect((await send(target, PATH, post({ events }, 'same-key'))).status).toBe(202);
    expect([mock.monitoring.events.length, mock.monitoring.batches, mock.monitoring.faulted]).toEqual([
      1, 1, 2,
    ]);
    expect(mock.calls.filter((c) => c.path === PATH).map((c) => c.fault)).toEqual([
      'status',
      'status',
      undefined,
    ]);
  });

  it('counts a batch whose answer was cut once, and reports the resend as a replay', async () => {
    mock.faults.inject('monitoring.dossier-events', { kind: 'truncate' }, { times: 1 });
    const events = [event(), event()];
    await expect(send(target, PATH, post({ events }, 'cut-key'))).rejects.toThrow();
    expect(mock.monitoring.events).toHaveLength(2);
    expect((await send(target, PATH, post({ events }, 'cut-key'))).json).toEqual({
      accepted: 2,
      duplicates: 0,
    });
    await send(target, PATH, post({ events }));
    expect(mock.monitoring).toMatchObject({ batches: 2, replays: 1, duplicates: 2, faulted: 1 });
    expect(mock.monitoring.events).toHaveLength(2);
  });

  it('is hit only by faults named for it, and refuses faults it cannot play', async () => {
    mock.faults.inject('*', { kind: 'status', status: 500 });
    expect((await send(target, PATH, post({ events: [event()] }))).status).toBe(202);
    expect(() => mock.faults.inject('monitoring.dossier-events', { kind: 'bad-signature' })).toThrow(
      /monitoring intake takes/,
    );
  });
});
