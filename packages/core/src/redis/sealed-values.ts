import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { InputError, OnceOnlyError } from '../errors/onceonly-error.js';

/** Encrypts values and hashes key names for a shared store, with keys derived from one secret. */
export interface Sealer {
  /** HMAC-SHA-256 of `name` (base64url): what the store sees instead of a name holding a personal id. */
  hashName(name: string): string;
  /** AES-256-GCM, bound to `key` (a value moved to another key does not open). */
  seal(plaintext: string, key: string): string;
  /** The plaintext; `CACHE_STORE_ERROR` when the value was altered or sealed with another secret. */
  open(sealed: string, key: string): string;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = Buffer.from('onceonly/redis');

/**
 * Derives an encryption key and a hashing key (HKDF-SHA-256) from `secret`, at least 32 bytes (e.g.
 * `openssl rand -base64 32`, kept in the portal's secret store). Changing the secret empties the store
 * in effect: old keys are not found, old values do not open.
 */
export function createSealer(secret: string | Uint8Array, option: string): Sealer {
  const material = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (material.length < 32) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `${option}.secret must be at least 32 bytes (e.g. openssl rand -base64 32), from the portal's secret store.`,
      fields: [`${option}.secret`],
    });
  }
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', material, SALT, info, 32));
  const encryptionKey = derive('onceonly redis value encryption v1');
  const hashingKey = derive('onceonly redis key hashing v1');
  return {
    hashName: (name) => createHmac('sha256', hashingKey).update(name).digest('base64url'),
    seal(plaintext, key) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv).setAAD(Buffer.from(key));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed, key) {
      const bytes = Buffer.from(sealed, 'base64');
      if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) throw unreadable();
      const iv = bytes.subarray(1, 1 + IV_BYTES);
      const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      try {
        const decipher = createDecipheriv('aes-256-gcm', encryptionKey, iv).setAAD(Buffer.from(key));
        decipher.setAuthTag(tag);
        const body = bytes.subarray(1 + IV_BYTES + TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw unreadable();
      }
    },
  };
}

function unreadable(): OnceOnlyError {
  return new OnceOnlyError({
    code: 'CACHE_STORE_ERROR',
    message:
      'A value in the shared store does not decrypt with the configured secret (altered, or written with another secret); it was ignored.',
  });
}
