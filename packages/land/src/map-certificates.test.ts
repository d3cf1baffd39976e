import { ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { toCertificate, toCertificateList } from './map-certificates.js';
import type { GiayChungNhan } from './wire.js';

const SOURCE = { provider: 'VN/GOV/000.00.00.G14/CSDLDD', retrievedAt: '2026-01-01T00:00:00Z' };
const joint: GiayChungNhan = {
  SoPhatHanh: 'CX 123456',
  SoVaoSo: 'CS01234',
  NgayCap: '20180315',
  ThuaDat: {
    MaXa: '00004',
    SoTo: '7',
    SoThua: '88',
    DiaChi: { MaTinhThanh: '01', MaPhuongXa: '00004', ChiTiet: 'Số 3 đường Hùng Vương' },
  },
  DienTich: '95.4',
  MucDichSuDung: [{ MaMucDich: 'ODT', DienTich: '95.4', ThoiHan: 'Lâu dài' }],
  HinhThucSuDung: 'Chung',
  ChuSuDung: [
    { HoVaTen: 'Nguyễn Văn An', SoDinhDanh: '001085012345' },
    { HoVaTen: 'Trần Thị Bình', SoDinhDanh: '001187012345', SoCMND: '' },
  ],
  TaiSan: [{ LoaiTaiSan: 'Nhà ở', DienTichXayDung: '80', SoTang: '3' }],
};

describe('toCertificate', () => {
  it('maps a joint certificate with a house', () => {
    expect(toCertificate(joint, SOURCE)).toEqual({
      serial: 'CX 123456',
      registerNumber: 'CS01234',
      issued: '2018-03-15',
      parcel: {
        commune: { code: '00004', name: 'Phường Ba Đình', provinceCode: '01' },
        sheet: 7,
        parcel: 88,
        address: 'Số 3 đường Hùng Vương',
      },
      area: 95.4,
      uses: [{ code: 'ODT', name: 'Đất ở tại đô thị', area: 95.4, term: 'long-term' }],
      ownership: 'joint',
      holders: [
        { fullName: 'Nguyễn Văn An', personalId: '001085012345', oldId: undefined },
        { fullName: 'Trần Thị Bình', personalId: '001187012345', oldId: undefined },
      ],
      assets: [{ kind: 'Nhà ở', builtArea: 80, floors: 3 }],
      provenance: SOURCE,
    });
  });

  it('reads the form of use, or infers it from the holders when the record is silent', () => {
    const { HinhThucSuDung: _form, ...silent } = joint;
    expect(toCertificate(silent, SOURCE).ownership).toBe('joint');
    expect(toCertificate({ ...joint, HinhThucSuDung: 'Riêng' }, SOURCE).ownership).toBe('sole');
    expect(toCertificate({ ChuSuDung: [{ HoVaTen: 'A' }] }, SOURCE)).toMatchObject({
      ownership: 'sole',
      issued: undefined,
      parcel: { sheet: 0, parcel: 0, address: '' },
      assets: [],
    });
  });
});

describe('toCertificateList', () => {
  it('lists every certificate, and none for someone who holds none', () => {
    const id = '001085012345';
    const list = toCertificateList(
      { SoDinhDanh: id, SoLuong: '1', ThoiDiemDuLieu: '20260101000000', GiayChungNhan: [joint] },
      { personalId: id },
      SOURCE,
    );
    expect(list.certificates).toHaveLength(1);
    expect(list).toMatchObject({ personalId: id, dataTime: '20260101000000', provenance: SOURCE });
    expect(
      toCertificateList({ SoDinhDanh: id, SoLuong: '0' }, { personalId: id }, SOURCE).certificates,
    ).toEqual([]);
  });

  it('discards an answer listing a certificate that does not name the person, without naming anyone', () => {
    const asked = '079190012345';
    const error = (() => {
      try {
        toCertificateList({ SoDinhDanh: asked, GiayChungNhan: [joint] }, { personalId: asked }, SOURCE);
      } catch (caught) {
        return caught as ResponseError;
      }
    })();
    expect(error).toBeInstanceOf(ResponseError);
    expect(error?.code).toBe('RESPONSE_SUBJECT_MISMATCH');
    expect(error?.message).not.toMatch(/\d{9}/);
    // An old certificate naming a holder by old id only cannot be checked: it is kept.
    const old = { ...joint, ChuSuDung: [{ HoVaTen: 'Nguyễn Văn An', SoCMND: '012345678' }] };
    const list = toCertificateList({ GiayChungNhan: [old] }, { personalId: asked }, SOURCE);
    expect(list.certificates).toHaveLength(1);
  });
});
