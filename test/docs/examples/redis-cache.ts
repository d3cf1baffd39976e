/** What the doc takes as given: an ioredis-like client (ioredis is not a dependency of the SDK). */
declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'PX', ttlMs: number): Promise<unknown>;
  del(key: string): Promise<number>;
};
declare const baseUrl: string;
// #region redis-cache
// not run: needs a Redis server; `redis` is your client, e.g. new Redis(process.env.REDIS_URL) from ioredis
import { createGateway, type CacheStore } from '@onceonly/core';

const redisStore: CacheStore = {
  async get(key) {
    const text = await redis.get(key);
    return text === null ? undefined : JSON.parse(text);
  },
  async set(key, value, ttlMs) {
    await redis.set(key, JSON.stringify(value), 'PX', ttlMs);
  },
  async delete(key) {
    await redis.del(key);
  },
};
const gw = createGateway({ baseUrl, client: 'VN/GOV/000.00.00.H23/PORTAL', cache: { store: redisStore } });
// #endregion redis-cache

export { gw };
