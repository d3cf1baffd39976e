import { NotFoundError, ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { contributionMonthsBetween } from './contribution-months.js';
import { history, SOURCE } from './fixtures/answers.js';
import { toContributionHistory } from './map-periods.js';

describe('toContributionHistory', () => {
  it('sorts the periods, reads employers and bands, and counts the months up to the data month', () => {
    const value = toContributionHistory(history, SOURCE);
    expect(value.periods).toEqual([
      {
        employer: { taxCode: '0100109106', name: 'Tập đoàn Công nghiệp - Viễn thông Quân đội' },
        from: '2018-01',
        to: '2023-12',
        months: 72,
        salaryBand: { code: '02', min: 5_000_000, max: 10_000_000 },
      },
      {
        employer: { taxCode: '0300588569', name: 'Công ty Cổ phần Sữa Việt Nam' },
        from: '2024-06',
        months: 20,
        salaryBand: { code: '03', min: 10_000_000, max: 20_000_000 },
      },
    ]);
    expect(value.asOfMonth).toBe('2026-01');
    expect(value.totalMonths).toBe(92);
    // 2024-02 .. 2026-01: nothing in 2024-02..05, then 2024-06..2026-01 running.
    expect(value.monthsInLast24).toBe(20);
    expect(value.provenance).toEqual(SOURCE);
  });

  it('gives an empty history for a participant who never contributed', () => {
    const { QuaTrinhDong: _, ...rest } = history;
    expect(toContributionHistory(rest, SOURCE)).toMatchObject({
      periods: [],
      totalMonths: 0,
      monthsInLast24: 0,
    });
  });

  it('takes the data month from retrievedAt when the answer does not say', () => {
    const { ThoiDiemDuLieu: _, ...rest } = history;
    const value = toContributionHistory(rest, { ...SOURCE, retrievedAt: '2025-06-30T10:00:00Z' });
    expect(value.asOfMonth).toBe('2025-06');
    expect(value.periods[1]!.months).toBe(13);
  });

  it('refuses a period without a valid employer tax code or with months the wrong way round', () => {
    const period = history.QuaTrinhDong![1]!;
    const badTax = {
      ...history,
      QuaTrinhDong: [{ ...period, DonViSuDungLaoDong: { MaSoThue: '0100109107' } }],
    };
    expect(() => toContributionHistory(badTax, SOURCE)).toThrow(/MaSoThue/);
    const reversed = { ...history, QuaTrinhDong: [{ ...period, TuThang: '202401', DenThang: '202312' }] };
    expect(() => toContributionHistory(reversed, SOURCE)).toThrow(ResponseError);
    const badMonth = { ...history, QuaTrinhDong: [{ ...period, TuThang: '201813' }] };
    expect(() => toContributionHistory(badMonth, SOURCE)).toThrow(/TuThang/);
    expect(() => toContributionHistory({ QuaTrinhDong: [] }, SOURCE)).toThrow(NotFoundError);
  });
});

describe('contributionMonthsBetween', () => {
  it('counts a month paid by two employers once, and clips to the window', () => {
    const periods = [
      { from: '2024-01', to: '2024-06' },
      { from: '2024-05', to: '2024-08' },
      { from: '2025-12' },
    ];
    expect(contributionMonthsBetween(periods, '2024-01', '2026-01')).toBe(10);
    expect(contributionMonthsBetween(periods, '2024-07', '2024-12')).toBe(2);
    expect(contributionMonthsBetween([], '2024-01', '2026-01')).toBe(0);
  });
});
