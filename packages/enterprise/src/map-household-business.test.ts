import { describe, expect, it } from 'vitest';
import { SOURCE, shop } from './fixtures/records.js';
import { toHouseholdBusiness, toHouseholdBusinesses } from './map-household-business.js';

describe('toHouseholdBusiness', () => {
  it('maps a complete record, with provenance', () => {
    expect(toHouseholdBusiness(shop, SOURCE)).toEqual({
      registrationNumber: '01A8012345',
      taxCode: '8012345677',
      name: 'HỘ KINH DOANH TẠP HÓA AN',
      status: 'active',
      statusCode: '01',
      registered: '2018-07-15',
      address: {
        provinceCode: '01',
        wardCode: '00004',
        detail: 'Thôn 3',
        country: 'VN',
        provinceName: 'Thành phố Hà Nội',
        wardName: 'Phường Ba Đình',
      },
      owner: { name: 'Nguyễn Văn An', personalId: '001203012345' },
      businessLines: [{ code: '4711', name: 'Bán lẻ lương thực', main: true }],
      capital: 150_000_000,
      provenance: SOURCE,
    });
  });

  it('reads an ended business, an unknown status, and a record with little in it', () => {
    expect(toHouseholdBusiness({ ...shop, TinhTrangHoatDong: '03' }, SOURCE).status).toBe('ended');
    expect(toHouseholdBusiness({ ...shop, TinhTrangHoatDong: '7' }, SOURCE)).toMatchObject({
      status: 'unknown',
      statusCode: '7',
    });
    expect(toHouseholdBusiness({ SoDangKy: ' 01A8012345 ', TenHoKinhDoanh: 'X' }, SOURCE)).toEqual({
      registrationNumber: '01A8012345',
      name: 'X',
      status: 'unknown',
      statusCode: '',
      businessLines: [],
      provenance: SOURCE,
    });
  });

  it('maps a search answer to a list, empty when the person owns none', () => {
    expect(toHouseholdBusinesses({ SoLuong: '1', HoKinhDoanh: [shop] }, SOURCE)).toHaveLength(1);
    expect(toHouseholdBusinesses({ SoLuong: '0', HoKinhDoanh: [] }, SOURCE)).toEqual([]);
  });
});
