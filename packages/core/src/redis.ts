// @onceonly/core/redis: what portal instances share through Redis. The Redis client is the portal's
// (a peer dependency: `redis`, node-redis); nothing here imports it.
export type { RedisCommandClient, RedisStoreOptions } from './redis/redis-commands.js';
export { redisCacheStore, type RedisCacheStoreOptions } from './redis/redis-cache-store.js';
export { redisTokenCache, type RedisTokenCacheOptions } from './redis/redis-token-cache.js';
export { redisRateLimiter } from './redis/redis-rate-limiter.js';
