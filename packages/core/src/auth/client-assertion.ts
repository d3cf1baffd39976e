import { createPrivateKey, type KeyObject, randomUUID } from 'node:crypto';
import { importJWK, importPKCS8, type JWK, SignJWT } from 'jose';
import { InputError } from '../errors/onceonly-error.js';
import type { PrivateKeyJwtAuth } from './types.js';

type AssertionAlgorithm = NonNullable<PrivateKeyJwtAuth['algorithm']>;

/** Signs the client assertions of `private_key_jwt` (RFC 7523 §2.2). */
export interface AssertionSigner {
  readonly algorithm: AssertionAlgorithm;
  /** A new assertion, valid 60 s from `nowMs`, with a fresh `jti`. */
  sign(nowMs: number): Promise<string>;
}

const ASSERTION_LIFETIME_SEC = 60;

/**
 * Checks the private key now (presence, format, type, algorithm fit) so that a bad key fails at
 * `createGateway` rather than on the first call, and starts importing it with jose.
 * Throws `InputError` (`INVALID_CONFIG`); messages never quote the key.
 */
export function createAssertionSigner(options: PrivateKeyJwtAuth, audience: string): AssertionSigner {
  const { privateKey } = options;
  const keyObject = parsePrivateKey(privateKey);
  const algorithm = options.algorithm ?? defaultAlgorithm(keyObject);
  if (!fits(keyObject, algorithm)) {
    throw invalid(
      `auth.algorithm ${algorithm} does not fit the private key (its type, curve, or an RSA size under 2048 bits)`,
      'auth.algorithm',
    );
  }
  const imported = (
    typeof privateKey === 'string'
      ? importPKCS8(privateKey, algorithm)
      : importJWK(privateKey as JWK, algorithm)
  ).catch(() => {
    throw invalid('auth.privateKey could not be imported for signing', 'auth.privateKey');
  });
  imported.catch(() => {}); // surfaced by sign(); not an unhandled rejection before the first call

  return {
    algorithm,
    async sign(nowMs) {
      const key = await imported;
      const iat = Math.floor(nowMs / 1000);
      return new SignJWT({})
        .setProtectedHeader(
          options.keyId === undefined
            ? { alg: algorithm, typ: 'JWT' }
            : { alg: algorithm, typ: 'JWT', kid: options.keyId },
        )
        .setIssuer(options.clientId)
        .setSubject(options.clientId)
        .setAudience(audience)
        .setJti(randomUUID())
        .setIssuedAt(iat)
        .setExpirationTime(iat + ASSERTION_LIFETIME_SEC)
        .sign(key);
    },
  };
}

function parsePrivateKey(privateKey: unknown): KeyObject {
  if (typeof privateKey === 'string') {
    if (!privateKey.includes('-----BEGIN PRIVATE KEY-----')) {
      throw invalid(
        'auth.privateKey must be an unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"); convert with `openssl pkcs8 -topk8 -nocrypt`',
        'auth.privateKey',
      );
    }
    try {
      return createPrivateKey(privateKey);
    } catch {
      throw invalid('auth.privateKey is not a readable PKCS#8 private key', 'auth.privateKey');
    }
  }
  if (typeof privateKey === 'object' && privateKey !== null && typeof (privateKey as JWK).d === 'string') {
    try {
      return createPrivateKey({ key: privateKey as JWK & { kty: string }, format: 'jwk' });
    } catch {
      throw invalid('auth.privateKey is not a usable private JWK', 'auth.privateKey');
    }
  }
  throw invalid(
    'auth.privateKey is required: a PKCS#8 PEM string or a private JWK (with "d")',
    'auth.privateKey',
  );
}

function defaultAlgorithm(key: KeyObject): AssertionAlgorithm {
  const curve = key.asymmetricKeyDetails?.namedCurve;
  switch (key.asymmetricKeyType) {
    case 'ec':
      if (curve === 'prime256v1') return 'ES256';
      if (curve === 'secp384r1') return 'ES384';
      break;
    case 'rsa':
      return 'RS256';
    case 'rsa-pss':
      return 'PS256';
    case 'ed25519':
      return 'EdDSA';
  }
  throw invalid(
    'auth.privateKey has an unsupported type: use EC P-256, EC P-384, RSA (2048+) or Ed25519',
    'auth.privateKey',
  );
}

function fits(key: KeyObject, algorithm: string): boolean {
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails;
  const rsaOk = (details?.modulusLength ?? 0) >= 2048;
  switch (algorithm) {
    case 'ES256':
      return type === 'ec' && details?.namedCurve === 'prime256v1';
    case 'ES384':
      return type === 'ec' && details?.namedCurve === 'secp384r1';
    case 'RS256':
      return type === 'rsa' && rsaOk;
    case 'PS256':
      return (type === 'rsa' || type === 'rsa-pss') && rsaOk;
    case 'EdDSA':
      return type === 'ed25519';
    default:
      return false;
  }
}

function invalid(message: string, field: string): InputError {
  return new InputError({ code: 'INVALID_CONFIG', message: `${message}.`, fields: [field] });
}
