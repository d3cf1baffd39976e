import type { SharedToken, TokenCache } from '../auth/types.js';
import {
  checkClient,
  checkPrefix,
  luaScript,
  type RedisCommandClient,
  type RedisStoreOptions,
} from './redis-commands.js';
import { createSealer } from './sealed-values.js';

export interface RedisTokenCacheOptions extends RedisStoreOptions {
  /** At least 32 bytes; tokens are encrypted with a key derived from it (they are credentials). */
  secret: string | Uint8Array;
}

// Deletes the token only if it is still the one refused: another instance may have stored a newer one.
const deleteIfSame = luaScript(`
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, #ARGV[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

/**
 * The platform token shared by every portal instance (`auth: { type: 'oauth2', ..., tokenCache }`):
 * one token request serves them all. Stored encrypted, under a hashed name, until it expires.
 *
 * @example
 * auth: { type: 'oauth2', method: 'client_secret_basic', clientId, clientSecret,
 *         tokenCache: redisTokenCache(redis, { secret: process.env.CACHE_SECRET! }) }
 */
export function redisTokenCache(client: RedisCommandClient, options: RedisTokenCacheOptions): TokenCache {
  const redis = checkClient(client, 'redisTokenCache');
  const prefix = `${checkPrefix(options?.prefix, 'redisTokenCache')}token:`;
  const sealer = createSealer(options?.secret as string, 'redisTokenCache');
  const keyOf = (name: string) => prefix + sealer.hashName(name);
  // A short fingerprint before the sealed value, so a compare-and-delete needs no decryption in Redis.
  const fingerprint = (accessToken: string) => `${sealer.hashName(`token ${accessToken}`).slice(0, 22)}.`;
  return {
    async get(name) {
      const key = keyOf(name);
      const stored = await redis.sendCommand(['GET', key]);
      if (typeof stored !== 'string') return undefined;
      const token = JSON.parse(sealer.open(stored.slice(stored.indexOf('.') + 1), key)) as SharedToken;
      return typeof token?.accessToken === 'string' ? token : undefined;
    },
    async set(name, token) {
      const ttl = Math.ceil(token.expiresAt - Date.now());
      if (ttl <= 0) return;
      const key = keyOf(name);
      const value = fingerprint(token.accessToken) + sealer.seal(JSON.stringify(token), key);
      await redis.sendCommand(['SET', key, value, 'PX', String(ttl)]);
    },
    async delete(name, accessToken) {
      await deleteIfSame(redis, [keyOf(name)], [fingerprint(accessToken)]);
    },
  };
}
