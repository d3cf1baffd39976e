/**
 * Where cached answers live. The default is an in-memory LRU; a portal on many machines can pass a
 * shared store (Redis) with the same three methods. Values are plain JSON-serialisable objects.
 */
export interface CacheStore {
  get(key: string): Promise<unknown | undefined> | unknown | undefined;
  set(key: string, value: unknown, ttlMs: number): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}
