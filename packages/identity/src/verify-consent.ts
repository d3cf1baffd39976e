/**
 * `verifyConsent`: the consent token checked before it is used, with the same checker the gateway runs
 * before a call (`createConsentChecker` of `@onceonly/core`): signature against the identity provider's
 * keys, issuer, expiry, subject, audience, scope covers the category, purpose; then revocation. A portal
 * learns of a bad consent here, not from the platform.
 * @module
 */
import { type ConsentClaims, createConsentChecker, InputError, PolicyError } from '@onceonly/core';
import { type Dispatcher, getGlobalDispatcher } from 'undici';
import type { RevocationCheck } from './revocation-list.js';

export interface VerifyConsentOptions {
  /** The portal's X-Road client id: the token must be issued to it (`aud`). */
  audience: string;
  /** The citizen's personal id (`sub`), when the portal knows who it is asking about. */
  subject?: string | undefined;
  /** The data category (or categories) the call needs; the token's `scope` must cover each. */
  category: string | readonly string[];
  /** The procedure code the data is for (`purpose`). */
  purpose: string;
  /** The identity provider's keys: inline, or a URL (fetched, cached, refreshed on an unknown `kid`). */
  keys: { jwks: { keys: Array<Record<string, unknown>> } } | { jwksUrl: string };
  /** Expected `iss`. Recommended. */
  issuer?: string | undefined;
  /** Revocation check (`revocationList(...)`); without it a revoked token passes until it expires. */
  revocation?: RevocationCheck | undefined;
  /** Allowed clock skew, seconds. Default 30. */
  clockToleranceSec?: number | undefined;
  /** Clock, milliseconds. Default `Date.now`. */
  now?: (() => number) | undefined;
  /** undici dispatcher for the key fetch. Default: undici's global dispatcher. */
  dispatcher?: Dispatcher | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Resolves with what the consent grants (`scopes`, `expiresAt` in seconds, `purpose`, token id), to
 * show the citizen; rejects with `PolicyError` (`CONSENT_INVALID`, `CONSENT_EXPIRED`,
 * `CONSENT_SUBJECT_MISMATCH`, `CONSENT_AUDIENCE_MISMATCH`, `CONSENT_SCOPE_MISSING`,
 * `CONSENT_PURPOSE_MISMATCH`, `CONSENT_REVOKED`), or `UpstreamError` when keys or the revocation list
 * cannot be fetched (`JWKS_UNAVAILABLE`, `IDENTITY_PROVIDER_UNAVAILABLE`, retryable).
 *
 * @example
 * const consent = await verifyConsent(token, {
 *   audience: 'VN/GOV/000.00.00.H23/PORTAL', subject: citizen.personalId, category: 'population.basic',
 *   purpose: '1.001193', keys: { jwksUrl: 'https://id.example.gov.vn/jwks.json' }, issuer, revocation,
 * });
 * new Date(consent.expiresAt * 1000); // when it ends, to show the citizen
 */
export async function verifyConsent(token: string, options: VerifyConsentOptions): Promise<ConsentClaims> {
  const keys = options?.keys;
  if (!keys || (!('jwks' in keys) && !('jwksUrl' in keys))) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: "verifyConsent needs the identity provider's keys: keys: { jwks } or { jwksUrl }.",
      fields: ['keys'],
    });
  }
  const categories = typeof options.category === 'string' ? [options.category] : [...options.category];
  if (categories.length === 0 || categories.some((c) => typeof c !== 'string' || c === '')) {
    throw new InputError({
      code: 'INVALID_OPTION',
      message: 'verifyConsent: category must name a data category.',
      fields: ['category'],
    });
  }
  const now = options.now ?? Date.now;
  const jwksUrl = 'jwksUrl' in keys ? keys.jwksUrl : undefined;
  const checker = createConsentChecker(
    {
      ...('jwks' in keys ? { jwks: keys.jwks } : { jwksUrl }),
      ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
      ...(options.clockToleranceSec === undefined ? {} : { clockToleranceSec: options.clockToleranceSec }),
    },
    // An absolute jwksUrl is used as it is; the base only resolves a relative one.
    {
      baseUrl:
        jwksUrl !== undefined && URL.canParse(jwksUrl) ? new URL(jwksUrl).origin : 'http://invalid.invalid',
      now,
    },
  );
  try {
    const attempt = {
      dispatcher: options.dispatcher ?? getGlobalDispatcher(),
      ...(options.signal ? { signal: options.signal } : {}),
    };
    let claims: ConsentClaims | undefined;
    for (const category of categories) {
      claims = await checker.check(
        token,
        {
          subject: options.subject,
          audience: options.audience,
          category,
          purpose: options.purpose,
          now: Math.floor(now() / 1000),
        },
        attempt,
      );
    }
    if (options.revocation && (await options.revocation.isRevoked(claims!.id, options.signal))) {
      throw new PolicyError({
        code: 'CONSENT_REVOKED',
        message:
          'The consent token has been revoked by the citizen or the identity provider: ask the citizen for consent again.',
      });
    }
    return claims!;
  } finally {
    checker.close();
  }
}
