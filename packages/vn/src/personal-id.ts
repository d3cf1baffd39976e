import { digitsReason } from './ascii-digits.js';
import { getOldProvince, getProvince, type OldProvince, type Province } from './provinces.js';
import { fail, ok, type VnResult } from './reasons.js';

/** Gender encoded in a personal identification number. */
export type Gender = 'male' | 'female';

/**
 * What a 12-digit personal identification number (mã định danh cá nhân / CCCD) says: `PPP G YY NNNNNN`.
 *
 * @example
 * ```ts
 * parsePersonalId('001203012345').value;
 * // { id: '001203012345', provinceCode: '001', birthProvince: { code: '01', name: 'Hà Nội', … },
 * //   province: { code: '01', name: 'Hà Nội', … }, gender: 'male', century: 2000, birthYear: 2003,
 * //   serial: '012345' }
 * ```
 */
export interface ParsedPersonalId {
  /** The number as given (12 ASCII digits). */
  readonly id: string;
  /** `PPP`: the three-digit code of the province where the birth was registered, e.g. `'001'`. */
  readonly provinceCode: string;
  /** That province, as it was before 2025-07-01 (the code minus its leading zero). Numbers never change. */
  readonly birthProvince: OldProvince;
  /** The 2025 province that `birthProvince` is now part of. */
  readonly province: Province;
  readonly gender: Gender;
  /** First year of the century of birth: 1800, 1900, 2000, 2100 or 2200. */
  readonly century: number;
  readonly birthYear: number;
  /** `NNNNNN`: the last six digits (random; there is no check digit). */
  readonly serial: string;
}

/** Reasons {@link parsePersonalId} can refuse a number. */
export type PersonalIdReason =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'WHITESPACE'
  | 'NON_DIGIT'
  | 'LENGTH'
  | 'UNKNOWN_PROVINCE'
  | 'FUTURE_BIRTH_YEAR';

/** Options of {@link parsePersonalId}. */
export interface PersonalIdOptions {
  /**
   * "Today", for the future-birth-year check. Default: `new Date()`. Pin it in tests.
   * @example { now: new Date('2026-11-23') }
   */
  now?: Date;
}

/** Century start by gender-and-century digit `G` (even = male, odd = female). */
const CENTURIES = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800] as const;

function currentYear(now: Date | undefined): number {
  const year = now instanceof Date ? now.getFullYear() : Number.NaN;
  return Number.isNaN(year) ? new Date().getFullYear() : year;
}

/**
 * Parses a 12-digit personal identification number (CCCD). The input must be exactly 12 ASCII digits:
 * no spaces (not even around it: trim first), no full-width or other Unicode digits.
 *
 * Refused (reason codes, checked in this order): `NOT_A_STRING`, `EMPTY`, `WHITESPACE`, `NON_DIGIT`,
 * `LENGTH`, `UNKNOWN_PROVINCE` (`PPP` is not `0` + a pre-2025 province code), `FUTURE_BIRTH_YEAR`
 * (birth year after the current year of `options.now`).
 *
 * @example
 * ```ts
 * const r = parsePersonalId('001203012345', { now: new Date('2026-11-23') });
 * if (r.ok) r.value.birthYear; // 2003
 * parsePersonalId('001230012345').ok; // false: reason 'FUTURE_BIRTH_YEAR' (2030)
 * ```
 */
export function parsePersonalId(
  id: string,
  options: PersonalIdOptions = {},
): VnResult<ParsedPersonalId, PersonalIdReason> {
  const reason = digitsReason(id, 12);
  if (reason) return fail(reason);
  const birthProvince = id.startsWith('0') ? getOldProvince(id.slice(1, 3)) : undefined;
  if (!birthProvince) return fail('UNKNOWN_PROVINCE');
  const genderDigit = Number(id[3]);
  const century = CENTURIES[genderDigit]!;
  const birthYear = century + Number(id.slice(4, 6));
  if (birthYear > currentYear(options?.now)) return fail('FUTURE_BIRTH_YEAR');
  return ok({
    id,
    provinceCode: id.slice(0, 3),
    birthProvince,
    province: getProvince(birthProvince.newCode)!,
    gender: genderDigit % 2 === 0 ? 'male' : 'female',
    century,
    birthYear,
    serial: id.slice(6),
  });
}

/**
 * `true` when {@link parsePersonalId} accepts `id`.
 *
 * @example
 * ```ts
 * isValidPersonalId('001203012345'); // true
 * isValidPersonalId('００１２０３０１２３４５'); // false (full-width digits)
 * ```
 */
export function isValidPersonalId(id: string, options: PersonalIdOptions = {}): boolean {
  return parsePersonalId(id, options).ok;
}
