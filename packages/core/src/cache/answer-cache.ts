import type { CacheStore } from './cache-store.js';

export interface AnswerCache {
  /**
   * A cached answer, or the in-flight one for the same key, or `load()`'s. Only successes are stored;
   * an error reaches every coalesced caller and is never cached. A failing store (a shared Redis that
   * is down) never fails the call: it is reported to `onStoreError` and the answer is served uncached.
   */
  getOrLoad<T>(
    key: string,
    ttlMs: number,
    load: () => Promise<T>,
    onStoreError?: (error: unknown) => void,
  ): Promise<{ value: T; cached: boolean }>;
}

export function createAnswerCache(store: CacheStore): AnswerCache {
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    async getOrLoad<T>(
      key: string,
      ttlMs: number,
      load: () => Promise<T>,
      onStoreError?: (error: unknown) => void,
    ) {
      let hit: T | undefined;
      try {
        hit = (await store.get(key)) as T | undefined;
      } catch (error) {
        onStoreError?.(error);
      }
      if (hit !== undefined) return { value: hit, cached: true };
      const pending = inFlight.get(key) as Promise<T> | undefined;
      if (pending) return { value: await pending, cached: true };
      const promise = load();
      inFlight.set(key, promise);
      try {
        const value = await promise;
        try {
          await store.set(key, value, ttlMs);
        } catch (error) {
          onStoreError?.(error);
        }
        return { value, cached: false };
      } finally {
        inFlight.delete(key);
      }
    },
  };
}
