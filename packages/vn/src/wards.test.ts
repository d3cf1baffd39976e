import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getProvince, listProvinces } from './provinces.js';
import { findWards, getWard, listWards } from './wards.js';

describe('2025 wards', () => {
  it('has 3,321: 2,621 xã, 687 phường, 13 đặc khu', () => {
    const all = listWards();
    expect(all).toHaveLength(3321);
    const count = (t: string) => all.filter((w) => w.type === t).length;
    expect([count('xã'), count('phường'), count('đặc khu')]).toEqual([2621, 687, 13]);
    expect(new Set(all.map((w) => w.code)).size).toBe(3321);
    for (const w of all) {
      expect(getProvince(w.provinceCode)).toBeDefined();
      expect(w.fullName.endsWith(` ${w.name}`)).toBe(true);
    }
    expect(listProvinces().reduce((n, p) => n + listWards(p.code).length, 0)).toBe(3321);
    expect(listWards('99')).toEqual([]);
  });

  it('looks up by code', () => {
    expect(getWard('00004')).toEqual({
      code: '00004',
      name: 'Ba Đình',
      fullName: 'Phường Ba Đình',
      type: 'phường',
      provinceCode: '01',
    });
    expect(getWard('02269')).toMatchObject({ fullName: 'Xã Thượng Lâm', provinceCode: '08' });
    expect(getWard('26732')).toMatchObject({ name: 'Côn Đảo', type: 'đặc khu', provinceCode: '79' });
    expect(getWard('23938')).toMatchObject({ name: 'Ia Mơ' }); // not 23737, see data README
    expect(getWard('00001')).toBeUndefined();
    expect(getWard(4 as never)).toBeUndefined();
  });

  it('finds by name, ignoring case, diacritics, type words and leading zeros', () => {
    expect(findWards('phuong ba dinh', { provinceCode: '01' }).map((w) => w.code)).toEqual(['00004']);
    expect(findWards('Ba Đình').map((w) => w.code)).toContain('00004');
    expect(findWards('Đặc khu Côn Đảo').map((w) => w.code)).toEqual(['26732']);
    expect(findWards('Xã Thượng Lâm', { provinceCode: '08' }).map((w) => w.code)).toEqual(['02269']);
    expect(findWards('Ba Đình', { provinceCode: '79' })).toEqual([]);
    expect(findWards('')).toEqual([]);
    expect(findWards(null as never)).toEqual([]);
  });

  it('returns frozen objects', () => {
    expect(Object.isFrozen(getWard('00004'))).toBe(true);
  });

  it('property: find never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(fc.string()), (s, province) => {
        const found = findWards(s, province === null ? {} : { provinceCode: province });
        for (const w of found) if (province !== null) expect(w.provinceCode).toBe(province);
      }),
      { numRuns: 200 },
    );
  });
});
