import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber, parsePhoneNumber } from './phone.js';

describe('parsePhoneNumber', () => {
  const value = { e164: '+84912345678', national: '0912345678', carrier: 'vinaphone' };

  it.each([
    '0912345678',
    '0912 345 678',
    '0912.345.678',
    '0912-345-678',
    '(091) 234 5678',
    '+84912345678',
    '+84 912 345 678',
    '84912345678',
    '0084912345678',
    '+84 (0) 912 345 678',
    ' 0912345678 ',
  ])('reads %j', (input) => {
    expect(parsePhoneNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['0321234567', 'viettel'],
    ['0981234567', 'viettel'],
    ['0901234567', 'mobifone'],
    ['0771234567', 'mobifone'],
    ['0561234567', 'vietnamobile'],
    ['0591234567', 'gmobile'],
    ['0871234567', 'itelecom'],
  ])('%s was allocated to %s', (input, carrier) => {
    expect(parsePhoneNumber(input)).toMatchObject({ ok: true, value: { carrier } });
  });

  it('accepts a mobile prefix with no known carrier, without a carrier', () => {
    const r = parsePhoneNumber('0301234567');
    expect(r).toEqual({ ok: true, value: { e164: '+84301234567', national: '0301234567' } });
  });

  it.each([
    ['02438251234', 'LANDLINE'],
    ['+84 24 3825 1234', 'LANDLINE'],
    ['01234567890', 'UNKNOWN_PREFIX'],
    ['0412345678', 'UNKNOWN_PREFIX'],
    ['0612345678', 'UNKNOWN_PREFIX'],
    ['091234567', 'LENGTH'],
    ['09123456789', 'LENGTH'],
    ['912345678', 'FORMAT'],
    ['+1 202 555 0100', 'COUNTRY_CODE'],
    ['0012025550100', 'COUNTRY_CODE'],
    ['0912+345678', 'FORMAT'],
    ['+', 'FORMAT'],
    ['０９１２３４５６７８', 'NON_DIGIT'],
    ['0912345678 ext 1', 'NON_DIGIT'],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
  ])('refuses %j with %s', (input, reason) => {
    expect(parsePhoneNumber(input)).toMatchObject({ ok: false, reason });
    expect(isValidPhoneNumber(input)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(parsePhoneNumber(912345678 as never)).toMatchObject({ ok: false, reason: 'NOT_A_STRING' });
  });

  it('property: any string gives a number or a typed reason', () => {
    const reasons = ['EMPTY', 'NON_DIGIT', 'FORMAT', 'COUNTRY_CODE', 'LANDLINE', 'UNKNOWN_PREFIX', 'LENGTH'];
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^(\+84|84|0)[0-9 .-]{8,12}$/)),
        (s) => {
          const r = parsePhoneNumber(s);
          if (!r.ok) {
            expect(reasons).toContain(r.reason);
            return;
          }
          expect(r.value.national).toMatch(/^0[35789][0-9]{8}$/);
          expect(r.value.e164).toBe(`+84${r.value.national.slice(1)}`);
          expect(parsePhoneNumber(r.value.e164)).toEqual(r);
        },
      ),
    );
  });
});
