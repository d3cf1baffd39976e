import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTaxCode, parseTaxCode, taxCodeCheckDigit } from './tax-code.js';

const now = new Date('2026-11-23T12:00:00Z');

/** Completes nine digits with their check digit (undefined when none exists). */
function withCheckDigit(nine: string): string | undefined {
  const d = taxCodeCheckDigit(nine);
  return d === undefined ? undefined : nine + d;
}

describe('tax codes', () => {
  it('accepts the known valid codes', () => {
    expect(isValidTaxCode('0100109106')).toBe(true);
    expect(isValidTaxCode('0300588569')).toBe(true);
    expect(parseTaxCode('0100109106')).toEqual({
      ok: true,
      value: { kind: 'enterprise', code: '0100109106', base: '0100109106' },
    });
  });

  it('computes the check digit of the glossary', () => {
    expect(taxCodeCheckDigit('010010910')).toBe(6);
    expect(taxCodeCheckDigit('030058856')).toBe(9);
    expect(taxCodeCheckDigit('01001091')).toBeUndefined();
    expect(taxCodeCheckDigit('01001091x')).toBeUndefined();
  });

  it('refuses a code whose check digit would be 10', () => {
    // Search nine digits whose weighted sum is 0 mod 11: no check digit exists for them.
    let found: string | undefined;
    for (let n = 100_000_000; n < 100_100_000 && !found; n++) {
      if (taxCodeCheckDigit(String(n)) === undefined) found = String(n);
    }
    expect(found).toBeDefined();
    for (let d = 0; d <= 9; d++) {
      expect(parseTaxCode(`${found}${d}`)).toMatchObject({ ok: false, reason: 'CHECK_DIGIT' });
    }
  });

  it('refuses a wrong check digit', () => {
    expect(parseTaxCode('0100109107')).toMatchObject({ ok: false, reason: 'CHECK_DIGIT' });
    expect(parseTaxCode('0300588560')).toMatchObject({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it('refuses digits 3–9 all zero even with a matching check digit', () => {
    const code = withCheckDigit('010000000')!;
    expect(code).toHaveLength(10);
    expect(parseTaxCode(code)).toMatchObject({ ok: false, reason: 'ZERO_SERIAL' });
  });

  it('accepts branch codes with or without the dash', () => {
    const expected = { kind: 'branch', code: '0100109106-001', base: '0100109106', branch: '001' };
    expect(parseTaxCode('0100109106-001')).toEqual({ ok: true, value: expected });
    expect(parseTaxCode('0100109106001')).toEqual({ ok: true, value: expected });
    expect(isValidTaxCode('0300588569-999')).toBe(true);
  });

  it.each([
    ['0100109106-000', 'INVALID_BRANCH'],
    ['0100109107-001', 'CHECK_DIGIT'],
    ['010010910-6001', 'FORMAT'],
    ['0100109106--001', 'FORMAT'],
    ['0100109106-01', 'FORMAT'],
    ['-0100109106', 'FORMAT'],
    ['0100109106 001', 'WHITESPACE'],
    [' 0100109106', 'WHITESPACE'],
    ['0100109106–001', 'NON_DIGIT'], // en dash
    ['０１００１０９１０６', 'NON_DIGIT'],
    ['MST0100109106', 'NON_DIGIT'],
    ['010010910', 'LENGTH'],
    ['01001091060', 'LENGTH'],
    ['01001091060011', 'LENGTH'],
    ['', 'EMPTY'],
  ])('refuses %j with %s', (code, reason) => {
    expect(parseTaxCode(code)).toMatchObject({ ok: false, reason });
  });

  it("takes an individual's 12-digit personal id as their tax code", () => {
    expect(parseTaxCode('001203012345', { now })).toEqual({
      ok: true,
      value: { kind: 'individual', code: '001203012345', base: '001203012345' },
    });
    expect(parseTaxCode('003203012345', { now })).toMatchObject({ ok: false, reason: 'UNKNOWN_PROVINCE' });
    expect(parseTaxCode('001230012345', { now })).toMatchObject({ ok: false, reason: 'FUTURE_BIRTH_YEAR' });
  });

  it('refuses non-strings', () => {
    for (const value of [null, 100109106, {}, undefined]) {
      expect(parseTaxCode(value as never)).toMatchObject({ ok: false, reason: 'NOT_A_STRING' });
    }
  });

  it('property: any string gives a value or a typed reason, never a throw', () => {
    const reasons = [
      'EMPTY',
      'WHITESPACE',
      'NON_DIGIT',
      'FORMAT',
      'LENGTH',
      'CHECK_DIGIT',
      'ZERO_SERIAL',
      'INVALID_BRANCH',
      'UNKNOWN_PROVINCE',
      'FUTURE_BIRTH_YEAR',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^[0-9]{10}(-?[0-9]{3})?$/),
          fc.stringMatching(/^[0-9-]{8,15}$/),
        ),
        (s) => {
          const r = parseTaxCode(s, { now });
          if (r.ok) expect(r.value.code.replace('-', '')).toBe(s.replace('-', ''));
          else expect(reasons).toContain(r.reason);
        },
      ),
    );
  });

  it('property: nine digits plus their check digit is valid unless digits 3–9 are zero', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), (nine) => {
        const code = withCheckDigit(nine);
        if (code === undefined) return;
        expect(isValidTaxCode(code)).toBe(!/^..0{7}$/.test(nine));
        // Any other last digit is wrong.
        const wrong = nine + ((Number(code[9]) + 1) % 10);
        expect(isValidTaxCode(wrong)).toBe(false);
      }),
    );
  });
});
