import { digitsReason } from './ascii-digits.js';
import { fail, ok, type VnResult } from './reasons.js';

/** Reasons {@link parseOldId} can refuse a number. */
export type OldIdReason = 'NOT_A_STRING' | 'EMPTY' | 'WHITESPACE' | 'NON_DIGIT' | 'LENGTH';

/**
 * Checks an old 9-digit identity card number (chứng minh nhân dân, CMND): exactly 9 ASCII digits, no
 * spaces. The number has no check digit, so this is all that can be checked. Returns the number.
 *
 * Refused (reason codes): `NOT_A_STRING`, `EMPTY`, `WHITESPACE`, `NON_DIGIT`, `LENGTH`.
 *
 * @example
 * ```ts
 * parseOldId('012345678'); // { ok: true, value: '012345678' }
 * parseOldId('01234567'); // { ok: false, reason: 'LENGTH', … }
 * ```
 */
export function parseOldId(id: string): VnResult<string, OldIdReason> {
  const reason = digitsReason(id, 9);
  return reason ? fail(reason) : ok(id);
}

/**
 * `true` for an old 9-digit identity card number (CMND).
 *
 * @example
 * ```ts
 * isValidOldId('012345678'); // true
 * isValidOldId('001203012345'); // false: that is a 12-digit personal id
 * ```
 */
export function isValidOldId(id: string): boolean {
  return parseOldId(id).ok;
}
