import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDate, isVnDate, parseDate, type VnDate } from './dates.js';
import { VnValidationError } from './errors.js';

describe('parseDate', () => {
  it.each<[string, VnDate]>([
    ['05/03/2003', { precision: 'day', year: 2003, month: 3, day: 5 }],
    ['5/3/2003', { precision: 'day', year: 2003, month: 3, day: 5 }],
    ['05-03-2003', { precision: 'day', year: 2003, month: 3, day: 5 }],
    ['05.03.2003', { precision: 'day', year: 2003, month: 3, day: 5 }],
    ['2003-03-05', { precision: 'day', year: 2003, month: 3, day: 5 }],
    ['29/02/2024', { precision: 'day', year: 2024, month: 2, day: 29 }],
    ['29/02/2000', { precision: 'day', year: 2000, month: 2, day: 29 }],
    ['05/2003', { precision: 'month', year: 2003, month: 5 }],
    ['5/2003', { precision: 'month', year: 2003, month: 5 }],
    ['2003-05', { precision: 'month', year: 2003, month: 5 }],
    ['00/05/1950', { precision: 'month', year: 1950, month: 5 }],
    ['1950-05-00', { precision: 'month', year: 1950, month: 5 }],
    ['1950', { precision: 'year', year: 1950 }],
    ['00/00/1950', { precision: 'year', year: 1950 }],
    ['00/1950', { precision: 'year', year: 1950 }],
    ['1950-00-00', { precision: 'year', year: 1950 }],
  ])('%j → %o', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['29/02/2023', 'INVALID_DATE'],
    ['29/02/1900', 'INVALID_DATE'],
    ['31/04/2003', 'INVALID_DATE'],
    ['32/01/2003', 'INVALID_DATE'],
    ['01/13/2003', 'INVALID_DATE'],
    ['13/2003', 'INVALID_DATE'],
    ['05/00/2003', 'INVALID_DATE'],
    ['0000', 'INVALID_DATE'],
    ['2003-02-30', 'INVALID_DATE'],
    ['05/03/03', 'FORMAT'],
    ['05/03-2003', 'FORMAT'],
    ['2003/03/05', 'FORMAT'],
    ['2003-3-5', 'FORMAT'],
    ['2003-03-05T00:00:00Z', 'FORMAT'],
    ['03', 'FORMAT'],
    ['２００３', 'FORMAT'],
    ['ngày 5 tháng 3 năm 2003', 'WHITESPACE'],
    [' 2003', 'WHITESPACE'],
    ['', 'EMPTY'],
  ])('refuses %j with %s', (input, reason) => {
    expect(parseDate(input)).toMatchObject({ ok: false, reason });
  });

  it('refuses non-strings', () => {
    expect(parseDate(new Date() as never)).toMatchObject({ ok: false, reason: 'NOT_A_STRING' });
  });

  it('property: any string gives a valid date or a typed reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4}$/),
          fc.stringMatching(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/),
        ),
        (s) => {
          const r = parseDate(s);
          if (r.ok) expect(isVnDate(r.value)).toBe(true);
          else expect(['EMPTY', 'WHITESPACE', 'FORMAT', 'INVALID_DATE']).toContain(r.reason);
        },
      ),
    );
  });
});

const vnDate = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map((year): VnDate => ({ precision: 'year', year })),
  fc
    .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }): VnDate => ({ precision: 'month', year, month })),
  fc
    .record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(
      ({ year, month, day }): VnDate => ({
        precision: 'day',
        year,
        month,
        day: Math.min(day, daysInMonth(year, month)),
      }),
    ),
);

describe('formatDate', () => {
  it('prints partial dates partially', () => {
    expect(formatDate({ precision: 'day', year: 2003, month: 3, day: 5 })).toBe('05/03/2003');
    expect(formatDate({ precision: 'day', year: 2003, month: 3, day: 5 }, 'iso')).toBe('2003-03-05');
    expect(formatDate({ precision: 'month', year: 2003, month: 5 })).toBe('05/2003');
    expect(formatDate({ precision: 'month', year: 2003, month: 5 }, 'iso')).toBe('2003-05');
    expect(formatDate({ precision: 'year', year: 2003 })).toBe('2003');
    expect(formatDate({ precision: 'year', year: 2003 }, 'iso')).toBe('2003');
    expect(formatDate({ precision: 'year', year: 99 }, 'iso')).toBe('0099');
  });

  it('throws a VnValidationError for a date that does not exist', () => {
    const bad = [
      { precision: 'day', year: 2023, month: 2, day: 29 },
      { precision: 'month', year: 2023, month: 13 },
      { precision: 'year', year: 2023, month: 1 },
      { precision: 'week', year: 2023 },
      { precision: 'year', year: 20.5 },
      null,
    ];
    for (const d of bad) {
      try {
        formatDate(d as never);
        expect.unreachable();
      } catch (e) {
        expect(VnValidationError.isInstance(e)).toBe(true);
        expect((e as VnValidationError).reason).toBe('INVALID_DATE');
        expect(JSON.parse(JSON.stringify(e))).toMatchObject({
          name: 'VnValidationError',
          reason: 'INVALID_DATE',
        });
      }
    }
  });

  it('property: parse(format(d)) gives d back, in both formats', () => {
    fc.assert(
      fc.property(vnDate, fc.constantFrom('dd/mm/yyyy' as const, 'iso' as const), (d, format) => {
        expect(parseDate(formatDate(d, format))).toEqual({ ok: true, value: d });
      }),
    );
  });
});

describe('daysInMonth', () => {
  it('knows leap years', () => {
    expect([2024, 2023, 2000, 1900].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28]);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});
