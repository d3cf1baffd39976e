/**
 * Working lives for the insurance stage: contribution periods at employers of the world, each inside
 * its employer's life (from the month after its founding to the month before its dissolution), never
 * after the person's death, and running (no end) only at an employer still in business.
 * @module
 */
import type { EmployerRef, Ymd } from './model.js';
import type { Random } from './random.js';
import type { RecordContributionPeriod } from './insurance-record.js';

/** A month as a number (year × 12 + month − 1). */
export const monthOfDate = (date: Ymd): number => date.year * 12 + date.month - 1;
/** `yyyy-mm` as a month number. */
const monthOfText = (text: string): number => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;

/**
 * Months contributed between two month numbers (both included). The world's periods never overlap
 * (each job starts after the last one ended), so spans add up; a running period counts up to `last`.
 */
export function monthsWithin(
  periods: readonly RecordContributionPeriod[],
  first: number,
  last: number,
): number {
  let months = 0;
  for (const period of periods) {
    const from = Math.max(monthOfText(period.tuThang), first);
    const to = Math.min(period.denThang === undefined ? last : monthOfText(period.denThang), last);
    if (to >= from) months += to - from + 1;
  }
  return months;
}

/** A month number as `yyyy-mm`. */
export const monthText = (month: number): string =>
  `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;

/** An employer with the months it can pay contributions for: after its founding month, before its dissolution month. */
export interface EmployerLife {
  employer: EmployerRef;
  first: number;
  last: number;
}

/** Each employer's life in months, computed once per world. */
export function employerLives(employers: readonly EmployerRef[]): EmployerLife[] {
  return employers.map((employer) => ({
    employer,
    first: monthOfDate(employer.founded) + 1,
    last: employer.dissolved === undefined ? Number.POSITIVE_INFINITY : monthOfDate(employer.dissolved) - 1,
  }));
}

/** Employers able to pay for `month`. */
function employersAt(lives: readonly EmployerLife[], month: number): EmployerLife[] {
  return lives.filter((life) => life.first <= month && month <= life.last);
}

/** Salary band for an age: pay rises with years at work. */
function bandFor(random: Random, age: number): string {
  const base = age < 25 ? 1 : age < 35 ? 2 : age < 45 ? 3 : 3;
  return `0${Math.min(5, Math.max(1, base + random.int(-1, 1) + (random.chance(0.08) ? 1 : 0)))}`;
}

/** What one working life covers, as month numbers: from `start` to `last` (both included). */
export interface WorkSpan {
  start: number;
  last: number;
  /** The month of the world's date: a period reaching it, at a living employer, runs on. */
  current: number;
  birthYear: number;
}

/**
 * Periods from `span.start` to `span.last`: jobs of 4 to 96 months with gaps between, each at an
 * employer alive for every month of it. `maxJobs` bounds the draw (a short history is one job).
 */
export function drawPeriods(
  random: Random,
  lives: readonly EmployerLife[],
  span: WorkSpan,
  maxJobs = 8,
): RecordContributionPeriod[] {
  const periods: RecordContributionPeriod[] = [];
  let cursor = span.start;
  while (cursor <= span.last && periods.length < maxJobs) {
    const open = employersAt(lives, cursor);
    if (open.length === 0) {
      // Nobody to work for yet (or any more): move to the next founding, if there is one.
      const next = Math.min(...lives.filter((life) => life.first > cursor).map((life) => life.first));
      if (!Number.isFinite(next)) break;
      cursor = next;
      continue;
    }
    const life = random.pick(open);
    const employer = life.employer;
    const end = Math.min(cursor + random.int(4, 96) - 1, life.last, span.last);
    // Reaching the world's month at an employer still in business: the current job, still running.
    const running = end >= span.current && life.last === Number.POSITIVE_INFINITY;
    periods.push({
      maSoThue: employer.taxCode,
      tenDonVi: employer.name,
      tuThang: monthText(cursor),
      ...(running ? {} : { denThang: monthText(end) }),
      mucLuong: bandFor(random, Math.floor(cursor / 12) - span.birthYear),
    });
    cursor = end + 1 + (random.chance(0.35) ? random.int(1, 18) : 0);
  }
  return periods;
}

/**
 * One job that gives between 1 and 11 months in the 24 months up to `span.current`: a short history
 * (the case unemployment benefit refuses). `undefined` when no employer is open in the window.
 */
export function drawShortPeriod(
  random: Random,
  lives: readonly EmployerLife[],
  span: WorkSpan,
): RecordContributionPeriod | undefined {
  const windowStart = span.current - 23;
  const start = Math.max(windowStart, span.start, span.current - random.int(2, 18));
  const open = employersAt(lives, start);
  if (open.length === 0 || start > span.last) return undefined;
  const life = random.pick(open);
  const employer = life.employer;
  const end = Math.min(start + random.int(1, 11) - 1, life.last, span.last, span.current - 1);
  if (end < start) return undefined;
  return {
    maSoThue: employer.taxCode,
    tenDonVi: employer.name,
    tuThang: monthText(start),
    denThang: monthText(end),
    mucLuong: bandFor(random, Math.floor(start / 12) - span.birthYear),
  };
}
