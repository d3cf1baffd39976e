import { digitsReason } from './ascii-digits.js';
import { fail, ok, type VnResult } from './reasons.js';

/** Reasons {@link parseInsuranceCode} can refuse a code. */
export type InsuranceCodeReason = 'NOT_A_STRING' | 'EMPTY' | 'WHITESPACE' | 'NON_DIGIT' | 'LENGTH';

/**
 * Checks a social insurance code (mã số bảo hiểm xã hội): exactly 10 ASCII digits, no spaces. It has no
 * published check digit. Returns the code.
 *
 * Refused (reason codes): `NOT_A_STRING`, `EMPTY`, `WHITESPACE`, `NON_DIGIT`, `LENGTH`.
 *
 * @example
 * ```ts
 * parseInsuranceCode('0123456789'); // { ok: true, value: '0123456789' }
 * ```
 */
export function parseInsuranceCode(code: string): VnResult<string, InsuranceCodeReason> {
  const reason = digitsReason(code, 10);
  return reason ? fail(reason) : ok(code);
}

/**
 * `true` for a 10-digit social insurance code.
 *
 * @example
 * ```ts
 * isValidInsuranceCode('0123456789'); // true
 * isValidInsuranceCode('012345678'); // false
 * ```
 */
export function isValidInsuranceCode(code: string): boolean {
  return parseInsuranceCode(code).ok;
}
