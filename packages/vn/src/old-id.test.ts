import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOldId, parseOldId } from './old-id.js';

describe('parseOldId / isValidOldId', () => {
  it('accepts exactly nine ASCII digits', () => {
    expect(parseOldId('012345678')).toEqual({ ok: true, value: '012345678' });
    expect(isValidOldId('271234567')).toBe(true);
  });

  it.each([
    ['', 'EMPTY'],
    ['01234567', 'LENGTH'],
    ['001203012345', 'LENGTH'],
    ['01234567x', 'NON_DIGIT'],
    ['０１２３４５６７８', 'NON_DIGIT'],
    [' 012345678', 'WHITESPACE'],
  ])('refuses %j with %s', (id, reason) => {
    expect(parseOldId(id)).toMatchObject({ ok: false, reason });
    expect(isValidOldId(id)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(parseOldId(12345678 as never)).toMatchObject({ ok: false, reason: 'NOT_A_STRING' });
  });

  it('property: any string gives a value or a typed reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9]{9}$/)), (s) => {
        const r = parseOldId(s);
        expect(
          r.ok ? /^[0-9]{9}$/.test(s) : ['EMPTY', 'WHITESPACE', 'NON_DIGIT', 'LENGTH'].includes(r.reason),
        ).toBe(true);
      }),
    );
  });
});
