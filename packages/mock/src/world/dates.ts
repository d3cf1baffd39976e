import type { Ymd } from './model.js';

/**
 * Date arithmetic for the world, in whole UTC days so that nothing depends on the host's time zone.
 * @module
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a date. */
export function toDayNumber(date: Ymd): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** The date of a day number. */
export function fromDayNumber(days: number): Ymd {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `date` moved by whole years (29 February becomes 28 February in a common year). */
export function addYears(date: Ymd, years: number): Ymd {
  const year = date.year + years;
  const last = new Date(Date.UTC(year, date.month, 0)).getUTCDate();
  return { year, month: date.month, day: Math.min(date.day, last) };
}

/** Age in completed years on `on`. */
export function ageOn(birth: Ymd, on: Ymd): number {
  const birthdayPassed = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (birthdayPassed ? 0 : 1);
}

/** `yyyy-mm-dd`. */
export function isoDate(date: Ymd): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}
