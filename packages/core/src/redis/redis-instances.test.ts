import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/create-gateway.js';
import { defineService } from '../service/define-service.js';
import { connectTestRedis, rawEntries, testPrefix } from './redis.fixture.js';
import { redisCacheStore } from './redis-cache-store.js';
import { redisRateLimiter } from './redis-rate-limiter.js';

const redis = await connectTestRedis();
const prefix = testPrefix(redis);
const SECRET = 'a-secret-of-at-least-32-bytes-0123456789';
const BASE = 'https://ss.portal.gov.vn';
const PROVIDER = 'GOV/000.00.00.G10/CSDLDC';
const PERSONAL_ID = '001203012345';
const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001' };
const lookup = defineService<{ personalId: string }, { ten: string }>({
  id: 'test.citizen.cached',
  provider: PROVIDER,
  code: 'citizen.get',
  category: 'population.basic',
  idempotent: true,
  requiresConsent: false,
  cache: { ttlMs: 60_000 },
  request: { type: 'object', required: ['personalId'], properties: { personalId: { type: 'string' } } },
  response: { type: 'object', properties: { ten: { type: 'string' } } },
});

const agents: MockAgent[] = [];
afterEach(async () => {
  await Promise.all(agents.splice(0).map((a) => a.close()));
});

/** One portal instance: its own gateway and connection, the shared Redis, a counting security server. */
function instance(served: { n: number }) {
  const agent = new MockAgent();
  agents.push(agent);
  agent.disableNetConnect();
  agent
    .get(BASE)
    .intercept({ path: (p) => p.startsWith('/r1/'), method: 'POST' })
    .reply((request) => {
      served.n++;
      return {
        statusCode: 200,
        data: JSON.stringify({
          data: { ten: 'Nguyễn Văn An' },
          meta: { provider: `VN/${PROVIDER}`, retrievedAt: new Date().toISOString() },
        }),
        responseOptions: {
          headers: {
            'content-type': 'application/json',
            'x-road-id': (request.headers as Record<string, string>)['x-road-id'] ?? '',
          },
        },
      };
    })
    .persist();
  const client = redis as NonNullable<typeof redis>;
  return createGateway({
    baseUrl: BASE,
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    dispatcher: agent,
    verify: false,
    cache: { store: redisCacheStore(client, { secret: SECRET, prefix }) },
    rateLimit: redisRateLimiter(client, { providers: { [PROVIDER]: { perSecond: 1 } } }, { prefix }),
  });
}

describe.skipIf(!redis)('several portal instances on one Redis (needs Redis at 127.0.0.1:6379)', () => {
  it('answer from one instance is a cache hit on another; Redis holds nothing in clear', async () => {
    const served = { n: 0 };
    const [a, b] = [instance(served), instance(served)];
    const first = await a.callWithMeta(lookup, { personalId: PERSONAL_ID }, ctx);
    const second = await b.callWithMeta(lookup, { personalId: PERSONAL_ID }, ctx);
    expect(first.meta.cached).toBe(false);
    expect(second).toMatchObject({ value: { ten: 'Nguyễn Văn An' }, meta: { cached: true } });
    expect(served.n).toBe(1);
    const raw = JSON.stringify(await rawEntries(redis as NonNullable<typeof redis>, prefix));
    expect(raw).not.toContain(PERSONAL_ID);
    expect(raw).not.toContain('Nguy');
    await Promise.all([a.close(), b.close()]);
  });

  it('one quota for all instances: the second instance is refused with QUOTA_EXCEEDED', async () => {
    const served = { n: 0 };
    const [a, b] = [instance(served), instance(served)];
    await a.call(lookup, { personalId: '001203099999' }, ctx);
    const error = await b
      .call(lookup, { personalId: '001203088888' }, { ...ctx, timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(served.n).toBe(1);
    await Promise.all([a.close(), b.close()]);
  });
});
