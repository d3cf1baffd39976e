import type { CacheStore } from '../cache/cache-store.js';
import {
  checkClient,
  checkPrefix,
  type RedisCommandClient,
  type RedisStoreOptions,
} from './redis-commands.js';
import { createSealer } from './sealed-values.js';

export interface RedisCacheStoreOptions extends RedisStoreOptions {
  /** At least 32 bytes; values are encrypted and key names hashed with keys derived from it. */
  secret: string | Uint8Array;
}

/**
 * The gateway's answer cache in Redis, shared by every portal instance (`createGateway({ cache: { store } })`).
 * Answers hold personal data: each value is encrypted (AES-256-GCM) and each key is an HMAC of the
 * gateway's cache key, so Redis never holds a personal id or a record in clear. A value that does not
 * decrypt fails the lookup with `CACHE_STORE_ERROR`: the gateway logs it and asks the provider.
 *
 * @example
 * const redis = await createClient({ url: 'redis://127.0.0.1:6379' }).connect();
 * const gw = createGateway({ ..., cache: { store: redisCacheStore(redis, { secret: process.env.CACHE_SECRET! }) } });
 */
export function redisCacheStore(client: RedisCommandClient, options: RedisCacheStoreOptions): CacheStore {
  const redis = checkClient(client, 'redisCacheStore');
  const prefix = `${checkPrefix(options?.prefix, 'redisCacheStore')}cache:`;
  const sealer = createSealer(options?.secret as string, 'redisCacheStore');
  const keyOf = (key: string) => prefix + sealer.hashName(key);
  return {
    async get(key) {
      const redisKey = keyOf(key);
      const sealed = await redis.sendCommand(['GET', redisKey]);
      if (typeof sealed !== 'string') return undefined;
      return JSON.parse(sealer.open(sealed, redisKey));
    },
    async set(key, value, ttlMs) {
      const redisKey = keyOf(key);
      const ttl = String(Math.max(1, Math.ceil(ttlMs)));
      await redis.sendCommand(['SET', redisKey, sealer.seal(JSON.stringify(value), redisKey), 'PX', ttl]);
    },
    async delete(key) {
      await redis.sendCommand(['DEL', keyOf(key)]);
    },
  };
}
