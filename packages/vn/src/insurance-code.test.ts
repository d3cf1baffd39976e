import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidInsuranceCode, parseInsuranceCode } from './insurance-code.js';

describe('parseInsuranceCode / isValidInsuranceCode', () => {
  it('accepts exactly ten ASCII digits', () => {
    expect(parseInsuranceCode('0123456789')).toEqual({ ok: true, value: '0123456789' });
    expect(isValidInsuranceCode('7912345678')).toBe(true);
  });

  it.each([
    ['', 'EMPTY'],
    ['012345678', 'LENGTH'],
    ['01234567890', 'LENGTH'],
    ['012345678O', 'NON_DIGIT'],
    ['０１２３４５６７８９', 'NON_DIGIT'],
    ['0123456789 ', 'WHITESPACE'],
  ])('refuses %j with %s', (code, reason) => {
    expect(parseInsuranceCode(code)).toMatchObject({ ok: false, reason });
    expect(isValidInsuranceCode(code)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(parseInsuranceCode(undefined as never)).toMatchObject({ ok: false, reason: 'NOT_A_STRING' });
  });

  it('property: any string gives a value or a typed reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9]{10}$/)), (s) => {
        const r = parseInsuranceCode(s);
        expect(
          r.ok ? /^[0-9]{10}$/.test(s) : ['EMPTY', 'WHITESPACE', 'NON_DIGIT', 'LENGTH'].includes(r.reason),
        ).toBe(true);
      }),
    );
  });
});
