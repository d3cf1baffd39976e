import { describe, expect, it } from 'vitest';
import { toArea, toCommune, toLandUse, toParcel } from './map-parcel.js';

const SOURCE = { provider: 'VN/GOV/000.00.00.G14/CSDLDD', retrievedAt: '2026-01-01T00:00:00Z' };

describe('toParcel', () => {
  it('maps a full parcel: commune named by @onceonly/vn, numbers, areas, uses, provenance', () => {
    const parcel = toParcel(
      {
        MaXa: '00004',
        SoTo: '12',
        SoThua: '345',
        DienTich: '82.5',
        DiaChi: { MaTinhThanh: '01', MaPhuongXa: '00004', ChiTiet: 'Số 12 đường Lê Lợi' },
        MucDichSuDung: [
          { MaMucDich: 'ODT', DienTich: '60', ThoiHan: 'Lâu dài' },
          { MaMucDich: 'cln', DienTich: '22,5', ThoiHan: '20640101' },
        ],
        ThoiDiemDuLieu: '20260101000000',
      },
      SOURCE,
    );
    expect(parcel).toEqual({
      commune: { code: '00004', name: 'Phường Ba Đình', provinceCode: '01' },
      sheet: 12,
      parcel: 345,
      area: 82.5,
      uses: [
        { code: 'ODT', name: 'Đất ở tại đô thị', area: 60, term: 'long-term' },
        { code: 'CLN', name: 'Đất trồng cây lâu năm', area: 22.5, term: '2064-01-01' },
      ],
      address: 'Số 12 đường Lê Lợi',
      dataTime: '20260101000000',
      provenance: SOURCE,
    });
  });

  it('makes sense of a sparse record: no commune name, no area, no uses', () => {
    const parcel = toParcel(
      { SoTo: '', SoThua: 'x', DiaChi: { MaPhuongXa: '99999', MaTinhThanh: '79' } },
      SOURCE,
    );
    expect(parcel.commune).toEqual({ code: '99999', name: undefined, provinceCode: '79' });
    expect([parcel.sheet, parcel.parcel, parcel.area, parcel.uses, parcel.address]).toEqual([
      0,
      0,
      undefined,
      [],
      '',
    ]);
  });
});

describe('readers', () => {
  it('reads areas with a dot or a comma, and nothing else', () => {
    expect([
      toArea('120'),
      toArea(' 45.25 '),
      toArea('45,5'),
      toArea(''),
      toArea('1e3'),
      toArea('-3'),
    ]).toEqual([120, 45.25, 45.5, undefined, undefined, undefined]);
  });

  it('keeps an unknown land-use code and term as sent', () => {
    expect(toLandUse({ MaMucDich: 'XYZ', ThoiHan: 'đến khi có quyết định' })).toEqual({
      code: 'XYZ',
      name: undefined,
      area: undefined,
      term: 'đến khi có quyết định',
    });
  });

  it('names only 2025 communes', () => {
    expect(toCommune('00001').name).toBeUndefined(); // a pre-2025 code only
    expect(toCommune(undefined)).toEqual({ code: '', name: undefined, provinceCode: '' });
  });
});
