/**
 * The receipt of a prefill: an HMAC-signed JWT (jose, HS256) over the locked values, bound to the form
 * and the subject and with an expiry. It holds keyed digests, never the values or the personal id, so
 * it can travel through the browser.
 * @module
 */
import { createHash, createHmac, timingSafeEqual, webcrypto } from 'node:crypto';
import { InputError } from '@onceonly/core';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { SubmissionError } from '@onceonly/core';
import { isDefinedForm } from './define-form.js';
import type { FieldKind, Form } from './types.js';

/** A receipt key: a secret of at least 32 bytes, as a string (UTF-8) or bytes. */
export type ReceiptKey = string | Uint8Array;

/** What a receipt says, once verified. */
export interface ReceiptClaims {
  /** Digest of the form the values were filled for. */
  form: string;
  /** Keyed digest of the subject's personal id. */
  subject: string;
  /** Each locked field: its kind, and a keyed digest of its normalised value. */
  locked: Record<string, [FieldKind, string]>;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const TYPE = 'onceonly-prefill-receipt+jwt';

/** The key as bytes; a short or missing key is refused (a guessable key would let anyone forge). */
export function receiptKeyBytes(key: ReceiptKey | undefined, option: string): Uint8Array {
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  if (!(bytes instanceof Uint8Array) || bytes.byteLength < 32) {
    throw new InputError({
      code: 'INVALID_OPTION',
      message: `${option} must be a secret of at least 32 bytes (a string or a Uint8Array).`,
      fields: [option],
    });
  }
  return bytes;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

/** Digests of defineForm's forms, made once: they are deep-frozen, so a digest cannot go stale. */
const formDigests = new WeakMap<object, string>();

/** A digest of the whole form (sources, fields, documents): a receipt is valid for this form only. */
export function formDigest(form: Form): string {
  const known = formDigests.get(form);
  if (known !== undefined) return known;
  const digest = createHash('sha256')
    .update(JSON.stringify(canonical(form)))
    .digest('base64url');
  // Any other form may be changed in place between calls: its digest is made each time.
  if (isDefinedForm(form)) formDigests.set(form, digest);
  return digest;
}

/** The last receipt key imported for jose, found by a digest of its bytes (the secret is not kept). */
let imported: { fingerprint: Buffer; key: Promise<webcrypto.CryptoKey> } | undefined;

/**
 * The receipt key as an HMAC `CryptoKey`: jose imports raw bytes again on every sign or verify, which
 * costs about as much as the signature; a portal signs with one key, so the last one is kept.
 */
function hmacKey(bytes: Uint8Array): Promise<webcrypto.CryptoKey> {
  const fingerprint = createHash('sha256').update(bytes).digest();
  if (imported !== undefined && timingSafeEqual(imported.fingerprint, fingerprint)) return imported.key;
  const key = webcrypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  const entry = { fingerprint, key };
  imported = entry;
  key.catch(() => {
    if (imported === entry) imported = undefined; // a failed import is not kept
  });
  return key;
}

/** Keyed digest of one value (or of the subject's id), so the receipt discloses nothing. */
export function keyedDigest(key: Uint8Array, label: string, value: string): string {
  return createHmac('sha256', key).update(`${label}\u0000${value}`).digest('base64url');
}

/** Signs a receipt. */
export async function signReceipt(claims: ReceiptClaims, key: Uint8Array): Promise<string> {
  return new SignJWT({ frm: claims.form, sub: claims.subject, lck: claims.locked })
    .setProtectedHeader({ alg: 'HS256', typ: TYPE })
    .setExpirationTime(claims.exp)
    .sign(await hmacKey(key));
}

/** Verifies a receipt's signature and expiry; `RECEIPT_INVALID` or `RECEIPT_EXPIRED` otherwise. */
export async function readReceipt(receipt: unknown, key: Uint8Array, now: Date): Promise<ReceiptClaims> {
  if (typeof receipt !== 'string' || receipt.length > 64_000) {
    throw new SubmissionError({
      code: 'RECEIPT_INVALID',
      message: 'The prefill receipt is missing or not a receipt.',
    });
  }
  try {
    const { payload } = await jwtVerify(receipt, await hmacKey(key), {
      algorithms: ['HS256'],
      typ: TYPE,
      currentDate: now,
    });
    const { frm, sub, lck, exp } = payload as { frm?: unknown; sub?: unknown; lck?: unknown; exp?: unknown };
    if (typeof frm !== 'string' || typeof sub !== 'string' || typeof lck !== 'object' || lck === null) {
      throw new Error('claims');
    }
    return { form: frm, subject: sub, locked: lck as ReceiptClaims['locked'], exp: exp as number };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw new SubmissionError({
        code: 'RECEIPT_EXPIRED',
        message: 'The prefill receipt has expired: prefill the form again.',
      });
    }
    throw new SubmissionError({
      code: 'RECEIPT_INVALID',
      message: 'The prefill receipt is not valid: it was not signed with this key, or it was altered.',
    });
  }
}
