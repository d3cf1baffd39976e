import { compileSchema } from '@onceonly/core';
import { DanhSachGiayChungNhan, getCertificatesByOwnerRest, getParcelRest, ThuaDat } from '@onceonly/land';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/create-world.js';
import { landCertificatesProvider, landParcelProvider } from './land.js';

const world = createWorld(42);
const asker = { MaYeuCau: 'x1' };

describe('land providers', () => {
  it('bind both operations for REST and SOAP', () => {
    expect(landParcelProvider.service).toBe(getParcelRest);
    expect(landCertificatesProvider.service).toBe(getCertificatesByOwnerRest);
    expect(landParcelProvider.soapService?.profile).toBe('soap');
    expect(landCertificatesProvider.soapService?.profile).toBe('soap');
  });

  it('answer a parcel by its key, valid against the answer schema, with no holder in it', () => {
    const parcel = world.parcels[0]!;
    const answer = landParcelProvider.resolve(
      { ...asker, MaXa: parcel.maXa, SoTo: String(parcel.soTo), SoThua: String(parcel.soThua) },
      world,
    );
    expect(compileSchema(ThuaDat).check(answer)).toEqual({ ok: true });
    expect(answer).toMatchObject({ MaXa: parcel.maXa, DienTich: String(parcel.dienTich) });
    expect(JSON.stringify(answer)).not.toMatch(/SoDinhDanh|HoVaTen|ChuSuDung/);
    expect(
      landParcelProvider.resolve({ ...asker, MaXa: parcel.maXa, SoTo: '9999', SoThua: '1' }, world),
    ).toBe(undefined);
  });

  it('answer the search by holder with every certificate naming them, jointly held ones included', () => {
    const holder = world.byTag('land-co-owners')[0]!;
    const answer = landCertificatesProvider.resolve({ ...asker, SoDinhDanh: holder.personalId }, world);
    expect(compileSchema(DanhSachGiayChungNhan).check(answer)).toEqual({ ok: true });
    expect(answer?.SoLuong).toBe(String(holder.land!.length));
    const joint = answer?.GiayChungNhan?.find((c) => c.HinhThucSuDung === 'Chung');
    expect(joint?.ChuSuDung?.map((h) => h.SoDinhDanh)).toContain(holder.personalId);
    expect(joint?.ChuSuDung).toHaveLength(2);
    expect(landCertificatesProvider.subject?.({ ...asker, SoDinhDanh: holder.personalId })).toBe(
      holder.personalId,
    );
  });

  it('answer an empty list for someone who holds nothing', () => {
    const renter = world.byTag('land-renting')[0]!;
    expect(landCertificatesProvider.resolve({ ...asker, SoDinhDanh: renter.personalId }, world)).toEqual({
      SoDinhDanh: renter.personalId,
      SoLuong: '0',
      ThoiDiemDuLieu: '20260101000000',
      GiayChungNhan: [],
    });
  });
});
