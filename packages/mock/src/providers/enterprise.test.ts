import { compileSchema } from '@onceonly/core';
import { DanhSachDoanhNghiep, DanhSachHoKinhDoanh, DoanhNghiep, HoKinhDoanh } from '@onceonly/enterprise';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/create-world.js';
import {
  enterpriseLookupProvider,
  householdBusinessLookupProvider,
  ownerSearchProvider,
  representativeSearchProvider,
} from './enterprise.js';

const world = createWorld(42, { size: 300 });

describe('enterprise providers', () => {
  it('answer every enterprise by tax code, from the REST path or the SOAP body, valid and without ids', () => {
    const check = compileSchema(DoanhNghiep);
    for (const record of world.enterprises) {
      const rest = enterpriseLookupProvider.resolve({ taxCode: record.maSoDoanhNghiep }, world);
      const soap = enterpriseLookupProvider.resolve(
        { MaYeuCau: 'x', MaSoDoanhNghiep: record.maSoDoanhNghiep },
        world,
      );
      expect(soap).toEqual(rest);
      expect(check.check(rest)).toEqual({ ok: true });
      expect(rest?.NguoiDaiDien?.SoDinhDanh).toBeUndefined();
      expect(rest?.NgayGiaiThe !== undefined).toBe(record.tinhTrang === '04');
    }
    expect(enterpriseLookupProvider.resolve({ taxCode: '0100109106-001' }, world)).toBeUndefined();
  });

  it('answer every household business by registration number, valid and without the owner id', () => {
    const check = compileSchema(HoKinhDoanh);
    for (const record of world.householdBusinesses) {
      const answer = householdBusinessLookupProvider.resolve({ registrationNumber: record.soDangKy }, world);
      expect(check.check(answer)).toEqual({ ok: true });
      expect(answer?.ChuHoKinhDoanh).toEqual({ HoVaTen: record.chuHo.hoVaTen });
    }
  });

  it('answer a search by person with their records and ids, or an empty list', () => {
    const rep = world.byTag('enterprise-representative')[0]!;
    const list = representativeSearchProvider.resolve({ MaYeuCau: 'x', SoDinhDanh: rep.personalId }, world)!;
    expect(compileSchema(DanhSachDoanhNghiep).check(list)).toEqual({ ok: true });
    expect(list.SoLuong).toBe(String(rep.enterprise!.representativeOf.length));
    expect(list.DoanhNghiep!.every((e) => e.NguoiDaiDien?.SoDinhDanh === rep.personalId)).toBe(true);
    expect(representativeSearchProvider.subject?.({ MaYeuCau: 'x', SoDinhDanh: rep.personalId })).toBe(
      rep.personalId,
    );
    const owner = world.byTag('household-business')[0]!;
    const shops = ownerSearchProvider.resolve({ MaYeuCau: 'x', SoDinhDanh: owner.personalId }, world)!;
    expect(compileSchema(DanhSachHoKinhDoanh).check(shops)).toEqual({ ok: true });
    expect(shops.HoKinhDoanh!.map((h) => h.SoDangKy)).toEqual(owner.enterprise!.householdBusinesses);
    const nobody = world.personas.find((p) => p.enterprise === undefined)!;
    expect(
      ownerSearchProvider.resolve({ MaYeuCau: 'x', SoDinhDanh: nobody.personalId }, world),
    ).toMatchObject({
      SoLuong: '0',
      HoKinhDoanh: [],
    });
  });
});
