import { baseUrl, verify } from '../harness.js';
import { ctx, getCitizen } from './quick-start.js';

/** A key prefix of this run's own (the test deletes it); a portal writes its own name, e.g. 'portal-h23:'. */
export const prefix = `onceonly-doc-${process.pid}-${Date.now()}:`;
// #region redis-cache
import { createGateway } from '@onceonly/core';
import { redisCacheStore, redisRateLimiter } from '@onceonly/core/redis';
import { createClient } from 'redis';

const redis = await createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }).connect();
// At least 32 bytes, from the portal's secret store: answers are encrypted with it, key names hashed.
const secret = process.env.ONCEONLY_CACHE_SECRET ?? 'doc-example-cache-secret-0123456789abcdef';
const getCitizenCached = { ...getCitizen, cache: { ttlMs: 5 * 60_000 } };

/** One portal instance; every instance is built the same way, on the same Redis. */
const instance = () =>
  createGateway({
    baseUrl,
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    verify,
    cache: { store: redisCacheStore(redis, { secret, prefix }) },
    rateLimit: redisRateLimiter(
      redis,
      { providers: { 'GOV/000.00.00.G10/CSDLDC': { perSecond: 50 } } },
      { prefix },
    ),
  });
const [web1, web2] = [instance(), instance()];

const first = await web1.callWithMeta(getCitizenCached, { personalId: '001203012345' }, ctx);
const again = await web2.callWithMeta(getCitizenCached, { personalId: '001203012345' }, ctx);
again.meta.cached; // true: web2 was answered from what web1 stored; nothing was sent
// #endregion redis-cache

await Promise.all([web1.close(), web2.close()]);
/** For the test: what Redis holds under this run's prefix, as [key, value] pairs. */
async function entries(): Promise<Array<[string, string]>> {
  const found: Array<[string, string]> = [];
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}*` }))
    for (const key of batch) found.push([key, String(await redis.get(key))]);
  return found;
}
/** For the test: deletes this run's keys and closes the connection. */
async function cleanUp(): Promise<void> {
  const keys = (await entries()).map(([key]) => key);
  if (keys.length > 0) await redis.del(keys);
  redis.destroy();
}
export { again, cleanUp, entries, first };
