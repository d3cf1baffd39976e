/**
 * Masking of secrets and identity numbers inside free text (log messages, error messages, span
 * attributes), where there is no key to tell us what a value is.
 */

/** What replaces a secret or a piece of personal data. */
export const REDACTED = '[REDACTED]';

// One pass, three shapes:
// - `Bearer <token>`: an Authorization header value pasted into a message;
// - a JWT / JWS / JWE: compact serialisation, header starting with `eyJ` (base64url of `{"`), payload
//   possibly empty (detached JWS, as in X-Payload-Signature); or three long base64url segments (only
//   from a token boundary, which keeps the scan linear on long base64 blobs);
// - a run of 9 or more digits: old (9) and new (12) identity numbers, and also 10-digit phone,
//   insurance and tax codes. Runs longer than 12 are masked too, so an id glued to other digits
//   cannot slip through.
const SECRET_TEXT =
  /\b[Bb][Ee][Aa][Rr][Ee][Rr]\s+[^\s,;"'<>]+|eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*|(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|\d{9,}/g;

// The shortest string that can hold any of the shapes above ("Bearer x" is 8 characters).
const MIN_SECRET_LENGTH = 8;

/**
 * Masks bearer tokens, JWTs and identity-number-like digit runs in a string.
 *
 * @example
 * maskString('lookup 001234567890 failed'); // 'lookup [REDACTED] failed'
 */
export function maskString(text: string): string {
  if (text.length < MIN_SECRET_LENGTH) return text;
  return text.replace(SECRET_TEXT, (match) => (/^bearer\s/i.test(match) ? `Bearer ${REDACTED}` : REDACTED));
}

// Letters, digits and `_ . -`, starting with a letter: what an error code or a type looks like.
const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9_.-]{0,80}$/;

/**
 * True when a value from outside reads as a code we may echo (`invalid_client`, `Server.ServerProxy.X`):
 * code-shaped, and with no run of 9 or more digits, which could be a personal id (`A001203012345`).
 * Names still pass this test: echo only codes you also know.
 *
 * @example
 * isCodeLike('invalid_client'); // true
 * isCodeLike('x001203012345');  // false
 */
export function isCodeLike(value: unknown): value is string {
  return typeof value === 'string' && CODE_SHAPE.test(value) && !/\d{9}/.test(value);
}
