import { fail, ok, type VnResult } from './reasons.js';

/**
 * The mobile network a prefix was allocated to. Since 2018 subscribers can keep their number when they
 * change network, so this is the original network of the prefix, not necessarily the current one.
 */
export type MobileCarrier =
  | 'viettel'
  | 'vinaphone'
  | 'mobifone'
  | 'vietnamobile'
  | 'gmobile'
  | 'itelecom'
  | 'wintel';

/**
 * A Vietnamese mobile number in its two canonical forms.
 *
 * @example
 * ```ts
 * { e164: '+84912345678', national: '0912345678', carrier: 'vinaphone' }
 * ```
 */
export interface ParsedPhoneNumber {
  /** International form, `+84` and nine digits. */
  readonly e164: string;
  /** National form, `0` and nine digits. */
  readonly national: string;
  /** Network the prefix was allocated to, when known (see {@link MobileCarrier}). */
  readonly carrier?: MobileCarrier;
}

/** Reasons {@link parsePhoneNumber} can refuse a number. */
export type PhoneReason =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'NON_DIGIT'
  | 'FORMAT'
  | 'COUNTRY_CODE'
  | 'LANDLINE'
  | 'UNKNOWN_PREFIX'
  | 'LENGTH';

/** Three-digit national prefixes by the network they were allocated to. */
const CARRIERS: Readonly<Record<string, MobileCarrier>> = {
  '032': 'viettel',
  '033': 'viettel',
  '034': 'viettel',
  '035': 'viettel',
  '036': 'viettel',
  '037': 'viettel',
  '038': 'viettel',
  '039': 'viettel',
  '086': 'viettel',
  '096': 'viettel',
  '097': 'viettel',
  '098': 'viettel',
  '081': 'vinaphone',
  '082': 'vinaphone',
  '083': 'vinaphone',
  '084': 'vinaphone',
  '085': 'vinaphone',
  '088': 'vinaphone',
  '091': 'vinaphone',
  '094': 'vinaphone',
  '070': 'mobifone',
  '076': 'mobifone',
  '077': 'mobifone',
  '078': 'mobifone',
  '079': 'mobifone',
  '089': 'mobifone',
  '090': 'mobifone',
  '093': 'mobifone',
  '052': 'vietnamobile',
  '056': 'vietnamobile',
  '058': 'vietnamobile',
  '092': 'vietnamobile',
  '059': 'gmobile',
  '099': 'gmobile',
  '087': 'itelecom',
  '055': 'wintel',
};

/**
 * Parses a Vietnamese mobile number written in the national form (`0912 345 678`) or with the country
 * code (`+84912345678`, `84912345678`, `0084…`). Spaces, dots, hyphens and parentheses between digits
 * are ignored; the digits must be ASCII. A mobile number has 10 digits in national form and starts
 * with 03, 05, 07, 08 or 09.
 *
 * Refused (reason codes): `NOT_A_STRING`, `EMPTY`, `NON_DIGIT` (letters, Unicode digits, other symbols),
 * `FORMAT` (a `+` that does not lead), `COUNTRY_CODE` (not +84), `LANDLINE` (02x), `UNKNOWN_PREFIX`
 * (any other prefix, e.g. 04x, 06x or the retired 11-digit 01x mobiles), `LENGTH`.
 *
 * @example
 * ```ts
 * parsePhoneNumber('0912 345 678');
 * // { ok: true, value: { e164: '+84912345678', national: '0912345678', carrier: 'vinaphone' } }
 * parsePhoneNumber('+84 912 345 678').ok; // true
 * parsePhoneNumber('024 3825 1234'); // { ok: false, reason: 'LANDLINE', … }
 * ```
 */
export function parsePhoneNumber(phone: string): VnResult<ParsedPhoneNumber, PhoneReason> {
  if (typeof phone !== 'string') return fail('NOT_A_STRING');
  const text = phone.trim();
  if (text.length === 0) return fail('EMPTY');
  if (!/^[0-9+\s().-]+$/u.test(text)) return fail('NON_DIGIT');
  if (text.lastIndexOf('+') > 0) return fail('FORMAT');
  let digits = text.replace(/[^0-9]/g, '');
  if (digits.length === 0) return fail('FORMAT');
  if (text.startsWith('+') || digits.startsWith('00')) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    if (!digits.startsWith('84')) return fail('COUNTRY_CODE');
    digits = digits.slice(2);
    // `+84 (0) 912 345 678`: the trunk 0 written after the country code.
    digits = digits.length === 10 && digits.startsWith('0') ? digits : `0${digits}`;
  } else if (digits.startsWith('84') && digits.length === 11) {
    digits = `0${digits.slice(2)}`;
  }
  if (!digits.startsWith('0')) return fail(digits.length === 9 ? 'FORMAT' : 'LENGTH');
  const kind = digits[1];
  if (kind === '2') return fail('LANDLINE');
  if (kind !== undefined && !'35789'.includes(kind)) return fail('UNKNOWN_PREFIX');
  if (digits.length !== 10) return fail('LENGTH');
  const carrier = CARRIERS[digits.slice(0, 3)];
  return ok({ e164: `+84${digits.slice(1)}`, national: digits, ...(carrier ? { carrier } : {}) });
}

/**
 * `true` when {@link parsePhoneNumber} accepts `phone`.
 *
 * @example
 * ```ts
 * isValidPhoneNumber('+84912345678'); // true
 * isValidPhoneNumber('02438251234'); // false (landline)
 * ```
 */
export function isValidPhoneNumber(phone: string): boolean {
  return parsePhoneNumber(phone).ok;
}
