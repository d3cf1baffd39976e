import { NotFoundError, ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { toResidence } from './map-residence.js';
import type { ThongTinCuTru } from './wire.js';

const SOURCE = { provider: 'GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-01-01T08:00:00.000Z' };

const answer: ThongTinCuTru = {
  SoDinhDanh: '079190012345',
  ThoiDiemDuLieu: '20260101083000',
  ThuongTru: {
    DiaChi: { MaTinhThanh: '79', MaPhuongXa: '26734', ChiTiet: 'Số 12 đường Lê Lợi' },
    TuNgay: '20140302',
  },
  ThuongTruTruocDay: [
    {
      DiaChi: { MaTinhThanh: '38', MaQuanHuyen: '380', MaPhuongXa: '14758', ChiTiet: 'Thôn 3' },
      TuNgay: '19900417',
      DenNgay: '20140301',
    },
  ],
  TamTru: {
    DiaChi: { MaTinhThanh: '01', MaPhuongXa: '00004', ChiTiet: 'Số 5' },
    TuNgay: '20250110',
    DenNgay: '20270110',
  },
};

describe('toResidence', () => {
  it('reads permanent, earlier and temporary residences with their dates and the provenance', () => {
    const residence = toResidence(answer, SOURCE);
    expect(residence.personalId).toBe('079190012345');
    expect(residence.permanent).toMatchObject({
      from: '2014-03-02',
      address: { provinceCode: '79', version: '2025' },
    });
    expect(residence.permanent?.until).toBeUndefined();
    expect(residence.previousPermanent).toHaveLength(1);
    expect(residence.previousPermanent[0]).toMatchObject({
      from: '1990-04-17',
      until: '2014-03-01',
      address: { version: 'pre-2025', districtCode: '380' },
    });
    expect(residence.temporary).toMatchObject({ from: '2025-01-10', until: '2027-01-10' });
    expect(residence.provenance).toEqual(SOURCE);
  });

  it('gives a deceased citizen no current residence', () => {
    const { ThuongTru: _, TamTru: __, ...deceased } = answer;
    const residence = toResidence(deceased, SOURCE);
    expect(residence.permanent).toBeUndefined();
    expect(residence.temporary).toBeUndefined();
    expect(residence.previousPermanent).toHaveLength(1);
  });

  it('is not found without a personal id, and refuses a malformed date without echoing it', () => {
    expect(() => toResidence({ ThoiDiemDuLieu: '20260101083000' }, SOURCE)).toThrow(NotFoundError);
    const bad = { ...answer, ThuongTru: { ...answer.ThuongTru, TuNgay: '02/03/2014' } };
    expect(() => toResidence(bad, SOURCE)).toThrow(ResponseError);
    expect(() => toResidence(bad, SOURCE)).toThrow(/ThuongTru\.TuNgay/);
    expect(() => toResidence(bad, SOURCE)).not.toThrow(/02\/03\/2014/);
  });
});
