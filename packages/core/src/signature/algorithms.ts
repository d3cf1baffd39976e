import { InputError } from '../errors/onceonly-error.js';

/** Asymmetric JWS algorithms accepted by default for payload signatures and consent tokens. */
export const DEFAULT_ALGORITHMS: readonly string[] = Object.freeze([
  'ES256',
  'ES384',
  'RS256',
  'PS256',
  'EdDSA',
]);

/**
 * `none` (unsigned) and HMAC (`HS*`, a shared secret that anyone holding the public JWKS could be tricked
 * into using) are never acceptable for data that comes from someone else.
 */
export function isForbiddenAlgorithm(alg: unknown): boolean {
  if (typeof alg !== 'string') return true;
  const upper = alg.toUpperCase();
  return upper === 'NONE' || upper.startsWith('HS');
}

/**
 * The allow-list to pass to jose: the given algorithms (default {@link DEFAULT_ALGORITHMS}) with `none`
 * and `HS*` removed even when listed. Throws `InputError` (`INVALID_CONFIG`) when nothing is left.
 */
export function asymmetricAlgorithms(algorithms: readonly string[] | undefined, option: string): string[] {
  const allowed = (algorithms ?? DEFAULT_ALGORITHMS).filter((alg) => !isForbiddenAlgorithm(alg));
  if (allowed.length === 0) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `${option} allows no asymmetric algorithm: list at least one of ${DEFAULT_ALGORITHMS.join(', ')}.`,
      fields: [option],
    });
  }
  return [...new Set(allowed)];
}
