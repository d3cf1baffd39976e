/**
 * Every reason code a parser in this package can return. Codes are stable: match on them, never on
 * `message`, which may be reworded.
 *
 * @example
 * ```ts
 * import { parsePersonalId, type VnReason } from '@onceonly/vn';
 * const r = parsePersonalId('12345');
 * if (!r.ok) console.log(r.reason satisfies VnReason); // 'LENGTH'
 * ```
 */
export type VnReason =
  /** The input is not a string (or, for {@link resolveOldAddress}, not an object). */
  | 'NOT_A_STRING'
  | 'NOT_AN_OBJECT'
  /** The input is the empty string, or holds nothing to look up. */
  | 'EMPTY'
  /** The input contains whitespace (leading, trailing or inside) where none is allowed. Trim first. */
  | 'WHITESPACE'
  /** A character other than the ASCII digits 0-9 (full-width and other Unicode digits included). */
  | 'NON_DIGIT'
  /** Wrong number of digits. */
  | 'LENGTH'
  /** The characters are allowed but not in this arrangement (a misplaced dash, a bad date shape, …). */
  | 'FORMAT'
  /** A province code that does not exist. */
  | 'UNKNOWN_PROVINCE'
  /** The birth year encoded in a personal identification number is after the current year. */
  | 'FUTURE_BIRTH_YEAR'
  /** A tax code whose 10th digit is not the check digit (or whose check digit would be 10). */
  | 'CHECK_DIGIT'
  /** A tax code whose digits 3–9 are all zero. */
  | 'ZERO_SERIAL'
  /** A branch tax code whose branch number is `000`. */
  | 'INVALID_BRANCH'
  /** A day or month that does not exist (31/04, 29/02 in a common year, month 13, year 0000). */
  | 'INVALID_DATE'
  /** A Vietnamese landline number where a mobile number is required. */
  | 'LANDLINE'
  /** A number whose prefix is neither a mobile nor a landline prefix in use. */
  | 'UNKNOWN_PREFIX'
  /** A phone number with a country code other than +84. */
  | 'COUNTRY_CODE'
  /** An old district code that does not exist. */
  | 'UNKNOWN_DISTRICT'
  /** An old commune code that does not exist, and nothing else in the address to fall back on. */
  | 'UNKNOWN_WARD'
  /** Codes that contradict each other (a commune that is not in the given district or province). */
  | 'MISMATCH';

/** A successful parse. */
export interface VnOk<T> {
  readonly ok: true;
  readonly value: T;
}

/** A refused input: a stable reason code and an English message that never repeats the input. */
export interface VnErr<R extends VnReason> {
  readonly ok: false;
  readonly reason: R;
  readonly message: string;
}

/**
 * What every parser in this package returns: a value, or a typed reason. Parsers never throw.
 *
 * @example
 * ```ts
 * const r: VnResult<ParsedTaxCode, TaxCodeReason> = parseTaxCode('0100109106');
 * if (r.ok) r.value.kind; else r.reason;
 * ```
 */
export type VnResult<T, R extends VnReason> = VnOk<T> | VnErr<R>;

const MESSAGES: Record<VnReason, string> = {
  NOT_A_STRING: 'Expected a string.',
  NOT_AN_OBJECT: 'Expected an object.',
  EMPTY: 'The value is empty.',
  WHITESPACE: 'The value contains spaces; remove them before validating.',
  NON_DIGIT: 'The value contains a character other than the digits 0-9.',
  LENGTH: 'The value has the wrong number of digits.',
  FORMAT: 'The value is not in a recognised format.',
  UNKNOWN_PROVINCE: 'The province code does not exist.',
  FUTURE_BIRTH_YEAR: 'The encoded birth year is in the future.',
  CHECK_DIGIT: 'The check digit does not match.',
  ZERO_SERIAL: 'Digits 3 to 9 of a tax code cannot all be zero.',
  INVALID_BRANCH: 'The branch number must be between 001 and 999.',
  INVALID_DATE: 'The date does not exist in the calendar.',
  LANDLINE: 'This is a landline number, not a mobile number.',
  UNKNOWN_PREFIX: 'The number does not start with a Vietnamese mobile prefix (03, 05, 07, 08, 09).',
  COUNTRY_CODE: 'The number is not a Vietnamese (+84) number.',
  UNKNOWN_DISTRICT: 'The district code does not exist.',
  UNKNOWN_WARD: 'The commune (ward) code does not exist.',
  MISMATCH: 'The codes of the address contradict each other.',
};

/** @internal Builds a success. */
export function ok<T>(value: T): VnOk<T> {
  return { ok: true, value };
}

/** @internal Builds a refusal with the standard message for its reason. */
export function fail<R extends VnReason>(reason: R): VnErr<R> {
  return { ok: false, reason, message: MESSAGES[reason] };
}
