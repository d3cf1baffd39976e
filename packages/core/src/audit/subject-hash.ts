/**
 * The subject of an audit record, as a keyed hash: records about the same citizen can be correlated by
 * whoever holds the key, and the personal id never appears in an audit file.
 */
import { createHmac, createSecretKey } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { InputError } from '../errors/onceonly-error.js';

/** Minimum length of the subject HMAC key, in bytes (the output size of SHA-256). */
export const MIN_SUBJECT_KEY_BYTES = 32;

const HASH_HEX = /^[0-9a-f]{64}$/;

/**
 * HMAC-SHA-256 of a subject (a personal id, a tax code, ...), hex. The subject is trimmed first, so
 * `' 001234567890'` and `'001234567890'` give the same hash. The key must be at least 32 bytes.
 *
 * This is what goes into `AuditRecord.subject`.
 *
 * @example
 * record.subject = hashSubject(options.audit.subjectKey, query.personalId);
 * @throws InputError `INVALID_CONFIG` when the key is shorter than 32 bytes.
 */
export function hashSubject(key: string | Uint8Array, subject: string): string {
  assertSubjectKey(key);
  return createHmac('sha256', key).update(String(subject).trim(), 'utf8').digest('hex');
}

/** How many recent subjects a hasher remembers, and for how long (see {@link subjectHasher}). */
const RECENT_SUBJECTS = 1_024;
const RECENT_TTL_MS = 5 * 60_000;

/**
 * `hashSubject` with the key checked and imported once: the gateway hashes the subject and the acting
 * user on every call. The hashes of the last 1,024 values (for 5 minutes at most) are kept: the calls
 * of one dossier are about the same citizen, and each HMAC costs more than the rest of the audit step.
 * They are held in this process only, beside the key that could recompute them.
 * @throws InputError `INVALID_CONFIG` when the key is shorter than 32 bytes.
 */
export function subjectHasher(key: string | Uint8Array): (subject: string) => string {
  assertSubjectKey(key);
  const secret = createSecretKey(typeof key === 'string' ? Buffer.from(key, 'utf8') : key);
  const recent = new LRUCache<string, string>({ max: RECENT_SUBJECTS, ttl: RECENT_TTL_MS });
  return (subject) => {
    const value = String(subject).trim();
    let hashed = recent.get(value);
    if (hashed === undefined) {
      hashed = createHmac('sha256', secret).update(value, 'utf8').digest('hex');
      recent.set(value, hashed);
    }
    return hashed;
  };
}

/** True for a string shaped like the output of {@link hashSubject} (64 lowercase hex digits). */
export function isSubjectHash(value: unknown): value is string {
  return typeof value === 'string' && HASH_HEX.test(value);
}

/**
 * Checks the subject key: a string (UTF-8) or bytes, at least 32 bytes long.
 * @throws InputError `INVALID_CONFIG`
 */
export function assertSubjectKey(key: unknown): asserts key is string | Uint8Array {
  const bytes =
    typeof key === 'string'
      ? Buffer.byteLength(key, 'utf8')
      : key instanceof Uint8Array
        ? key.byteLength
        : -1;
  if (bytes < MIN_SUBJECT_KEY_BYTES) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message:
        bytes < 0
          ? 'audit.subjectKey must be a string or a Uint8Array of at least 32 bytes.'
          : `audit.subjectKey is ${bytes} bytes; use a secret of at least ${MIN_SUBJECT_KEY_BYTES} bytes ` +
            `(e.g. crypto.randomBytes(32)), kept stable so records can be correlated.`,
      fields: ['/audit/subjectKey'],
    });
  }
}
