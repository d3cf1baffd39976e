import { describe, expect, it } from 'vitest';
import { company, dissolved, representativeList, SOURCE } from './fixtures/records.js';
import { toEnterprise, toEnterprises } from './map-enterprise.js';

describe('toEnterprise', () => {
  it('maps a complete record: names, codes, dates, head office, representative, lines, capital, provenance', () => {
    expect(toEnterprise(company, SOURCE)).toEqual({
      taxCode: '0100109106',
      names: {
        vietnamese: 'CÔNG TY TNHH XÂY DỰNG MINH PHÁT',
        foreign: 'MINH PHAT CONSTRUCTION COMPANY LIMITED',
        abbreviated: 'MINH PHAT CONSTRUCTION CO., LTD',
      },
      status: 'active',
      statusCode: '01',
      legalForm: 'single-member-llc',
      legalFormCode: '01',
      founded: '2011-03-09',
      address: {
        provinceCode: '01',
        wardCode: '00004',
        detail: 'Số 12 đường Lê Lợi',
        country: 'VN',
        provinceName: 'Thành phố Hà Nội',
        wardName: 'Phường Ba Đình',
      },
      representative: { name: 'Nguyễn Văn An', title: 'Giám đốc', personalId: '001203012345' },
      businessLines: [
        { code: '4101', name: 'Xây dựng nhà để ở', main: true },
        { code: '4102', name: 'Xây dựng nhà không để ở', main: false },
      ],
      charterCapital: 5_000_000_000,
      provenance: SOURCE,
    });
  });

  it('reads a dissolved enterprise without foreign names, address, lines or capital', () => {
    const value = toEnterprise(dissolved, SOURCE);
    expect(value).toMatchObject({ status: 'dissolved', legalForm: 'joint-stock', dissolved: '2019-12-31' });
    expect(value.names).toEqual({ vietnamese: 'CÔNG TY CỔ PHẦN MAY MẶC SAO MAI' });
    expect(value.representative).toEqual({ name: 'Trần Thị Bình', title: 'Tổng giám đốc' });
    expect(value.address).toBeUndefined();
    expect(value.charterCapital).toBeUndefined();
    expect(value.businessLines).toEqual([]);
  });

  it('keeps codes it does not know, and drops dates that are not dates', () => {
    const value = toEnterprise(
      { ...company, TinhTrangHoatDong: '42', LoaiHinhDoanhNghiep: '99', NgayThanhLap: '20110231' },
      SOURCE,
    );
    expect(value).toMatchObject({
      status: 'unknown',
      statusCode: '42',
      legalForm: 'other',
      legalFormCode: '99',
    });
    expect(value.founded).toBeUndefined();
  });

  it('leaves the unit names out when the codes are unknown or do not belong together', () => {
    const value = toEnterprise(
      { ...company, DiaChiTruSo: { MaTinhThanh: '79', MaPhuongXa: '00004' } },
      SOURCE,
    );
    expect(value.address).toEqual({
      provinceCode: '79',
      wardCode: '00004',
      detail: '',
      country: 'VN',
      provinceName: 'Thành phố Hồ Chí Minh',
    });
  });

  it('maps a search answer to a list, empty when the person represents nothing', () => {
    expect(toEnterprises(representativeList, SOURCE).map((e) => e.taxCode)).toEqual(['0100109106']);
    expect(toEnterprises({ SoLuong: '0' }, SOURCE)).toEqual([]);
  });
});
