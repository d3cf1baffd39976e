import { createECDH, createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import type { JWK } from 'jose';

/** An ES256 key pair with its public JWK (with `kid`, `alg`, `use`). */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: JWK;
  /** The private key as a JWK, for a client that signs its own assertions. */
  privateJwk: JWK;
}

// Order of the P-256 group: a private scalar must lie in [1, n-1].
const P256_N = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');

function b64url(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64url');
}

/**
 * An ES256 key derived from the seed: the same seed gives the same keys and key ids, so answers and
 * JWKS are reproducible. These keys are public knowledge by construction: for tests only.
 */
export function deriveSigningKey(seed: number, label: string): SigningKey {
  const digest = createHash('sha256').update(`onceonly-mock:key:${label}:${seed}`).digest('hex');
  let scalar = BigInt(`0x${digest}`) % P256_N;
  if (scalar === 0n) scalar = 1n;
  const d = Buffer.from(scalar.toString(16).padStart(64, '0'), 'hex');
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const x = b64url(point.subarray(1, 33));
  const y = b64url(point.subarray(33, 65));
  const kid = `${label}-${createHash('sha256').update(point).digest('hex').slice(0, 12)}`;
  const publicJwk: JWK = { kty: 'EC', crv: 'P-256', x, y, kid, alg: 'ES256', use: 'sig' };
  const privateJwk: JWK = { ...publicJwk, d: b64url(d) };
  return {
    kid,
    privateKey: createPrivateKey({ key: privateJwk as never, format: 'jwk' }),
    publicKey: createPublicKey({ key: publicJwk as never, format: 'jwk' }),
    publicJwk,
    privateJwk,
  };
}

function signingInput(header: Record<string, unknown>, payload: Uint8Array): { head: string; input: Buffer } {
  const head = b64url(JSON.stringify(header));
  return { head, input: Buffer.from(`${head}.${b64url(payload)}`) };
}

function es256(key: KeyObject, input: Buffer): string {
  // JWS wants the raw r‖s form, not DER.
  return b64url(sign('sha256', input, { key, dsaEncoding: 'ieee-p1363' }));
}

/** A compact JWS (ES256) over a JSON payload: a JWT. Synchronous, so `mock.consent()` can be too. */
export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const payload = Buffer.from(JSON.stringify(claims));
  const { head, input } = signingInput({ alg: 'ES256', typ: 'JWT', kid: key.kid }, payload);
  return `${head}.${b64url(payload)}.${es256(key.privateKey, input)}`;
}

/**
 * `X-Payload-Signature`: a detached JWS (RFC 7515 appendix F) over the exact body bytes:
 * `BASE64URL(header)..BASE64URL(signature)`.
 */
export function signDetached(key: SigningKey, body: Uint8Array): string {
  const { head, input } = signingInput({ alg: 'ES256', kid: key.kid }, body);
  return `${head}..${es256(key.privateKey, input)}`;
}

/** A detached JWS that names the right key but does not verify: for the `bad-signature` fault. */
export function signDetachedBadly(key: SigningKey, body: Uint8Array): string {
  const tampered = Buffer.concat([Buffer.from(body), Buffer.from(' ')]);
  return signDetached(key, tampered);
}
