import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPersonalId, parsePersonalId } from './personal-id.js';

const now = new Date('2026-11-23T12:00:00Z');

describe('parsePersonalId', () => {
  it('reads the example of the glossary: a man born in 2003, registered in Hà Nội', () => {
    const r = parsePersonalId('001203012345', { now });
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        id: '001203012345',
        provinceCode: '001',
        gender: 'male',
        century: 2000,
        birthYear: 2003,
        serial: '012345',
      }),
    });
    if (!r.ok) return;
    expect(r.value.birthProvince).toMatchObject({ code: '01', name: 'Hà Nội', newCode: '01' });
    expect(r.value.province).toMatchObject({ code: '01', name: 'Hà Nội' });
  });

  it.each([
    ['079090000001', 'male', 1900, 1990, '79'],
    ['079190000001', 'female', 1900, 1990, '79'],
    ['048300000001', 'female', 2000, 2000, '48'],
    ['096899000001', 'male', 1800, 1899, '96'],
    ['001926000001', 'female', 1800, 1826, '01'],
  ])('%s → %s born %i/%i', (id, gender, century, birthYear, code) => {
    const r = parsePersonalId(id, { now });
    expect(r.ok && r.value).toMatchObject({ gender, century, birthYear, birthProvince: { code } });
  });

  it('gives the 2025 province that the birth province became part of', () => {
    // 002: Hà Giang, now part of Tuyên Quang (08).
    const r = parsePersonalId('002085000001', { now });
    expect(r.ok && r.value.birthProvince.name).toBe('Hà Giang');
    expect(r.ok && r.value.province).toMatchObject({ code: '08', name: 'Tuyên Quang' });
    // 015 was Yên Bái; code 15 is Lào Cai since 2025.
    const y = parsePersonalId('015085000001', { now });
    expect(y.ok && [y.value.birthProvince.name, y.value.province.name]).toEqual(['Yên Bái', 'Lào Cai']);
  });

  it('refuses a birth year after today, and accepts this year', () => {
    expect(parsePersonalId('001227012345', { now })).toMatchObject({
      ok: false,
      reason: 'FUTURE_BIRTH_YEAR',
    });
    expect(parsePersonalId('001226012345', { now }).ok).toBe(true);
    expect(parsePersonalId('001227012345', { now: new Date('2027-01-01T12:00:00Z') }).ok).toBe(true);
    expect(parsePersonalId('001400012345', { now })).toMatchObject({ reason: 'FUTURE_BIRTH_YEAR' });
  });

  it('uses the real clock by default', () => {
    expect(isValidPersonalId('001203012345')).toBe(true);
    expect(isValidPersonalId('001299012345')).toBe(false); // 2099
  });

  it.each([
    ['', 'EMPTY'],
    ['00120301234', 'LENGTH'],
    ['0012030123456', 'LENGTH'],
    ['00120301234a', 'NON_DIGIT'],
    ['００１２０３０１２３４５', 'NON_DIGIT'],
    ['٠٠١٢٠٣٠١٢٣٤٥', 'NON_DIGIT'],
    ['𝟎𝟎𝟏𝟐𝟎𝟑𝟎𝟏𝟐𝟑𝟒𝟓', 'NON_DIGIT'],
    [' 001203012345', 'WHITESPACE'],
    ['001203012345\n', 'WHITESPACE'],
    ['001 203 012345', 'WHITESPACE'],
    ['003203012345', 'UNKNOWN_PROVINCE'], // 03 is not a province code
    ['101203012345', 'UNKNOWN_PROVINCE'],
    ['099203012345', 'UNKNOWN_PROVINCE'],
  ])('refuses %j with %s', (id, reason) => {
    expect(parsePersonalId(id, { now })).toMatchObject({ ok: false, reason });
  });

  it('refuses non-strings without throwing', () => {
    for (const value of [null, undefined, 1203012345, {}, [], Symbol('x'), 12n]) {
      expect(parsePersonalId(value as never)).toMatchObject({ ok: false, reason: 'NOT_A_STRING' });
    }
  });

  it('ignores a broken `now`', () => {
    expect(parsePersonalId('001203012345', { now: new Date('nope') }).ok).toBe(true);
    expect(parsePersonalId('001203012345', null as never).ok).toBe(true);
  });

  it('never repeats the number in its message', () => {
    const r = parsePersonalId('003203012345');
    expect(r.ok || r.message.includes('003203012345')).toBe(false);
  });

  it('property: any string gives a value or a typed reason, never a throw', () => {
    const reasons = ['EMPTY', 'WHITESPACE', 'NON_DIGIT', 'LENGTH', 'UNKNOWN_PROVINCE', 'FUTURE_BIRTH_YEAR'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^0[0-9]{11}$/)), (s) => {
        const r = parsePersonalId(s, { now });
        if (r.ok) expect(r.value.id).toMatch(/^[0-9]{12}$/);
        else expect(reasons).toContain(r.reason);
      }),
    );
  });

  it('property: every valid number decodes consistently', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0[0-9]{11}$/), (s) => {
        const r = parsePersonalId(s, { now });
        if (!r.ok) return;
        expect(r.value.birthYear % 100).toBe(Number(s.slice(4, 6)));
        expect(r.value.birthYear).toBeLessThanOrEqual(2026);
        expect(r.value.gender).toBe(Number(s[3]) % 2 === 0 ? 'male' : 'female');
        expect(r.value.province.code).toBe(r.value.birthProvince.newCode);
      }),
    );
  });
});
