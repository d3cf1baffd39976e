/**
 * The contribution history answer (`QuaTrinhThamGia`) as a domain value.
 * @module
 */
import { isValidTaxCode } from '@onceonly/vn';
import { SALARY_BANDS } from './codes.js';
import { contributionMonthsBetween, monthNumber, monthOf } from './contribution-months.js';
import type { ContributionHistory, ContributionPeriod, Provenance, SalaryBand } from './domain.js';
import { clean, dataDayOf, keysOf, mappingError, wireMonth } from './read-wire.js';
import type { QuaTrinhDong, QuaTrinhThamGia } from './wire.js';

function salaryBandOf(code: string): SalaryBand {
  const band = Object.hasOwn(SALARY_BANDS, code)
    ? (SALARY_BANDS[code as keyof typeof SALARY_BANDS] as { min: number; max?: number })
    : undefined;
  return { code, min: band?.min, max: band?.max };
}

function toPeriod(wire: QuaTrinhDong, asOfMonth: string): ContributionPeriod {
  const taxCode = clean(wire.DonViSuDungLaoDong?.MaSoThue);
  if (!isValidTaxCode(taxCode)) {
    throw mappingError(
      'A contribution period names no valid employer tax code (DonViSuDungLaoDong/MaSoThue).',
    );
  }
  const from = wireMonth(wire.TuThang, 'TuThang');
  if (from === undefined) throw mappingError('A contribution period has no first month (TuThang).');
  const to = wireMonth(wire.DenThang, 'DenThang');
  const last = to ?? asOfMonth;
  if (monthNumber(last) < monthNumber(from)) {
    throw mappingError('A contribution period ends (DenThang) before it starts (TuThang).');
  }
  const period: ContributionPeriod = {
    // An enterprise's name keeps its registered casing: only spaces and Unicode form are tidied.
    employer: {
      taxCode,
      name: clean(wire.DonViSuDungLaoDong?.TenDonVi).normalize('NFC').replace(/\s+/gu, ' '),
    },
    from,
    months: monthNumber(last) - monthNumber(from) + 1,
    salaryBand: salaryBandOf(clean(wire.MucLuong)),
  };
  if (to !== undefined) period.to = to;
  return period;
}

/**
 * The contribution periods, earliest first, with the months contributed in all and in the 24 months up
 * to the data month (`ThoiDiemDuLieu`). An answer without `MaSoBHXH` is a `NotFoundError`; a person
 * who never contributed has an empty list.
 *
 * @example
 * ```ts
 * const history = toContributionHistory(wire, provenance);
 * history.monthsInLast24 >= 12; // enough for unemployment benefit
 * ```
 */
export function toContributionHistory(wire: QuaTrinhThamGia, provenance: Provenance): ContributionHistory {
  const keys = keysOf(wire);
  const asOfMonth = dataDayOf(wire.ThoiDiemDuLieu, provenance).slice(0, 7);
  const periods = (wire.QuaTrinhDong ?? [])
    .map((period) => toPeriod(period, asOfMonth))
    .sort((a, b) => monthNumber(a.from) - monthNumber(b.from));
  return {
    ...keys,
    periods,
    totalMonths: contributionMonthsBetween(periods, '0000-01', asOfMonth),
    monthsInLast24: contributionMonthsBetween(periods, monthOf(monthNumber(asOfMonth) - 23), asOfMonth),
    asOfMonth,
    provenance,
  };
}
