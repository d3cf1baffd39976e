import { constants, createPublicKey, type JsonWebKey, type KeyObject, verify } from 'node:crypto';
import type { JWK } from 'jose';

/**
 * JWS signature checks with node:crypto on cached key objects. jose verifies through WebCrypto, which
 * Node runs on its thread pool: per answer that costs a thread hop and two to three times the CPU.
 * jose still parses the protected header and the JWKS; only the signature arithmetic is done here.
 */

interface Algorithm {
  hash: string | null;
  /** Key type and curve the algorithm needs. */
  keyType: 'ec' | 'rsa' | 'ed25519';
  curve?: string;
  pss?: number;
}

const ALGORITHMS: Record<string, Algorithm> = {
  ES256: { hash: 'sha256', keyType: 'ec', curve: 'prime256v1' },
  ES384: { hash: 'sha384', keyType: 'ec', curve: 'secp384r1' },
  ES512: { hash: 'sha512', keyType: 'ec', curve: 'secp521r1' },
  RS256: { hash: 'sha256', keyType: 'rsa' },
  RS384: { hash: 'sha384', keyType: 'rsa' },
  RS512: { hash: 'sha512', keyType: 'rsa' },
  PS256: { hash: 'sha256', keyType: 'rsa', pss: 32 },
  PS384: { hash: 'sha384', keyType: 'rsa', pss: 48 },
  PS512: { hash: 'sha512', keyType: 'rsa', pss: 64 },
  EdDSA: { hash: null, keyType: 'ed25519' },
};

const keyObjects = new WeakMap<JWK, KeyObject | null>();

/** The public key object of a JWK, built once per JWK object; `undefined` when it is not a usable public key. */
function keyObject(jwk: JWK): KeyObject | undefined {
  let key = keyObjects.get(jwk);
  if (key === undefined) {
    try {
      key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
    } catch {
      key = null;
    }
    keyObjects.set(jwk, key);
  }
  return key ?? undefined;
}

/** Whether this node:crypto check supports the algorithm (the others fall back to jose). */
export function isNodeVerifiable(alg: string): boolean {
  return alg in ALGORITHMS;
}

/**
 * `true` when `signature` over `signingInput` verifies with `jwk` under `alg`; `false` for a bad
 * signature, or a key that does not fit the algorithm (type, curve).
 */
export function verifyJws(alg: string, jwk: JWK, signingInput: Buffer, signature: Buffer): boolean {
  const algorithm = ALGORITHMS[alg];
  const key = keyObject(jwk);
  if (!algorithm || !key) return false;
  if (key.asymmetricKeyType !== algorithm.keyType) return false;
  if (algorithm.curve && key.asymmetricKeyDetails?.namedCurve !== algorithm.curve) return false;
  if (jwk.alg !== undefined && jwk.alg !== alg) return false;
  if (algorithm.keyType === 'ec') {
    return verify(algorithm.hash, signingInput, { key, dsaEncoding: 'ieee-p1363' }, signature);
  }
  if (algorithm.pss) {
    return verify(
      algorithm.hash,
      signingInput,
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: algorithm.pss },
      signature,
    );
  }
  return verify(algorithm.hash, signingInput, key, signature);
}
