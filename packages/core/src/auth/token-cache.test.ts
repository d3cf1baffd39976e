import { describe, expect, it } from 'vitest';
import { createTokenProvider } from './token-provider.js';
import type { SharedToken, TokenCache } from './types.js';

const dispatcher = {} as never;

function memoryTokenCache(): TokenCache & { map: Map<string, SharedToken> } {
  const map = new Map<string, SharedToken>();
  return {
    map,
    get: async (name) => map.get(name),
    set: async (name, token) => void map.set(name, token),
    delete: async (name, accessToken) => {
      if (map.get(name)?.accessToken === accessToken) map.delete(name);
    },
  };
}

describe('token provider with a shared token cache', () => {
  it('uses a fresh shared token, and fetches (and shares) one when the shared one is due', async () => {
    let clock = 1_000_000;
    const cache = memoryTokenCache();
    cache.map.set('t', { accessToken: 'shared', refreshAt: clock + 10_000, expiresAt: clock + 40_000 });
    let fetched = 0;
    const auth = createTokenProvider({
      fetchToken: async () => ({ accessToken: `own-${++fetched}`, expiresInMs: 60_000 }),
      now: () => clock,
      shared: { cache, name: 't' },
    });
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer shared' });
    clock += 10_000; // the shared token is due for refresh
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer own-1' });
    expect(cache.map.get('t')).toMatchObject({ accessToken: 'own-1', expiresAt: clock + 60_000 });
    expect(fetched).toBe(1);
  });

  it('never takes back a token the server refused, even while the delete is in flight', async () => {
    const cache = memoryTokenCache();
    cache.delete = async () => {}; // the delete has not reached the store yet
    let fetched = 0;
    const auth = createTokenProvider({
      fetchToken: async () => ({ accessToken: `own-${++fetched}`, expiresInMs: 60_000 }),
      shared: { cache, name: 't' },
    });
    await auth.headers({ dispatcher });
    auth.invalidate();
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer own-2' });
  });

  it('fetches as without a cache when the cache fails', async () => {
    const failing: TokenCache = {
      get: async () => {
        throw new Error('redis down');
      },
      set: async () => {
        throw new Error('redis down');
      },
      delete: async () => {
        throw new Error('redis down');
      },
    };
    const auth = createTokenProvider({
      fetchToken: async () => ({ accessToken: 'own', expiresInMs: 60_000 }),
      shared: { cache: failing, name: 't' },
    });
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer own' });
    auth.invalidate();
    expect(await auth.headers({ dispatcher })).toEqual({ authorization: 'Bearer own' });
  });
});
