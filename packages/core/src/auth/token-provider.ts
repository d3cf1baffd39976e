import type { Dispatcher } from 'undici';
import { AbortedError } from '../errors/onceonly-error.js';
import { raceSignal } from '../signature/abort.js';
import type { AuthAttempt, AuthProvider, TokenCache } from './types.js';

/** An access token as the token endpoint granted it. */
export interface GrantedToken {
  accessToken: string;
  /** Lifetime from the moment it was received, in milliseconds. */
  expiresInMs: number;
}

export interface TokenProviderOptions {
  /**
   * Fetches a new token; the shared fetch of all concurrent callers. It must stop, and release its
   * socket, when `signal` aborts: when every caller waiting for it gave up, or at `close()`.
   */
  fetchToken(dispatcher: Dispatcher, signal: AbortSignal): Promise<GrantedToken>;
  /** Refresh this long before expiry. Default 30 000 ms. */
  refreshSkewMs?: number | undefined;
  /** Clock, for tests. Default `Date.now`. */
  now?: (() => number) | undefined;
  /**
   * A cache shared with other portal instances, and this token's name in it: a fresh token found there
   * is used instead of fetching one; a fetched one is put there.
   */
  shared?: { cache: TokenCache; name: string } | undefined;
}

interface CachedToken {
  value: string;
  refreshAt: number;
  expiresAt: number;
}

interface Inflight {
  promise: Promise<CachedToken>;
  controller: AbortController;
  /** Callers still waiting; the fetch is aborted when the last one gives up. */
  waiting: number;
}

/**
 * Memoises bearer tokens: concurrent `headers()` calls share one in-flight fetch, the token is reused
 * until `expiresAt - refreshSkewMs`, and `invalidate()` (after a 401) drops it. A failed fetch is not
 * remembered, so the next call tries again; every caller waiting on it gets the same error. When a
 * proactive refresh fails while the old token has not yet expired, the old token is still used.
 *
 * With `shared`, a fresh token another instance stored is used before fetching one, and a fetched
 * token is stored for the others; `invalidate()` removes it there too (only if it is still the same).
 *
 * No socket outlives its calls: a caller leaves the shared fetch when its own signal aborts (its
 * deadline), the fetch is aborted once every caller has left, and `close()` aborts it at once.
 */
export function createTokenProvider(options: TokenProviderOptions): Required<AuthProvider> {
  const now = options.now ?? Date.now;
  const skew = options.refreshSkewMs ?? 30_000;
  let cached: CachedToken | undefined;
  let inflight: Inflight | undefined;
  let closed = false;

  const shared = options.shared;
  /** The last token the server refused (401): never taken back from the shared cache. */
  let refused: string | undefined;

  async function fromShared(): Promise<CachedToken | undefined> {
    const found = await shared?.cache.get(shared.name).catch(() => undefined);
    if (!found || found.accessToken === refused || !(now() < found.refreshAt)) return undefined;
    return { value: found.accessToken, refreshAt: found.refreshAt, expiresAt: found.expiresAt };
  }

  async function fetchNew(dispatcher: Dispatcher, signal: AbortSignal): Promise<CachedToken> {
    const granted = await options.fetchToken(dispatcher, signal);
    const receivedAt = now();
    const lifetime = granted.expiresInMs;
    // A skew as long as the lifetime would refetch on every call: refresh at half-life at the earliest.
    const token: CachedToken = {
      value: granted.accessToken,
      refreshAt: receivedAt + Math.max(lifetime - skew, lifetime / 2),
      expiresAt: receivedAt + lifetime,
    };
    await shared?.cache
      .set(shared.name, { accessToken: token.value, refreshAt: token.refreshAt, expiresAt: token.expiresAt })
      .catch(() => undefined);
    return token;
  }

  function start(dispatcher: Dispatcher): Inflight {
    const controller = new AbortController();
    const current: Inflight = { controller, waiting: 0, promise: undefined as never };
    // Without a shared cache the fetch starts at once (synchronously), as callers and tests expect.
    const obtained = shared
      ? fromShared().then((found) => found ?? fetchNew(dispatcher, controller.signal))
      : fetchNew(dispatcher, controller.signal);
    current.promise = obtained
      .then(
        (token) => {
          if (!closed) cached = token;
          return token;
        },
        (error: unknown) => {
          const previous = cached;
          if (previous && now() < previous.expiresAt) return previous;
          throw error;
        },
      )
      .finally(() => {
        if (inflight === current) inflight = undefined;
      });
    current.promise.catch(() => {}); // every waiter gets the error; none left means nobody to tell
    return current;
  }

  /** Waits for the shared fetch; leaving early (own signal) aborts it only if nobody else waits. */
  async function join(dispatcher: Dispatcher, signal: AbortSignal | undefined): Promise<CachedToken> {
    if (!inflight) inflight = start(dispatcher);
    const current = inflight;
    current.waiting++;
    try {
      return await raceSignal(current.promise, signal);
    } finally {
      current.waiting--;
      if (current.waiting === 0 && signal?.aborted) {
        current.controller.abort(signal.reason);
        if (inflight === current) inflight = undefined;
      }
    }
  }

  return {
    async headers(attempt: AuthAttempt) {
      if (closed) {
        throw new AbortedError({ message: 'The gateway is closed: create a new one to make calls.' });
      }
      const current = cached;
      const token =
        current && now() < current.refreshAt ? current : await join(attempt.dispatcher, attempt.signal);
      return { authorization: `Bearer ${token.value}` };
    },
    invalidate() {
      const dropped = cached;
      cached = undefined;
      if (dropped) {
        refused = dropped.value;
        void shared?.cache.delete(shared.name, dropped.value).catch(() => undefined);
      }
    },
    close() {
      closed = true;
      cached = undefined;
      inflight?.controller.abort(
        new AbortedError({ message: 'The gateway was closed during a token request.' }),
      );
      inflight = undefined;
    },
  };
}
