import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeDiacritics } from './fold.js';
import { normalizeName, sameName, splitName, toAsciiUpper } from './names.js';

const nfd = (s: string) => s.normalize('NFD');

describe('normalizeName', () => {
  it.each([
    ['  nguyễn   VĂN an ', 'Nguyễn Văn An'],
    ['ĐẶNG THỊ ƯỚC', 'Đặng Thị Ước'],
    ['đỗ ngọc ánh', 'Đỗ Ngọc Ánh'],
    ['ÂU DƯƠNG ỐC', 'Âu Dương Ốc'],
    ['ưng hoàng phúc', 'Ưng Hoàng Phúc'],
    ['ơn ă ê', 'Ơn Ă Ê'],
    ['h’hen niê', "H'Hen Niê"],
    ['trần\tthị\u00a0thu', 'Trần Thị Thu'],
    ['lê-văn', 'Lê-Văn'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('composes NFD input (as macOS and some keyboards type it)', () => {
    const out = normalizeName(nfd('nguyễn thị ngọc ánh'));
    expect(out).toBe('Nguyễn Thị Ngọc Ánh');
    expect(out).toBe(out.normalize('NFC'));
    expect(normalizeName(nfd('ĐẶNG ỨNG'))).toBe('Đặng Ứng');
  });

  it('returns an empty string for a non-string', () => {
    expect(normalizeName(null as never)).toBe('');
  });

  it('property: NFC output, idempotent, never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = normalizeName(s);
        expect(out).toBe(out.normalize('NFC'));
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s/);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
      }),
    );
  });
});

describe('sameName', () => {
  it.each([
    ['Nguyễn Văn  An', 'NGUYEN VAN AN'],
    ['Đỗ Đức', 'do duc'],
    ['Nguyễn Thị Hòa', 'Nguyễn Thị Hoà'],
    [nfd('Trần Thị Ngọc'), 'Trần Thị Ngọc'],
    [' lê  văn   tám ', 'LÊ VĂN TÁM'],
  ])('%j equals %j', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Nguyễn Văn An', 'Nguyễn An'],
    ['Nguyễn Văn An', 'Nguyễn Văn Ân Hai'],
    ['Đào', 'Ðao Xuân'],
  ])('%j differs from %j', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it('is false for non-strings', () => {
    expect(sameName(undefined as never, 'An')).toBe(false);
  });

  it('property: a name is the same as its upper-case, NFD and unaccented forms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(sameName(s, s)).toBe(true);
        expect(sameName(s, nfd(s))).toBe(true);
        expect(sameName(s, normalizeName(s))).toBe(true);
        expect(sameName(normalizeName(s), toAsciiUpper(s))).toBe(true);
      }),
    );
  });
});

describe('toAsciiUpper', () => {
  it.each([
    ['Nguyễn Thị Đào', 'NGUYEN THI DAO'],
    ['  trương   ưu  ', 'TRUONG UU'],
    [nfd('Phạm Ngọc Ơn'), 'PHAM NGOC ON'],
    ['Đặng Ằ Ẵ Ặ Ấ Ẫ', 'DANG A A A A A'],
  ])('%j → %j', (input, expected) => {
    expect(toAsciiUpper(input)).toBe(expected);
  });

  it('gives plain ASCII for every Vietnamese letter', () => {
    const letters =
      'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
    const out = toAsciiUpper(letters + letters.toUpperCase());
    expect(out).toMatch(/^[A-Z]+$/);
  });

  it('returns an empty string for a non-string', () => {
    expect(toAsciiUpper(42 as never)).toBe('');
  });

  it('property: never throws, no combining marks left', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(toAsciiUpper(s)).not.toMatch(/\p{M}/u);
      }),
    );
  });
});

describe('removeDiacritics', () => {
  it('keeps case', () => {
    expect(removeDiacritics('Đồng Tháp đẹp')).toBe('Dong Thap dep');
  });
});

describe('splitName', () => {
  it.each([
    ['nguyễn thị minh khai', { family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' }],
    ['Nguyễn Văn An', { family: 'Nguyễn', middle: 'Văn', given: 'An' }],
    ['Lê Lợi', { family: 'Lê', middle: '', given: 'Lợi' }],
    ['  Thuận  ', { family: '', middle: '', given: 'Thuận' }],
  ])('%j → %o', (input, expected) => {
    expect(splitName(input)).toEqual({ ok: true, value: expected });
  });

  it('takes compound family names when told', () => {
    expect(splitName('Tôn Nữ Thị Ninh', { familyWords: 2 })).toEqual({
      ok: true,
      value: { family: 'Tôn Nữ', middle: 'Thị', given: 'Ninh' },
    });
    expect(splitName('Tôn Thất Thuyết', { familyWords: 2 })).toEqual({
      ok: true,
      value: { family: 'Tôn Thất', middle: '', given: 'Thuyết' },
    });
    expect(splitName('Nguyễn An', { familyWords: -3 })).toMatchObject({ value: { family: 'Nguyễn' } });
  });

  it.each([
    ['', 'EMPTY'],
    [' \t ', 'EMPTY'],
    [null, 'NOT_A_STRING'],
  ])('refuses %j with %s', (input, reason) => {
    expect(splitName(input as never)).toMatchObject({ ok: false, reason });
  });

  it('property: the parts put back together give the normalised name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const r = splitName(s);
        if (!r.ok) {
          expect(r.reason).toBe('EMPTY');
          return;
        }
        const { family, middle, given } = r.value;
        expect([family, middle, given].filter(Boolean).join(' ')).toBe(normalizeName(s));
      }),
    );
  });
});
