/**
 * Month arithmetic for contribution periods: months are `yyyy-mm`, counted as whole calendar months,
 * both ends included, and a month paid by two employers counts once (what the benefit rules count).
 * @module
 */

/** `yyyy-mm` → a month number (year × 12 + month − 1). */
export function monthNumber(month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return year * 12 + m - 1;
}

/** A month number → `yyyy-mm`. */
export function monthOf(number: number): string {
  const year = Math.floor(number / 12);
  return `${String(year).padStart(4, '0')}-${String((number % 12) + 1).padStart(2, '0')}`;
}

/** A period's months: `from` to `to`, or to `openUntil` while it runs. */
interface MonthSpan {
  from: string;
  to?: string | undefined;
}

/**
 * How many distinct months the periods cover between `first` and `last` (both `yyyy-mm`, included).
 * A running period (no `to`) counts up to `last`.
 *
 * @example
 * ```ts
 * contributionMonthsBetween([{ from: '2024-03', to: '2024-12' }, { from: '2025-06' }], '2024-02', '2026-01'); // 18
 * ```
 */
export function contributionMonthsBetween(
  periods: readonly MonthSpan[],
  first: string,
  last: string,
): number {
  const start = monthNumber(first);
  const end = monthNumber(last);
  const covered = new Set<number>();
  for (const period of periods) {
    const from = Math.max(monthNumber(period.from), start);
    const to = Math.min(period.to === undefined ? end : monthNumber(period.to), end);
    for (let m = from; m <= to; m++) covered.add(m);
  }
  return covered.size;
}
