import type { CacheStore } from './cache-store.js';

export interface AnswerCache {
  /**
   * A cached answer, or the in-flight one for the same key, or `load()`'s. Only successes are stored;
   * an error reaches every coalesced caller and is never cached.
   */
  getOrLoad<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<{ value: T; cached: boolean }>;
}

export function createAnswerCache(store: CacheStore): AnswerCache {
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    async getOrLoad<T>(key: string, ttlMs: number, load: () => Promise<T>) {
      const hit = (await store.get(key)) as T | undefined;
      if (hit !== undefined) return { value: hit, cached: true };
      const pending = inFlight.get(key) as Promise<T> | undefined;
      if (pending) return { value: await pending, cached: true };
      const promise = load();
      inFlight.set(key, promise);
      try {
        const value = await promise;
        await store.set(key, value, ttlMs);
        return { value, cached: false };
      } finally {
        inFlight.delete(key);
      }
    },
  };
}
