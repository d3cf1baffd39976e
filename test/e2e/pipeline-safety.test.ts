/**
 * The pipeline's guarantees end to end, over loopback: hooks, audit that fails closed and never hangs,
 * what is sent is what was validated, no cross-talk, deadlines and the breaker.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type CallSummary,
  createGateway,
  defineService,
  functionAuditSink,
  type GatewayOptions,
  hashSubject,
  InputError,
  memoryAuditSink,
  OnceOnlyError,
  ResponseError,
} from '@onceonly/core';
import {
  type SampleQuery,
  type SampleWire,
  sampleQuerySchema,
  sampleWireSchema,
} from '../../packages/core/src/service/sample-service.fixture.js';
import { envelope, startProtocolServer, type ProtocolServer } from '../support/protocol-server.js';

const CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';
const PERSONAL_ID = '001203012345';
const OTHER_ID = '079190000001';
const KEY = 'k'.repeat(32);
const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001', userId: 'VN001085012345' };

const lookup = defineService<SampleQuery, SampleWire>({
  id: 'test.public.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'public.get',
  category: 'population.basic',
  requiresConsent: false,
  idempotent: true,
  request: sampleQuerySchema,
  response: sampleWireSchema,
  subject: (q) => q.personalId,
  answerSubject: (w) => w.personalId,
});

const answerAbout = (personalId: string) => ({ body: envelope({ personalId, fullName: 'Nguyễn Văn An' }) });
const okReply = () => answerAbout(PERSONAL_ID);

let server: ProtocolServer;
const audit = memoryAuditSink();
const logs: unknown[] = [];
const logger = {
  debug: (o: object) => logs.push(o),
  info: (o: object) => logs.push(o),
  warn: (o: object) => logs.push(o),
  error: (o: object) => logs.push(o),
};
const open: Array<{ close(): Promise<void> }> = [];

function gateway(overrides: Partial<GatewayOptions> = {}) {
  const gw = createGateway({
    baseUrl: server.url,
    client: CLIENT,
    verify: { jwks: server.jwks },
    retry: { attempts: 3, minDelayMs: 5, maxDelayMs: 200 },
    audit: { sink: audit, subjectKey: KEY },
    logger,
    ...overrides,
  });
  open.push(gw);
  return gw;
}
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as OnceOnlyError,
  );

beforeAll(async () => {
  server = await startProtocolServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  audit.clear();
  logs.length = 0;
  server.reply(okReply);
});
afterEach(async () => {
  await Promise.allSettled(open.splice(0).map((gw) => gw.close()));
  const text = JSON.stringify([logs, audit.records]);
  expect(text).not.toContain(PERSONAL_ID);
  expect(text).not.toContain('Nguyễn');
});

describe('hooks', () => {
  it('adds the headers hook on every attempt, after the X-Road headers are set', async () => {
    const seen: number[] = [];
    server.reply((_, i) => (i === 0 ? { status: 503, body: { code: 'UNAVAILABLE' } } : okReply()));
    const gw = gateway({
      hooks: {
        headers: (info) => {
          seen.push(info.attempt);
          expect(JSON.stringify(info)).not.toContain(PERSONAL_ID);
          return { 'X-Portal-Instance': `web-${info.attempt}` };
        },
      },
    });
    await gw.call(lookup, { personalId: PERSONAL_ID }, ctx);
    expect(seen).toEqual([1, 2]);
    expect(server.requests.map((r) => r.headers['x-portal-instance'])).toEqual(['web-1', 'web-2']);
    expect(server.requests[1]!.headers['x-purpose']).toBe(ctx.purpose);
  });

  it('refuses a hook header that would override an X-Road or consent header, and sends nothing', async () => {
    const gw = gateway({ hooks: { headers: () => ({ 'X-Road-Client': 'VN/GOV/EVIL/SUB' }) } });
    const error = await errorOf(gw.call(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(error?.code).toBe('HOOK_HEADER_REFUSED');
    expect(server.requests).toHaveLength(0);
    expect(audit.records.map((r) => [r.outcome, r.attempts])).toEqual([['HOOK_HEADER_REFUSED', 0]]);
  });

  it('a headers hook that throws is HOOK_FAILED, not retried', async () => {
    let calls = 0;
    const gw = gateway({
      hooks: {
        headers: () => {
          calls++;
          throw new Error(PERSONAL_ID);
        },
      },
    });
    const error = await errorOf(gw.call(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(OnceOnlyError.isInstance(error)).toBe(true);
    expect(error?.code).toBe('HOOK_FAILED');
    expect(calls).toBe(1);
    expect(server.requests).toHaveLength(0);
  });

  it('onCallEnd gets a summary without body or personal id; when it throws the result is unchanged', async () => {
    const summaries: CallSummary[] = [];
    const gw = gateway({
      hooks: {
        onCallEnd: (summary) => {
          summaries.push(summary);
          throw new Error(`metrics down ${PERSONAL_ID}`);
        },
      },
    });
    await expect(gw.call(lookup, { personalId: PERSONAL_ID }, ctx)).resolves.toMatchObject({
      fullName: 'Nguyễn Văn An',
    });
    server.reply(() => ({ status: 404, body: { code: 'NOT_FOUND' } }));
    const error = await errorOf(gw.call(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(error?.code).toBe('NOT_FOUND');
    expect(summaries).toHaveLength(2);
    expect(summaries[0]).toMatchObject({
      serviceId: lookup.id,
      provider: lookup.provider,
      outcome: 'success',
      attempts: 1,
      cached: false,
      status: 200,
    });
    expect(Object.keys(summaries[0]!).sort()).toEqual(
      ['attempts', 'cached', 'durationMs', 'outcome', 'provider', 'serviceId', 'status', 'xroadId'].sort(),
    );
    expect(summaries[1]).toMatchObject({ outcome: 'NOT_FOUND', status: 404 });
    expect(JSON.stringify(summaries)).not.toContain(PERSONAL_ID);
    expect(
      logs.filter((l) => (l as { event?: string }).event === 'onceonly.hook.on_call_end_failed'),
    ).toHaveLength(2);
  });

  it('a rejecting onCallEnd does not change the result either', async () => {
    const gw = gateway({ hooks: { onCallEnd: () => Promise.reject(new Error('x')) } });
    await expect(gw.call(lookup, { personalId: PERSONAL_ID }, ctx)).resolves.toBeDefined();
  });

  it('hooks that are not functions are refused at createGateway', () => {
    expect(() => gateway({ hooks: { headers: 'x' as never } })).toThrow(InputError);
  });
});

describe('audit fails closed and never hangs', () => {
  it('a stuck sink ends the call with AUDIT_UNAVAILABLE within its deadline, and close() returns promptly', async () => {
    const gw = gateway({
      audit: {
        sink: functionAuditSink(() => new Promise<void>(() => {})),
        subjectKey: KEY,
        closeTimeoutMs: 100,
      },
    });
    const started = performance.now();
    const error = await errorOf(gw.call(lookup, { personalId: PERSONAL_ID }, { ...ctx, timeoutMs: 300 }));
    const elapsed = performance.now() - started;
    expect(error?.code).toBe('AUDIT_UNAVAILABLE');
    expect(error?.message).toContain('audit was unavailable');
    expect(JSON.stringify(error)).not.toContain('Nguyễn');
    expect(elapsed).toBeLessThan(300 + 100 + 250);
    expect(server.dataCalls()).toHaveLength(1);
    const closing = performance.now();
    await gw.close().catch(() => undefined);
    expect(performance.now() - closing).toBeLessThan(400);
  });

  it('a sink that throws withholds the value; the failure is logged with the X-Road id only', async () => {
    const gw = gateway({
      audit: {
        sink: functionAuditSink(() => {
          throw new Error('disk full');
        }),
        subjectKey: KEY,
      },
    });
    const error = await errorOf(gw.callWithMeta(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(error?.code).toBe('AUDIT_UNAVAILABLE');
    expect(error?.retryable).toBe(true);
    const failed = logs.find((l) => (l as { event?: string }).event === 'onceonly.audit.record_failed');
    expect(failed).toMatchObject({ xroadId: error?.requestId, failedRecords: 1 });
  });

  it('a failed call with a broken sink keeps its own error', async () => {
    server.reply(() => ({ status: 404, body: { code: 'NOT_FOUND' } }));
    const gw = gateway({
      audit: { sink: functionAuditSink(() => Promise.reject(new Error('x'))), subjectKey: KEY },
    });
    const error = await errorOf(gw.call(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(error?.code).toBe('NOT_FOUND');
  });

  it('stores the acting user as a keyed hash by default, in clear only when configured', async () => {
    await gateway().call(lookup, { personalId: PERSONAL_ID }, ctx);
    expect(audit.records[0]!.userId).toBe(hashSubject(KEY, ctx.userId));
    expect(JSON.stringify(audit.records)).not.toContain(ctx.userId);
    audit.clear();
    await gateway({ audit: { sink: audit, subjectKey: KEY, userIdInClear: true } }).call(
      lookup,
      { personalId: PERSONAL_ID },
      ctx,
    );
    expect(audit.records[0]!.userId).toBe(ctx.userId);
  });

  it('counts every request sent, the re-send after a token refresh too', async () => {
    let tokens = 0;
    server.reply((req) => {
      if (req.path === '/oauth2/token')
        return { body: { access_token: `t${++tokens}`, token_type: 'Bearer', expires_in: 300 }, sign: false };
      if (req.headers.authorization === 'Bearer t1') return { status: 401, body: { code: 'UNAUTHORIZED' } };
      return okReply();
    });
    const gw = gateway({
      auth: {
        type: 'oauth2',
        method: 'client_secret_basic',
        clientId: 'portal',
        clientSecret: 's3cret-value',
      },
    });
    await gw.call(lookup, { personalId: PERSONAL_ID }, ctx);
    expect(server.dataCalls()).toHaveLength(2);
    expect(audit.records.map((r) => r.attempts)).toEqual([2]);
  });
});

describe('what is sent is what was validated', () => {
  it('sends the plain-data copy: toJSON and inherited properties play no part', async () => {
    const input = Object.assign(
      Object.create({ extra: 'inherited', toJSON: () => ({ personalId: OTHER_ID }) }),
      { personalId: PERSONAL_ID },
    ) as SampleQuery;
    await gateway().call(lookup, input, ctx);
    expect(JSON.parse(server.dataCalls()[0]!.body)).toEqual({ personalId: PERSONAL_ID });
  });

  it('a getter that throws is INVALID_INPUT, nothing is sent, and the call has its audit record', async () => {
    const input = {
      get personalId(): string {
        throw new Error(PERSONAL_ID);
      },
    };
    const error = await errorOf(gateway().call(lookup, input, ctx));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error?.code).toBe('INVALID_INPUT');
    expect(server.requests).toHaveLength(0);
    expect(audit.records.map((r) => r.outcome)).toEqual(['INVALID_INPUT']);
  });

  it('a getter that changes its answer cannot switch the subject after validation', async () => {
    let reads = 0;
    const input = {
      get personalId() {
        return ++reads === 1 ? PERSONAL_ID : 'not an id';
      },
    };
    await gateway().call(lookup, input, ctx);
    expect(JSON.parse(server.dataCalls()[0]!.body)).toEqual({ personalId: PERSONAL_ID });
  });
});

describe('no cross-talk', () => {
  it('an answer about another citizen is a ResponseError and is not returned', async () => {
    server.reply(() => answerAbout(OTHER_ID));
    const error = await errorOf(gateway().call(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(error?.code).toBe('RESPONSE_SUBJECT_MISMATCH');
    expect(JSON.stringify(error)).not.toContain(OTHER_ID);
    expect(audit.records[0]!.outcome).toBe('RESPONSE_SUBJECT_MISMATCH');
  });

  it('an X-Road-Id echo that differs from the one sent is a ResponseError', async () => {
    server.reply(() => ({ ...okReply(), headers: { 'x-road-id': 'someone-elses-call' } }));
    const error = await errorOf(gateway().call(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(error?.code).toBe('RESPONSE_ID_MISMATCH');
    expect(server.dataCalls()).toHaveLength(1);
  });

  it('conflicting duplicate security headers are a ResponseError', async () => {
    server.reply((req) => ({
      ...okReply(),
      headers: { 'x-road-request-hash': ['hash-a', 'hash-b'], 'x-road-id': req.headers['x-road-id']! },
    }));
    const error = await errorOf(gateway().call(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(error?.code).toBe('RESPONSE_HEADER_CONFLICT');
  });

  it('the same X-Road-Id repeated is not a conflict', async () => {
    server.reply((req) => ({
      ...okReply(),
      headers: { 'x-road-id': [req.headers['x-road-id']!, req.headers['x-road-id']!] },
    }));
    await expect(gateway().call(lookup, { personalId: PERSONAL_ID }, ctx)).resolves.toBeDefined();
  });
});

describe('deadlines and the breaker', () => {
  it.each([2 ** 31, Number.POSITIVE_INFINITY, 0, -5])(
    'ctx.timeoutMs %s is an InputError, at once, with nothing sent',
    async (timeoutMs) => {
      const started = performance.now();
      const error = await errorOf(gateway().call(lookup, { personalId: PERSONAL_ID }, { ...ctx, timeoutMs }));
      expect(InputError.isInstance(error)).toBe(true);
      expect(error?.code).toBe('TIMEOUT_INVALID');
      expect(performance.now() - started).toBeLessThan(200);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('calls that run into their deadline open the breaker, with retries on', async () => {
    server.reply(() => ({ hang: true }));
    const gw = gateway({ breaker: { minimumCalls: 2, halfOpenAfterMs: 60_000 } });
    for (let i = 0; i < 2; i++) {
      const error = await errorOf(gw.call(lookup, { personalId: PERSONAL_ID }, { ...ctx, timeoutMs: 150 }));
      expect(error?.code).toBe('DEADLINE_EXCEEDED');
    }
    const before = server.requests.length;
    const error = await errorOf(gw.call(lookup, { personalId: PERSONAL_ID }, ctx));
    expect(error?.code).toBe('CIRCUIT_OPEN');
    expect(error?.retryAfterMs).toBeGreaterThan(50_000);
    expect(server.requests.length).toBe(before);
  });
});
