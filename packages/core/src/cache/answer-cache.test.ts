import { describe, expect, it } from 'vitest';
import { createAnswerCache } from './answer-cache.js';
import { cacheKey, canonicalJson } from './cache-key.js';
import { memoryCacheStore } from './memory-store.js';

describe('answer cache', () => {
  it('coalesces concurrent identical loads into one', async () => {
    const cache = createAnswerCache(memoryCacheStore());
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return { v: 1 };
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => cache.getOrLoad('k', 1000, load)));
    expect(loads).toBe(1);
    expect(results.filter((r) => !r.cached)).toHaveLength(1);
    expect((await cache.getOrLoad('k', 1000, load)).cached).toBe(true);
    expect(loads).toBe(1);
  });

  it('never caches an error', async () => {
    const cache = createAnswerCache(memoryCacheStore());
    let loads = 0;
    await cache
      .getOrLoad('k', 1000, async () => {
        loads++;
        throw new Error('boom');
      })
      .catch(() => undefined);
    const second = await cache.getOrLoad('k', 1000, async () => {
      loads++;
      return 2;
    });
    expect(second).toEqual({ value: 2, cached: false });
    expect(loads).toBe(2);
  });

  it('serves the answer when the store fails, and reports the failure', async () => {
    const broken = {
      get: () => {
        throw new Error('store down');
      },
      set: async () => {
        throw new Error('store down');
      },
      delete: () => undefined,
    };
    const reported: unknown[] = [];
    const cache = createAnswerCache(broken);
    const result = await cache.getOrLoad(
      'k',
      1000,
      async () => 7,
      (e) => reported.push(e),
    );
    expect(result).toEqual({ value: 7, cached: false });
    expect(reported).toHaveLength(2);
  });

  it('expires entries after their TTL and stays bounded', async () => {
    const store = memoryCacheStore({ maxEntries: 2 });
    store.set('a', 1, 20);
    expect(store.get('a')).toBe(1);
    await new Promise((r) => setTimeout(r, 40));
    expect(store.get('a')).toBeUndefined();
    store.set('a', 1, 1000);
    store.set('b', 2, 1000);
    store.set('c', 3, 1000);
    expect(store.get('a')).toBeUndefined();
  });

  it('hands out copies, so callers cannot change what others get', () => {
    const store = memoryCacheStore();
    store.set('k', { name: 'x' }, 1000);
    (store.get('k') as { name: string }).name = 'changed';
    expect(store.get('k')).toEqual({ name: 'x' });
  });

  it('keys are canonical and never contain the parameters in clear', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    const a = cacheKey({
      serviceId: 's.a.b',
      provider: 'P',
      purpose: '1.0',
      request: { personalId: '001203012345', x: 1 },
    });
    const b = cacheKey({
      serviceId: 's.a.b',
      provider: 'P',
      purpose: '1.0',
      request: { x: 1, personalId: '001203012345' },
    });
    const c = cacheKey({
      serviceId: 's.a.b',
      provider: 'P',
      purpose: '2.0',
      request: { x: 1, personalId: '001203012345' },
    });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).not.toContain('001203012345');
  });
});
