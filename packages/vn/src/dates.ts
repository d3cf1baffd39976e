import { VnValidationError } from './errors.js';
import { fail, ok, type VnResult } from './reasons.js';

/**
 * A calendar date as civil records hold it: a full date, or only a month and year, or only a year.
 * A partial date stays partial: no day or month is ever made up.
 *
 * @example
 * ```ts
 * { precision: 'day', year: 2003, month: 5, day: 1 }
 * { precision: 'month', year: 2003, month: 5 }
 * { precision: 'year', year: 1950 }
 * ```
 */
export type VnDate =
  | { readonly precision: 'day'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'year'; readonly year: number };

/** How {@link formatDate} writes a date: Vietnamese `dd/mm/yyyy` or ISO 8601 `yyyy-mm-dd`. */
export type DateFormat = 'dd/mm/yyyy' | 'iso';

/** Reasons {@link parseDate} can refuse a date. */
export type DateReason = 'NOT_A_STRING' | 'EMPTY' | 'WHITESPACE' | 'FORMAT' | 'INVALID_DATE';

/** Day-first: dd/mm/yyyy, mm/yyyy (1- or 2-digit day and month; `/`, `-` or `.`, the same throughout). */
const DAY_FIRST = /^(?:([0-9]{1,2})([/.-]))?([0-9]{1,2})([/.-])([0-9]{4})$/;
/** ISO 8601 calendar date, reduced precision allowed: yyyy-mm-dd, yyyy-mm, yyyy. */
const ISO = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in `month` (1–12) of `year`, in the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds a VnDate from numbers where 0 means "not known", or explains why it cannot exist. */
function build(year: number, month: number, day: number): VnResult<VnDate, DateReason> {
  if (year < 1 || month > 12 || (month === 0 && day !== 0)) return fail('INVALID_DATE');
  if (month === 0) return ok({ precision: 'year', year });
  if (day === 0) return ok({ precision: 'month', year, month });
  if (day > daysInMonth(year, month)) return fail('INVALID_DATE');
  return ok({ precision: 'day', year, month, day });
}

/**
 * Parses a date as Vietnamese records write it, keeping its precision:
 * - `dd/mm/yyyy` (also `d/m/yyyy`, and with `-` or `.` instead of `/`): a full date;
 * - `mm/yyyy`: month and year; `yyyy`: year only;
 * - ISO 8601: `yyyy-mm-dd`, `yyyy-mm`, `yyyy`;
 * - `00` for an unknown day or month, as old records write it: `00/05/1950` is May 1950,
 *   `00/00/1950` and `1950-00-00` are 1950.
 *
 * The date must exist (29/02 only in leap years). Years are four digits, 0001–9999. No surrounding
 * spaces, no time part.
 *
 * Refused (reason codes): `NOT_A_STRING`, `EMPTY`, `WHITESPACE`, `FORMAT`, `INVALID_DATE`.
 *
 * @example
 * ```ts
 * parseDate('29/02/2024'); // ok: { precision: 'day', year: 2024, month: 2, day: 29 }
 * parseDate('05/2003'); // ok: { precision: 'month', year: 2003, month: 5 }
 * parseDate('1950'); // ok: { precision: 'year', year: 1950 }
 * parseDate('29/02/2023'); // { ok: false, reason: 'INVALID_DATE', … }
 * ```
 */
export function parseDate(text: string): VnResult<VnDate, DateReason> {
  if (typeof text !== 'string') return fail('NOT_A_STRING');
  if (text.length === 0) return fail('EMPTY');
  if (/\s/u.test(text)) return fail('WHITESPACE');
  const iso = ISO.exec(text);
  if (iso) return build(Number(iso[1]), Number(iso[2] ?? 0), Number(iso[3] ?? 0));
  const vn = DAY_FIRST.exec(text);
  if (vn && (vn[2] === undefined || vn[2] === vn[4])) {
    return build(Number(vn[5]), Number(vn[3]), Number(vn[1] ?? 0));
  }
  return fail('FORMAT');
}

/**
 * `true` when `value` is a {@link VnDate} that exists in the calendar (integers, month 1–12, a day that
 * exists in that month, year 1–9999, and no field beyond its precision).
 *
 * @example
 * ```ts
 * isVnDate({ precision: 'month', year: 2003, month: 5 }); // true
 * isVnDate({ precision: 'day', year: 2023, month: 2, day: 29 }); // false
 * ```
 */
export function isVnDate(value: unknown): value is VnDate {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  const int = (n: unknown, min: number, max: number): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
  if (!int(d.year, 1, 9999)) return false;
  switch (d.precision) {
    case 'year':
      return d.month === undefined && d.day === undefined;
    case 'month':
      return int(d.month, 1, 12) && d.day === undefined;
    case 'day':
      return int(d.month, 1, 12) && int(d.day, 1, daysInMonth(d.year, d.month));
    default:
      return false;
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Writes a {@link VnDate} with its own precision: a partial date prints partially.
 *
 * | precision | `'dd/mm/yyyy'` (default) | `'iso'` |
 * |---|---|---|
 * | day | `05/03/2003` | `2003-03-05` |
 * | month | `03/2003` | `2003-03` |
 * | year | `2003` | `2003` |
 *
 * @throws {VnValidationError} reason `INVALID_DATE` when `date` is not a valid {@link VnDate} (see
 * {@link isVnDate}). Dates from {@link parseDate} are always valid.
 *
 * @example
 * ```ts
 * formatDate({ precision: 'day', year: 2003, month: 3, day: 5 }); // '05/03/2003'
 * formatDate({ precision: 'month', year: 2003, month: 3 }, 'iso'); // '2003-03'
 * ```
 */
export function formatDate(date: VnDate, format: DateFormat = 'dd/mm/yyyy'): string {
  if (!isVnDate(date)) {
    throw new VnValidationError({ reason: 'INVALID_DATE', message: 'Not a valid VnDate.' });
  }
  const year = pad(date.year, 4);
  if (date.precision === 'year') return year;
  const month = pad(date.month, 2);
  if (date.precision === 'month') return format === 'iso' ? `${year}-${month}` : `${month}/${year}`;
  const day = pad(date.day, 2);
  return format === 'iso' ? `${year}-${month}-${day}` : `${day}/${month}/${year}`;
}
