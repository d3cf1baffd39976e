import type { Dispatcher } from 'undici';
import { raceSignal } from '../signature/abort.js';
import type { AuthAttempt, AuthProvider } from './types.js';

/** An access token as the token endpoint granted it. */
export interface GrantedToken {
  accessToken: string;
  /** Lifetime from the moment it was received, in milliseconds. */
  expiresInMs: number;
}

export interface TokenProviderOptions {
  /** Fetches a new token; the shared fetch of all concurrent callers. */
  fetchToken(dispatcher: Dispatcher): Promise<GrantedToken>;
  /** Refresh this long before expiry. Default 30 000 ms. */
  refreshSkewMs?: number;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}

interface CachedToken {
  value: string;
  refreshAt: number;
  expiresAt: number;
}

/**
 * Memoises bearer tokens: concurrent `headers()` calls share one in-flight fetch, the token is reused
 * until `expiresAt - refreshSkewMs`, and `invalidate()` (after a 401) drops it. A failed fetch is not
 * remembered, so the next call tries again; every caller waiting on it gets the same error. When a
 * proactive refresh fails while the old token has not yet expired, the old token is still used.
 */
export function createTokenProvider(options: TokenProviderOptions): Required<AuthProvider> {
  const now = options.now ?? Date.now;
  const skew = options.refreshSkewMs ?? 30_000;
  let cached: CachedToken | undefined;
  let inflight: Promise<CachedToken> | undefined;

  function refresh(dispatcher: Dispatcher): Promise<CachedToken> {
    if (!inflight) {
      inflight = options
        .fetchToken(dispatcher)
        .then(
          (granted) => {
            const receivedAt = now();
            const lifetime = granted.expiresInMs;
            // A skew as long as the lifetime would refetch on every call: refresh at half-life at the earliest.
            const token: CachedToken = {
              value: granted.accessToken,
              refreshAt: receivedAt + Math.max(lifetime - skew, lifetime / 2),
              expiresAt: receivedAt + lifetime,
            };
            cached = token;
            return token;
          },
          (error: unknown) => {
            const previous = cached;
            if (previous && now() < previous.expiresAt) return previous;
            throw error;
          },
        )
        .finally(() => {
          inflight = undefined;
        });
    }
    return inflight;
  }

  return {
    async headers(attempt: AuthAttempt) {
      const current = cached;
      const token =
        current && now() < current.refreshAt
          ? current
          : await raceSignal(refresh(attempt.dispatcher), attempt.signal);
      return { authorization: `Bearer ${token.value}` };
    },
    invalidate() {
      cached = undefined;
    },
  };
}
