import { LRUCache } from 'lru-cache';
import type { CacheStore } from './cache-store.js';

/**
 * The default cache store: an in-memory LRU bounded by entry count, each entry with its own TTL.
 * Values are copied in and out so a caller mutating a result cannot change what others get.
 */
export function memoryCacheStore(options: { maxEntries?: number } = {}): CacheStore {
  const lru = new LRUCache<string, { value: unknown }>({ max: options.maxEntries ?? 1_000 });
  return {
    get: (key) => {
      const hit = lru.get(key);
      return hit === undefined ? undefined : structuredClone(hit.value);
    },
    set: (key, value, ttlMs) => {
      lru.set(key, { value: structuredClone(value) }, { ttl: ttlMs });
    },
    delete: (key) => {
      lru.delete(key);
    },
  };
}
