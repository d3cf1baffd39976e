import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/create-gateway.js';
import { defineService } from '../service/define-service.js';
import { gcra, memoryRateLimiter, type RateLimiter } from './rate-limiter.js';

describe('gcra', () => {
  const limit = { perSecond: 10, burst: 1 }; // one request every 100 ms

  it('spaces requests evenly and reserves future slots', () => {
    let tat = 0;
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const step = gcra(tat, 1_000, limit, 10_000);
      tat = step.tat;
      waits.push(step.slot.ok ? step.slot.waitMs : -1);
    }
    expect(waits).toEqual([0, 100, 200, 300]);
  });

  it('lets a burst go back to back, then spaces', () => {
    let tat = 0;
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const step = gcra(tat, 1_000, { perSecond: 10, burst: 3 }, 10_000);
      tat = step.tat;
      waits.push(step.slot.ok ? step.slot.waitMs : -1);
    }
    expect(waits).toEqual([0, 0, 0, 100, 200]);
  });

  it('refuses without reserving when the slot is later than the wait allowed', () => {
    const first = gcra(0, 1_000, limit, 0);
    const refused = gcra(first.tat, 1_000, limit, 50);
    expect(refused.slot).toEqual({ ok: false, retryAfterMs: 100 });
    expect(refused.tat).toBe(first.tat);
    expect(gcra(first.tat, 1_100, limit, 0).slot).toEqual({ ok: true, waitMs: 0 });
  });
});

describe('memoryRateLimiter', () => {
  it('limits only the providers it has a limit for', async () => {
    const limiter = memoryRateLimiter({ providers: { 'GOV/A/B': { perSecond: 1 } } }, () => 0);
    expect(await limiter.reserve('GOV/A/B', 0)).toEqual({ ok: true, waitMs: 0 });
    expect(await limiter.reserve('GOV/A/B', 0)).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(await limiter.reserve('GOV/C/D', 0)).toEqual({ ok: true, waitMs: 0 });
  });

  it('refuses limits that cannot work', () => {
    expect(() => memoryRateLimiter({ default: { perSecond: 0 } })).toThrow(/perSecond/);
    expect(() => memoryRateLimiter({ providers: { 'GOV/A/B': { perSecond: 5, burst: 0.5 } } })).toThrow(
      /burst/,
    );
  });
});

const BASE = 'https://ss.portal.gov.vn';
const PROVIDER = 'GOV/000.00.00.G10/DKDN';
const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001' };
const lookup = defineService<{ code: string }, { code: string }>({
  id: 'test.public.get',
  provider: PROVIDER,
  code: 'public.get',
  category: 'enterprise.public',
  idempotent: true,
  requiresConsent: false,
  request: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
  response: { type: 'object', properties: { code: { type: 'string' } } },
});

let agent: MockAgent | undefined;
afterEach(async () => {
  await agent?.close();
  agent = undefined;
});

/** A security server answering every lookup, and counting what it receives. */
function gatewayWith(rateLimit: RateLimiter) {
  const server = new MockAgent();
  agent = server;
  server.disableNetConnect();
  let requests = 0;
  server
    .get(BASE)
    .intercept({ path: (p) => p.startsWith('/r1/'), method: 'POST' })
    .reply((request) => {
      requests++;
      const headers = request.headers as Record<string, string>;
      return {
        statusCode: 200,
        data: JSON.stringify({
          data: { code: 'x' },
          meta: { provider: `VN/${PROVIDER}`, retrievedAt: new Date().toISOString() },
        }),
        responseOptions: {
          headers: { 'content-type': 'application/json', 'x-road-id': headers['x-road-id'] ?? '' },
        },
      };
    })
    .persist();
  const gw = createGateway({
    baseUrl: BASE,
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    dispatcher: server,
    verify: false,
    rateLimit,
  });
  return { gw, requests: () => requests };
}

describe('the gateway with a rate limit', () => {
  it('waits for each slot within the deadline', async () => {
    const { gw, requests } = gatewayWith(memoryRateLimiter({ providers: { [PROVIDER]: { perSecond: 20 } } }));
    const started = performance.now();
    await Promise.all([1, 2, 3, 4].map(() => gw.call(lookup, { code: '1' }, ctx)));
    // Four slots 50 ms apart: the last goes 150 ms after the first.
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(requests()).toBe(4);
    await gw.close();
  });

  it('refuses at once with QUOTA_EXCEEDED when no slot frees before the deadline', async () => {
    const { gw, requests } = gatewayWith(memoryRateLimiter({ providers: { [PROVIDER]: { perSecond: 1 } } }));
    await gw.call(lookup, { code: '1' }, ctx);
    const started = performance.now();
    const error = await gw.call(lookup, { code: '1' }, { ...ctx, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RateLimitError', code: 'QUOTA_EXCEEDED', retryable: true });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(300);
    expect(performance.now() - started).toBeLessThan(250);
    expect(requests()).toBe(1);
    await gw.close();
  });

  it('sends anyway when the limiter itself fails (the provider still enforces its quota)', async () => {
    const broken: RateLimiter = {
      reserve: async () => {
        throw new Error('connection refused');
      },
    };
    const { gw, requests } = gatewayWith(broken);
    await expect(gw.call(lookup, { code: '1' }, ctx)).resolves.toEqual({ code: 'x' });
    expect(requests()).toBe(1);
    await gw.close();
  });

  it('refuses a rateLimit option that is not a limiter', () => {
    expect(() =>
      createGateway({ baseUrl: BASE, client: 'VN/GOV/000.00.00.H23/PORTAL', rateLimit: {} as never }),
    ).toThrow(/rateLimit/);
  });
});
