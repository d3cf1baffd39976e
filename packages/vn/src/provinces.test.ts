import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findOldProvinces,
  findProvinces,
  getOldProvince,
  getProvince,
  listOldProvinces,
  listProvinces,
} from './provinces.js';

describe('2025 provinces', () => {
  it('has 34: 28 tỉnh and 6 thành phố, sorted by code', () => {
    const all = listProvinces();
    expect(all).toHaveLength(34);
    expect(all.filter((p) => p.type === 'thành phố').map((p) => p.code)).toEqual([
      '01',
      '31',
      '46',
      '48',
      '79',
      '92',
    ]);
    expect([...all].map((p) => p.code)).toEqual(all.map((p) => p.code).sort());
  });

  it('looks up by code', () => {
    expect(getProvince('01')).toEqual({
      code: '01',
      name: 'Hà Nội',
      fullName: 'Thành phố Hà Nội',
      type: 'thành phố',
    });
    expect(getProvince('79')?.name).toBe('Hồ Chí Minh');
    expect(getProvince('48')?.name).toBe('Đà Nẵng');
    expect(getProvince('08')).toMatchObject({ name: 'Tuyên Quang', type: 'tỉnh' });
    expect(getProvince('15')?.name).toBe('Lào Cai');
    expect(getProvince('02')).toBeUndefined();
    expect(getProvince('1')).toBeUndefined();
    expect(getProvince(null as never)).toBeUndefined();
  });

  it('finds by name, ignoring case, diacritics and type words', () => {
    const code = (q: string) => findProvinces(q).map((p) => p.code);
    expect(code('Hà Nội')).toEqual(['01']);
    expect(code('HA NOI')).toEqual(['01']);
    expect(code('thành phố hà nội')).toEqual(['01']);
    expect(code('Thành phố Hồ Chí Minh')).toEqual(['79']);
    expect(code('TP. HCM')).toEqual(['79']);
    expect(code('tp ho chi minh')).toEqual(['79']);
    expect(code('Tỉnh Đồng Tháp')).toEqual(['82']);
    expect(code('dong thap')).toEqual(['82']);
    expect(code('Huế'.normalize('NFD'))).toEqual(['46']);
    expect(code('Yên Bái')).toEqual([]); // no longer a province
    expect(code('')).toEqual([]);
    expect(code('Tỉnh')).toEqual([]);
    expect(findProvinces(undefined as never)).toEqual([]);
  });

  it('returns frozen objects', () => {
    expect(Object.isFrozen(getProvince('01'))).toBe(true);
    expect(Object.isFrozen(listProvinces())).toBe(true);
  });
});

describe('pre-2025 provinces', () => {
  it('has 63, each mapped to a 2025 province', () => {
    const all = listOldProvinces();
    expect(all).toHaveLength(63);
    for (const p of all) expect(getProvince(p.newCode)).toBeDefined();
    // 11 unchanged + 23 new provinces made from 2 or 3 old ones.
    expect(new Set(all.map((p) => p.newCode)).size).toBe(34);
  });

  it('reads codes as pre-2025 codes', () => {
    expect(getOldProvince('01')).toMatchObject({ name: 'Hà Nội', newCode: '01' });
    expect(getOldProvince('79')).toMatchObject({ name: 'Hồ Chí Minh', newCode: '79' });
    expect(getOldProvince('15')).toMatchObject({ name: 'Yên Bái', newCode: '15' });
    expect(getOldProvince('10')).toMatchObject({ name: 'Lào Cai', newCode: '15' });
    expect(getOldProvince('02')).toMatchObject({ name: 'Hà Giang', newCode: '08' });
    expect(getOldProvince('82')).toMatchObject({ name: 'Tiền Giang', newCode: '82' });
    expect(getOldProvince('80')).toMatchObject({ name: 'Long An', newCode: '80' });
    expect(getOldProvince('03')).toBeUndefined();
  });

  it('finds by name', () => {
    expect(findOldProvinces('Thừa Thiên Huế').map((p) => p.code)).toEqual(['46']);
    expect(findOldProvinces('tinh yen bai').map((p) => p.code)).toEqual(['15']);
    expect(findOldProvinces('Bà Rịa - Vũng Tàu').map((p) => p.code)).toEqual(['77']);
    expect(findOldProvinces('vung tau').map((p) => p.code)).toEqual(['77']);
  });

  it('property: find never throws and every hit contains the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(Array.isArray(findProvinces(s))).toBe(true);
        expect(Array.isArray(findOldProvinces(s))).toBe(true);
        expect(getProvince(s) === undefined || /^[0-9]{2}$/.test(s)).toBe(true);
      }),
    );
  });
});
