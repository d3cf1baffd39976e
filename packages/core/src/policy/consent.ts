import { LRUCache } from 'lru-cache';
import type { Dispatcher } from 'undici';
import {
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type ProtectedHeaderParameters,
} from 'jose';
import { InputError, OnceOnlyError, type PolicyError } from '../errors/onceonly-error.js';
import { asymmetricAlgorithms, isForbiddenAlgorithm } from '../signature/algorithms.js';
import { endpointUrl } from '../signature/endpoint-url.js';
import { createJwksStore, type JwksStore } from '../signature/jwks-store.js';
import { checkConsentClaims, consentExpired, consentInvalid } from './consent-claims.js';
import type { ConsentClaims, ConsentExpectation, ConsentOptions } from './consent-types.js';

/** What the checker needs for one call: the gateway's dispatcher (for the identity provider's keys). */
export interface ConsentAttempt {
  dispatcher: Dispatcher;
  signal?: AbortSignal;
}

/** Checks consent tokens before a call sends anything. */
export interface ConsentChecker {
  /**
   * Resolves with what the token grants, or rejects with `PolicyError`: `CONSENT_INVALID`,
   * `CONSENT_EXPIRED`, `CONSENT_SUBJECT_MISMATCH`, `CONSENT_AUDIENCE_MISMATCH`, `CONSENT_SCOPE_MISSING`,
   * `CONSENT_PURPOSE_MISMATCH`; or `UpstreamError` (`JWKS_UNAVAILABLE`, retryable) when the identity
   * provider's keys cannot be fetched.
   */
  check(token: string, expected: ConsentExpectation, attempt: ConsentAttempt): Promise<ConsentClaims>;
  /** Aborts key fetches in flight: a hung identity-provider key endpoint must not hold `close()`. */
  close(): void;
}

export interface ConsentCheckerDeps {
  /** The security server or LGSP; a `jwksUrl` starting with `/` is taken relative to it. */
  baseUrl: string;
  /** Clock for the key cache, for tests. Default `Date.now`. (Token times use `expected.now`.) */
  now?: () => number;
  timeouts?: { headersMs?: number; bodyMs?: number };
}

// A consent token is a few hundred bytes; anything far larger is not one.
const MAX_TOKEN_LENGTH = 16 * 1024;

/**
 * Creates the consent checker. With keys (`options.jwks`, or `options.jwksUrl` fetched through the
 * gateway's dispatcher) the token's signature and issuer are verified with jose; without keys only the
 * claims are checked, as a fail-early guard: the provider verifies the token again in any case.
 * `none` and HMAC tokens are always refused. Throws `InputError` (`INVALID_CONFIG`) on bad options.
 *
 * @example
 * const consent = createConsentChecker({ jwksUrl: '/idp/jwks.json', issuer: 'https://id.gov.vn' }, { baseUrl });
 * const claims = await consent.check(ctx.consent, { subject, audience: client, category, purpose, now }, { dispatcher });
 */
export function createConsentChecker(
  options: ConsentOptions | undefined,
  deps: ConsentCheckerDeps,
): ConsentChecker {
  const clockToleranceSec = options?.clockToleranceSec ?? 30;
  if (!(Number.isFinite(clockToleranceSec) && clockToleranceSec >= 0)) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: 'consent.clockToleranceSec must be a number of seconds, 0 or more.',
      fields: ['consent.clockToleranceSec'],
    });
  }
  const issuer = options?.issuer;
  const algorithms = asymmetricAlgorithms(undefined, 'consent.algorithms');
  const keys: JwksStore | undefined =
    options?.jwks !== undefined || options?.jwksUrl !== undefined
      ? createJwksStore({
          jwks: options.jwks,
          url:
            options.jwksUrl === undefined
              ? undefined
              : endpointUrl(options.jwksUrl, deps.baseUrl, '', 'consent.jwksUrl'),
          now: deps.now,
          timeouts: deps.timeouts,
          label: 'identity provider keys',
          option: 'consent.jwks',
        })
      : undefined;

  // Tokens whose signature already verified, until they expire: a portal presents one consent for
  // several calls of a dossier, and the signature check is the costly part. Claims are checked every time.
  const verified = new LRUCache<string, true>({ max: 1_000 });
  // The same token checked by several calls at once (a prefill starts all its sources together): one
  // signature check for all of them. Only the signature is shared; each call resolves keys with its own
  // signal and checks the claims against its own expectation.
  const verifying = new Map<string, Promise<void>>();

  return {
    async check(token, expected, attempt) {
      if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw malformed();
      let header: ProtectedHeaderParameters;
      let payload: JWTPayload;
      try {
        header = decodeProtectedHeader(token);
        payload = decodeJwt(token);
      } catch {
        throw malformed();
      }
      if (isForbiddenAlgorithm(header.alg)) {
        throw consentInvalid(
          'is unsigned or HMAC-signed (alg none/HS*): use a token signed by the identity provider',
        );
      }
      if (keys && !verified.has(token)) {
        const kid = typeof header.kid === 'string' ? header.kid : undefined;
        const resolver = await keys.keysFor(kid, attempt);
        if (!resolver) {
          throw consentInvalid(
            'is signed by a key the identity provider does not publish: obtain a new consent, or check consent.jwks / consent.jwksUrl',
          );
        }
        let signature = verifying.get(token);
        if (signature === undefined) {
          const started = jwtVerify(token, resolver, {
            algorithms,
            clockTolerance: clockToleranceSec,
            currentDate: new Date(expected.now * 1000),
            ...(issuer === undefined ? {} : { issuer }),
          }).then(() => undefined);
          signature = started.finally(() => verifying.delete(token));
          verifying.set(token, signature);
        }
        try {
          await signature;
        } catch (error) {
          throw verifyError(error);
        }
        const ttl = typeof payload.exp === 'number' ? payload.exp * 1000 - expected.now * 1000 : 0;
        if (ttl > 0) verified.set(token, true, { ttl });
      }
      return checkConsentClaims(payload, expected, { issuer, clockToleranceSec });
    },
    close() {
      keys?.close();
    },
  };
}

function malformed(): PolicyError {
  return consentInvalid(
    'is not a well-formed signed JWT: pass the token exactly as the identity provider issued it',
  );
}

function verifyError(error: unknown): OnceOnlyError {
  if (OnceOnlyError.isInstance(error)) return error;
  if (error instanceof joseErrors.JWTExpired) {
    return consentExpired();
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') {
      return consentInvalid(
        'comes from an unexpected issuer (iss): use a token from the identity provider set in consent.issuer',
      );
    }
    if (error.claim === 'nbf')
      return consentInvalid(
        'is not valid yet (nbf): check the server clock, or wait until the consent takes effect',
      );
    return consentInvalid(
      'has a claim the identity provider would not issue: use a token issued by the identity provider',
    );
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return consentInvalid(
      "does not verify against the identity provider's keys (bad signature): obtain a new consent from the identity provider",
    );
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return consentInvalid(
      'is signed with an algorithm that is not allowed: use a token signed by the identity provider',
    );
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWKSMultipleMatchingKeys) {
    return consentInvalid(
      'is signed by a key the identity provider does not publish: obtain a new consent, or check consent.jwks / consent.jwksUrl',
    );
  }
  return malformed();
}
