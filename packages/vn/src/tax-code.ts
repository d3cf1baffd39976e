import { hasWhitespace, isAsciiDigits } from './ascii-digits.js';
import { type PersonalIdOptions, parsePersonalId } from './personal-id.js';
import { fail, ok, type VnResult } from './reasons.js';

/**
 * The three forms of a tax code (mã số thuế, MST):
 * - `enterprise`: 10 digits with a check digit. Enterprises, organisations, household businesses, and
 *   individuals registered before mid-2025 all have codes of this form;
 * - `branch`: a 10-digit code, a dash, and a 3-digit branch (dependent unit) number;
 * - `individual`: since mid-2025, an individual's tax code is their 12-digit personal identification number.
 */
export type TaxCodeKind = 'enterprise' | 'branch' | 'individual';

/**
 * A parsed tax code.
 *
 * @example
 * ```ts
 * parseTaxCode('0100109106001').value;
 * // { kind: 'branch', code: '0100109106-001', base: '0100109106', branch: '001' }
 * ```
 */
export interface ParsedTaxCode {
  readonly kind: TaxCodeKind;
  /** Canonical form: 10 digits, `XXXXXXXXXX-NNN` for a branch, or the 12-digit personal id. */
  readonly code: string;
  /** The 10-digit code (the parent's, for a branch), or the 12-digit personal id. */
  readonly base: string;
  /** The 3-digit branch number, for a branch. */
  readonly branch?: string;
}

/** Reasons {@link parseTaxCode} can refuse a code. */
export type TaxCodeReason =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'WHITESPACE'
  | 'NON_DIGIT'
  | 'FORMAT'
  | 'LENGTH'
  | 'CHECK_DIGIT'
  | 'ZERO_SERIAL'
  | 'INVALID_BRANCH'
  | 'UNKNOWN_PROVINCE'
  | 'FUTURE_BIRTH_YEAR';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * The check digit of a tax code from its first nine ASCII digits, or `undefined` when the sum gives 10
 * (no valid code has these nine digits) or the input is not nine ASCII digits.
 * `d10 = 10 − (Σ wᵢdᵢ mod 11)` with weights 31, 29, 23, 19, 17, 13, 7, 5, 3.
 *
 * @example
 * ```ts
 * taxCodeCheckDigit('010010910'); // 6
 * ```
 */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  if (typeof firstNine !== 'string' || firstNine.length !== 9 || !isAsciiDigits(firstNine)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += WEIGHTS[i]! * Number(firstNine[i]);
  const digit = 10 - (sum % 11);
  return digit === 10 ? undefined : digit;
}

function checkBase(base: string): 'CHECK_DIGIT' | 'ZERO_SERIAL' | undefined {
  if (/^.{2}0{7}/.test(base)) return 'ZERO_SERIAL';
  return taxCodeCheckDigit(base.slice(0, 9)) === Number(base[9]) ? undefined : 'CHECK_DIGIT';
}

/**
 * Parses a tax code: 10 digits (check digit verified), a 13-digit branch code written
 * `XXXXXXXXXX-NNN` or without the dash, or a 12-digit personal identification number (checked with
 * {@link parsePersonalId}). Only ASCII digits and, for a branch, one ASCII `-` after the 10th digit.
 *
 * Refused (reason codes): `NOT_A_STRING`, `EMPTY`, `WHITESPACE`, `NON_DIGIT`, `FORMAT` (a misplaced or
 * repeated dash), `LENGTH` (not 10, 12 or 13 digits), `CHECK_DIGIT`, `ZERO_SERIAL` (digits 3–9 all
 * zero), `INVALID_BRANCH` (branch `000`); for 12 digits, `UNKNOWN_PROVINCE` or `FUTURE_BIRTH_YEAR`.
 *
 * @example
 * ```ts
 * parseTaxCode('0100109106'); // ok: { kind: 'enterprise', code: '0100109106', base: '0100109106' }
 * parseTaxCode('0300588569-001'); // ok: kind 'branch', branch '001'
 * parseTaxCode('0100109107'); // { ok: false, reason: 'CHECK_DIGIT', … }
 * ```
 */
export function parseTaxCode(
  code: string,
  options: PersonalIdOptions = {},
): VnResult<ParsedTaxCode, TaxCodeReason> {
  if (typeof code !== 'string') return fail('NOT_A_STRING');
  if (code.length === 0) return fail('EMPTY');
  if (hasWhitespace(code)) return fail('WHITESPACE');
  if (!/^[0-9-]+$/.test(code)) return fail('NON_DIGIT');
  let digits = code;
  if (code.includes('-')) {
    if (!/^[0-9]{10}-[0-9]{3}$/.test(code)) return fail('FORMAT');
    digits = code.replace('-', '');
  }
  if (digits.length === 12) {
    const personal = parsePersonalId(digits, options);
    if (!personal.ok) return fail(personal.reason);
    return ok({ kind: 'individual', code: digits, base: digits });
  }
  if (digits.length !== 10 && digits.length !== 13) return fail('LENGTH');
  const base = digits.slice(0, 10);
  const reason = checkBase(base);
  if (reason) return fail(reason);
  if (digits.length === 10) return ok({ kind: 'enterprise', code: base, base });
  const branch = digits.slice(10);
  if (branch === '000') return fail('INVALID_BRANCH');
  return ok({ kind: 'branch', code: `${base}-${branch}`, base, branch });
}

/**
 * `true` when {@link parseTaxCode} accepts `code`.
 *
 * @example
 * ```ts
 * isValidTaxCode('0100109106'); // true
 * isValidTaxCode('0300588569-001'); // true
 * isValidTaxCode('0100109107'); // false
 * ```
 */
export function isValidTaxCode(code: string, options: PersonalIdOptions = {}): boolean {
  return parseTaxCode(code, options).ok;
}
