import type { Dispatcher } from 'undici';
import type { ErrorCode } from '../errors/codes.js';
import { InputError, ResponseError, UpstreamError } from '../errors/onceonly-error.js';
import { formatSubsystemId, type SubsystemId } from '../transport/xroad-id.js';
import { asymmetricAlgorithms, isForbiddenAlgorithm } from './algorithms.js';
import { attachPayload } from './detached-jws.js';
import { isNodeVerifiable, verifyJws } from './jws-verify.js';
import { createKeySources, type KeySource } from './provider-keys.js';
import type { VerifiedPayload, VerifyOptions } from './types.js';

/** What the verifier needs for one attempt: the gateway's dispatcher (for the JWKS) and the call's signal. */
export interface VerifyAttempt {
  dispatcher: Dispatcher;
  signal?: AbortSignal;
  /** The provider that answered; its own keys are used (else the default `jwksUrl` / `jwks`). */
  provider?: SubsystemId;
}

/** Checks `X-Payload-Signature` against the exact body bytes of an answer. */
export interface PayloadVerifier {
  /**
   * Makes sure keys can be had for `provider` before its query is sent: resolves at once for a provider
   * configured `'none'` (or without keys when `required` is false), fetches its JWKS when none is held.
   * Rejects with `InputError` (`VERIFY_KEYS_MISSING`) when no keys are configured for it and
   * verification is required, or `UpstreamError` (`JWKS_UNAVAILABLE`) when its keys cannot be fetched.
   */
  prepare(provider: SubsystemId, attempt: Omit<VerifyAttempt, 'provider'>): Promise<void>;
  /**
   * True when `prepare` has nothing to do for `provider` right now (its answers are not verified, or
   * its keys are held and fresh): the per-call fast path, with no promise.
   */
  ready(provider: SubsystemId): boolean;
  /**
   * Resolves with the key and algorithm that signed `body`, or `undefined` when this provider's answers
   * are not verified (`'none'`, or no keys and `required: false`). Rejects with `ResponseError` (not
   * retryable): `SIGNATURE_MISSING`, `SIGNATURE_MALFORMED`, `SIGNATURE_ALGORITHM`,
   * `SIGNATURE_UNKNOWN_KEY`, `SIGNATURE_INVALID`; `UpstreamError` (`JWKS_UNAVAILABLE`, retryable) when
   * the keys cannot be fetched; `InputError` (`VERIFY_KEYS_MISSING`) as `prepare` does.
   */
  verify(
    body: Uint8Array,
    signatureHeader: string | undefined,
    attempt: VerifyAttempt,
  ): Promise<VerifiedPayload | undefined>;
  /** Aborts key fetches in flight (the gateway is closing). */
  close(): void;
}

export interface PayloadVerifierDeps {
  /** The security server or LGSP: a key URL that starts with `/` is appended to it. */
  baseUrl: string;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
  timeouts?: { headersMs?: number; bodyMs?: number };
}

function keysMissing(provider: SubsystemId | undefined): InputError {
  const name = provider
    ? `${provider.memberClass}/${provider.memberCode}/${provider.subsystemCode}`
    : 'this provider';
  return new InputError({
    code: 'VERIFY_KEYS_MISSING',
    message: `No payload-signature keys are configured for ${name}, and verification is required: add verify.providers['${name}'] = { jwksUrl } or { keys } (a security server serves no JWKS), or 'none' if the provider does not sign. Nothing was sent.`,
    fields: ['verify.providers'],
  });
}

/**
 * Creates the payload signature verifier. Keys come from configuration, per provider
 * (`options.providers`) or for all (`options.jwksUrl`, `options.jwks`); fetched keys go through the
 * attempt's dispatcher and are cached for `options.cacheMs`. Throws `InputError` (`INVALID_CONFIG`) on
 * bad options: a bad URL, a key that is not a public asymmetric JWK, `none` or HMAC.
 *
 * @example
 * const verifier = createPayloadVerifier(
 *   { providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: 'https://keys.example.gov.vn/jwks.json' } } },
 *   { baseUrl: 'https://ss.portal.gov.vn' },
 * );
 * await verifier.prepare(provider, { dispatcher, signal });   // before the query is sent
 * const signed = await verifier.verify(bodyBytes, headers['x-payload-signature'], { dispatcher, provider });
 */
export function createPayloadVerifier(options: VerifyOptions, deps: PayloadVerifierDeps): PayloadVerifier {
  const algorithms = asymmetricAlgorithms(options.algorithms, 'verify.algorithms');
  if (options.required !== undefined && typeof options.required !== 'boolean') {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: 'verify.required must be true or false.',
      fields: ['verify.required'],
    });
  }
  const required = options.required ?? true;
  const sources = createKeySources(options, deps);
  /** The provider's key store; `undefined` when its answers are passed unverified. */
  const storeFor = (provider: SubsystemId | undefined): Exclude<KeySource, 'none'> | undefined => {
    const source = sources.lookup(provider);
    if (source === 'none') return undefined;
    if (!source && required) throw keysMissing(provider);
    return source;
  };

  return {
    close: () => sources.close(),
    ready(provider) {
      const source = sources.lookup(provider);
      if (source === 'none') return true;
      return source === undefined ? !required : source.ready();
    },
    async prepare(provider, attempt) {
      const keys = storeFor(provider);
      if (keys && (await keys.available(attempt)) === 0) {
        throw new UpstreamError({
          code: 'JWKS_UNAVAILABLE',
          retryable: false,
          message: `The payload signature keys of ${formatSubsystemId(provider)} hold no usable key: nothing it answers could be verified, so nothing was sent. Check verify.providers.`,
        });
      }
    },
    async verify(body, signatureHeader, attempt) {
      const keys = storeFor(attempt.provider);
      if (!keys) return undefined;
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
      const { signingInput, signature } = jws;
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
