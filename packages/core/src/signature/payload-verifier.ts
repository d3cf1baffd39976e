import type { Dispatcher } from 'undici';
import { ResponseError } from '../errors/onceonly-error.js';
import type { ErrorCode } from '../errors/codes.js';
import { asymmetricAlgorithms, isForbiddenAlgorithm } from './algorithms.js';
import { attachPayload } from './detached-jws.js';
import { endpointUrl } from './endpoint-url.js';
import { createJwksStore } from './jwks-store.js';
import { isNodeVerifiable, verifyJws } from './jws-verify.js';
import type { VerifiedPayload, VerifyOptions } from './types.js';

/** What the verifier needs for one attempt: the gateway's dispatcher (for the JWKS) and the call's signal. */
export interface VerifyAttempt {
  dispatcher: Dispatcher;
  signal?: AbortSignal;
}

/** Checks `X-Payload-Signature` against the exact body bytes of an answer. */
export interface PayloadVerifier {
  /**
   * Resolves with the key and algorithm that signed `body`. Rejects with `ResponseError` (not retryable):
   * `SIGNATURE_MISSING`, `SIGNATURE_MALFORMED`, `SIGNATURE_ALGORITHM`, `SIGNATURE_UNKNOWN_KEY`,
   * `SIGNATURE_INVALID`; or `UpstreamError` (`JWKS_UNAVAILABLE`, retryable) when the keys cannot be fetched.
   */
  verify(
    body: Uint8Array,
    signatureHeader: string | undefined,
    attempt: VerifyAttempt,
  ): Promise<VerifiedPayload>;
}

export interface PayloadVerifierDeps {
  /** The security server or LGSP; the JWKS default is `{baseUrl}/.well-known/jwks.json`. */
  baseUrl: string;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
  timeouts?: { headersMs?: number; bodyMs?: number };
}

/**
 * Creates the payload signature verifier. Keys come from `options.jwks` and, unless only inline keys were
 * given, from `options.jwksUrl` (default `{baseUrl}/.well-known/jwks.json`), fetched through the attempt's
 * dispatcher and cached for `options.cacheMs`. Throws `InputError` (`INVALID_CONFIG`) on bad options.
 *
 * @example
 * const verifier = createPayloadVerifier({}, { baseUrl: 'https://ss.portal.gov.vn' });
 * const { kid } = await verifier.verify(bodyBytes, headers['x-payload-signature'], { dispatcher });
 */
export function createPayloadVerifier(options: VerifyOptions, deps: PayloadVerifierDeps): PayloadVerifier {
  const algorithms = asymmetricAlgorithms(options.algorithms, 'verify.algorithms');
  // Inline keys alone mean "these keys, nothing fetched"; with jwksUrl they are looked up first.
  const fetchKeys = options.jwksUrl !== undefined || options.jwks === undefined;
  const keys = createJwksStore({
    jwks: options.jwks,
    url: fetchKeys
      ? endpointUrl(options.jwksUrl, deps.baseUrl, '/.well-known/jwks.json', 'verify.jwksUrl')
      : undefined,
    cacheMs: options.cacheMs,
    now: deps.now,
    timeouts: deps.timeouts,
    label: 'payload signature keys',
    option: 'verify.jwks',
  });

  return {
    async verify(body, signatureHeader, attempt) {
      if (
        signatureHeader === undefined ||
        (typeof signatureHeader === 'string' && signatureHeader.trim() === '')
      ) {
        throw refused(
          'SIGNATURE_MISSING',
          'The answer has no X-Payload-Signature header although signatures are verified',
        );
      }
      // Two X-Payload-Signature headers (an array at run time) are ambiguous: refuse rather than pick one.
      const jws = typeof signatureHeader === 'string' ? attachPayload(signatureHeader, body) : undefined;
      if (!jws)
        throw refused('SIGNATURE_MALFORMED', 'X-Payload-Signature is not a detached JWS (header..signature)');
      const { alg, kid } = jws.header;
      if (typeof alg !== 'string' || isForbiddenAlgorithm(alg) || !algorithms.includes(alg)) {
        throw refused(
          'SIGNATURE_ALGORITHM',
          'The payload is signed with an algorithm that is not allowed (verify.algorithms)',
        );
      }
      if (typeof kid !== 'string' || kid === '') {
        throw refused('SIGNATURE_MALFORMED', 'The payload signature names no key id (kid)');
      }
      // RFC 7797 unencoded payloads would change what was signed; the contract uses plain appendix F.
      if ('b64' in jws.header)
        throw refused('SIGNATURE_MALFORMED', 'The payload signature uses an unsupported b64 header');

      const candidates = await keys.jwksFor(kid, attempt);
      if (candidates.length === 0) {
        throw refused(
          'SIGNATURE_UNKNOWN_KEY',
          'The payload is signed with a key id that the provider JWKS does not publish',
        );
      }
      if (!isNodeVerifiable(alg)) {
        throw refused('SIGNATURE_ALGORITHM', 'The payload is signed with an algorithm that is not supported');
      }
      const lastDot = jws.compact.lastIndexOf('.');
      const signingInput = Buffer.from(jws.compact.slice(0, lastDot), 'ascii');
      const signature = Buffer.from(jws.compact.slice(lastDot + 1), 'base64url');
      if (!candidates.some((key) => verifyJws(alg, key, signingInput, signature))) {
        throw refused(
          'SIGNATURE_INVALID',
          'The payload signature does not match the body: the answer was altered or signed by another key',
        );
      }
      return { kid, alg };
    },
  };
}

function refused(code: ErrorCode, what: string): ResponseError {
  return new ResponseError({
    code,
    retryable: false,
    message: `${what}: the answer is not trusted. Report it to the provider; check verify options if keys were rotated.`,
  });
}
