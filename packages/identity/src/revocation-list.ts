/**
 * The identity provider's list of revoked consent tokens (`GET /idp/revocations` at the mock:
 * `{ revoked: [jti, ...] }`), fetched at most every `maxAgeMs` and shared by concurrent checks. A list
 * that cannot be fetched fails the check (closed): a revoked consent must not pass because the list
 * was down.
 * @module
 */
import { InputError, ResponseError } from '@onceonly/core';
import { unavailable } from './errors.js';

/** Answers whether a consent token id (`jti`) has been revoked. */
export interface RevocationCheck {
  isRevoked(jti: string, signal?: AbortSignal): Promise<boolean>;
}

export interface RevocationListOptions {
  /** The list's URL. */
  url: string;
  /** How long a fetched list is trusted, in milliseconds. Default 30 000; 0 fetches on every check. */
  maxAgeMs?: number;
  fetch?: typeof fetch;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}

/**
 * @example
 * const revocation = revocationList({ url: 'https://id.example.gov.vn/idp/revocations' });
 * await verifyConsent(token, { ..., revocation });
 */
export function revocationList(options: RevocationListOptions): RevocationCheck {
  if (!URL.canParse(options.url)) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: 'revocationList: url must be an absolute URL.',
      fields: ['url'],
    });
  }
  const maxAgeMs = options.maxAgeMs ?? 30_000;
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? globalThis.fetch;
  let cached: { revoked: Set<string>; at: number } | undefined;
  let inFlight: Promise<Set<string>> | undefined;

  async function load(signal: AbortSignal | undefined): Promise<Set<string>> {
    let response: Response;
    try {
      response = await doFetch(options.url, {
        headers: { accept: 'application/json' },
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw unavailable('revocation list', error);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw unavailable(`revocation list answered ${response.status}`);
    }
    const body = (await response.json().catch(() => undefined)) as { revoked?: unknown } | undefined;
    const list = body?.revoked;
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
      throw new ResponseError({
        code: 'RESPONSE_MALFORMED',
        message: 'The revocation list is not { revoked: [token ids] }: consent cannot be checked against it.',
      });
    }
    const revoked = new Set(list as string[]);
    cached = { revoked, at: now() };
    return revoked;
  }

  return {
    async isRevoked(jti, signal) {
      if (cached && now() - cached.at < maxAgeMs) return cached.revoked.has(jti);
      inFlight ??= load(signal).finally(() => {
        inFlight = undefined;
      });
      return (await inFlight).has(jti);
    },
  };
}
