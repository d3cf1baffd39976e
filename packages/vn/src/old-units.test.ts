import { describe, expect, it } from 'vitest';
import {
  findOldDistricts,
  findOldWards,
  getOldDistrict,
  getOldWard,
  listOldDistricts,
  listOldWards,
} from './old-units.js';
import { getOldProvince, listOldProvinces } from './provinces.js';
import { getWard } from './wards.js';

describe('pre-2025 districts and communes', () => {
  it('has 696 districts in 63 provinces', () => {
    const all = listOldDistricts();
    expect(all).toHaveLength(696);
    for (const d of all) expect(getOldProvince(d.provinceCode)).toBeDefined();
    expect(listOldDistricts('01')).toHaveLength(30);
  });

  it('has 10,035 communes, each mapped to existing 2025 communes of one province', () => {
    let total = 0;
    for (const district of listOldDistricts()) {
      for (const w of listOldWards(district.code)) {
        total++;
        expect(w.provinceCode).toBe(district.provinceCode);
        const newProvince = getOldProvince(w.provinceCode)!.newCode;
        for (const code of w.newWardCodes) expect(getWard(code)?.provinceCode).toBe(newProvince);
        expect(w.change === 'part').toBe(w.newWardCodes.length > 1);
      }
    }
    expect(total).toBe(10035);
    // The counts per old province agree with the data.
    expect(listOldProvinces().length).toBe(63);
  });

  it('reads codes as pre-2025 codes', () => {
    expect(getOldDistrict('001')).toEqual({
      code: '001',
      name: 'Ba Đình',
      fullName: 'Quận Ba Đình',
      type: 'quận',
      provinceCode: '01',
    });
    expect(getOldWard('00001')).toEqual({
      code: '00001',
      name: 'Phúc Xá',
      fullName: 'Phường Phúc Xá',
      type: 'phường',
      districtCode: '001',
      provinceCode: '01',
      change: 'whole',
      newWardCodes: ['00097'],
      notes: {},
    });
    expect(getOldWard('00004')?.fullName).toBe('Phường Trúc Bạch');
    expect(getOldWard('00007')).toMatchObject({ change: 'part', newWardCodes: ['00008', '00025'] });
    expect(getOldWard('00112')?.notes['00004']).toBe('Nhập một phần diện tích');
    expect(getOldWard('31843')).toMatchObject({ type: 'thị trấn', name: 'Ngan Dừa' });
    expect(getOldWard('07693')).toBeUndefined(); // one of the 12 missing from the conversion table
    expect(getOldWard(1 as never)).toBeUndefined();
  });

  it('finds by name', () => {
    expect(findOldDistricts('quan ba dinh').map((d) => d.code)).toEqual(['001']);
    expect(findOldWards('Phúc Xá', { districtCode: '001' }).map((w) => w.code)).toEqual(['00001']);
    expect(findOldWards('phuong truc bach', { provinceCode: '01' }).map((w) => w.code)).toEqual(['00004']);
    expect(findOldWards('')).toEqual([]);
  });
});
