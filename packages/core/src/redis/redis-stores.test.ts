import { afterAll, describe, expect, it } from 'vitest';
import { createTokenProvider } from '../auth/token-provider.js';
import { cacheKey } from '../cache/cache-key.js';
import { connectTestRedis, rawEntries, testPrefix } from './redis.fixture.js';
import { redisCacheStore } from './redis-cache-store.js';
import { redisRateLimiter } from './redis-rate-limiter.js';
import { redisTokenCache } from './redis-token-cache.js';

const redis = await connectTestRedis();
const prefix = testPrefix(redis);
const SECRET = 'a-secret-of-at-least-32-bytes-0123456789';
const PERSONAL_ID = '001203012345';

describe.skipIf(!redis)('Redis stores (need Redis at 127.0.0.1:6379)', () => {
  const client = redis as NonNullable<typeof redis>;

  describe('redisCacheStore', () => {
    // Built in the tests: a suite skipped for lack of Redis still runs its body to collect them.
    const newStore = () => redisCacheStore(client, { secret: SECRET, prefix });
    const key = cacheKey({
      serviceId: 's.a.b',
      provider: 'P',
      purpose: '1',
      request: { personalId: PERSONAL_ID },
    });
    const answer = { value: { personalId: PERSONAL_ID, fullName: 'Nguyễn Văn An' }, meta: { cached: false } };

    it('gives back what was stored, until its TTL', async () => {
      const store = newStore();
      await store.set(key, answer, 200);
      expect(await store.get(key)).toEqual(answer);
      const [[redisKey]] = (await rawEntries(client, `${prefix}cache:`)) as [[string, string]];
      const ttl = await client.pTTL(redisKey);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(200);
      await new Promise((r) => setTimeout(r, 250));
      expect(await store.get(key)).toBeUndefined();
    });

    it('holds no personal id or name in clear, in keys or values', async () => {
      const store = newStore();
      await store.set(key, answer, 10_000);
      const entries = await rawEntries(client, prefix);
      expect(entries.length).toBeGreaterThan(0);
      for (const [k, v] of entries) {
        expect(k + v).not.toContain(PERSONAL_ID);
        expect(k + v).not.toContain('Nguy');
        expect(k).not.toContain(key.split(':').at(-1) as string); // not even the plain SHA-256 of the request
      }
    });

    it('fails a lookup with CACHE_STORE_ERROR when the value does not decrypt (another secret)', async () => {
      const store = newStore();
      await store.set(key, answer, 10_000);
      const other = redisCacheStore(client, { secret: `${SECRET}-other`, prefix });
      expect(await other.get(key)).toBeUndefined(); // another secret: another key name, a miss
      const [[redisKey, value]] = (await rawEntries(client, `${prefix}cache:`)) as [[string, string]];
      await client.set(redisKey, `${value.slice(0, -4)}AAAA`);
      await expect(store.get(key)).rejects.toMatchObject({ code: 'CACHE_STORE_ERROR' });
      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
    });
  });

  describe('redisTokenCache', () => {
    it('lets a second instance use the token the first fetched, and a 401 drop it for both', async () => {
      const cache = redisTokenCache(client, { secret: SECRET, prefix });
      let fetched = 0;
      const instance = () =>
        createTokenProvider({
          fetchToken: async () => ({ accessToken: `token-${++fetched}`, expiresInMs: 60_000 }),
          shared: { cache, name: 'https://lgsp.example/oauth2/token portal-h23 ' },
        });
      const [a, b] = [instance(), instance()];
      const dispatcher = {} as never;
      expect(await a.headers({ dispatcher })).toEqual({ authorization: 'Bearer token-1' });
      expect(await b.headers({ dispatcher })).toEqual({ authorization: 'Bearer token-1' });
      expect(fetched).toBe(1);
      for (const [, v] of await rawEntries(client, `${prefix}token:`)) expect(v).not.toContain('token-1');

      a.invalidate(); // the platform refused token-1
      expect(await a.headers({ dispatcher })).toEqual({ authorization: 'Bearer token-2' });
      expect(fetched).toBe(2);
      const c = instance();
      expect(await c.headers({ dispatcher })).toEqual({ authorization: 'Bearer token-2' });
      b.invalidate(); // b still held token-1: token-2, stored since, is left alone
      await new Promise((r) => setTimeout(r, 20));
      expect(await instance().headers({ dispatcher })).toEqual({ authorization: 'Bearer token-2' });
      expect(fetched).toBe(2);
    });
  });

  describe('redisRateLimiter', () => {
    it('spaces the requests of several instances as one', async () => {
      const limits = { providers: { 'GOV/000.00.00.G10/CSDLDC': { perSecond: 10 } } };
      const instances = [1, 2, 3].map(() => redisRateLimiter(client, limits, { prefix }));
      const waits: number[] = [];
      for (let i = 0; i < 6; i++) {
        const slot = await (instances[i % 3] as (typeof instances)[0]).reserve(
          'GOV/000.00.00.G10/CSDLDC',
          10_000,
        );
        expect(slot.ok).toBe(true);
        if (slot.ok) waits.push(slot.waitMs);
      }
      // One slot every 100 ms whichever instance asks (minus the few ms the loop itself takes).
      for (let i = 1; i < waits.length; i++) {
        expect((waits[i] as number) - (waits[i - 1] as number)).toBeGreaterThan(80);
        expect((waits[i] as number) - (waits[i - 1] as number)).toBeLessThanOrEqual(100);
      }
      const refused = await (instances[0] as (typeof instances)[0]).reserve('GOV/000.00.00.G10/CSDLDC', 10);
      expect(refused).toMatchObject({ ok: false });
      expect(await (instances[1] as (typeof instances)[0]).reserve('GOV/OTHER/X', 0)).toEqual({
        ok: true,
        waitMs: 0,
      });
    });
  });
});

afterAll(() => {
  if (!redis) console.warn('  redis-stores.test.ts: SKIPPED (no Redis)');
});
