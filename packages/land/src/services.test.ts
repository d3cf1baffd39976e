import { compileSchema, InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { ParcelQuery } from './query.js';
import {
  getCertificatesByOwnerRest,
  getCertificatesByOwnerSoap,
  getParcelRest,
  getParcelSoap,
  landOperationsFor,
  landServices,
} from './services.js';
import { TraCuuGiayChungNhanTheoChuSuDung, TraCuuThongTinThuaDat } from './wire.js';

const SOURCE = { provider: 'GOV/000.00.00.G14/CSDLDD', retrievedAt: '2026-01-01T00:00:00Z' };
const call = { xroadId: 'a1b2c3', purpose: '1.004227', caseId: 'H23-1' };
const parcel = { communeCode: '00004', sheet: 12, parcel: 345 };
const owner = { personalId: '001085012345' };

describe('land declarations', () => {
  it('declares each operation twice, SOAP and REST, with ids, codes, provider and categories', () => {
    for (const encoding of ['soap', 'rest'] as const) {
      const ops = Object.values(landOperationsFor(encoding));
      expect(ops.map((s) => [s.id, s.code, s.category, s.requiresConsent, s.profile])).toEqual([
        [
          encoding === 'soap' ? 'land.parcel.get' : 'land.parcel.get.rest',
          'TraCuuThongTinThuaDat',
          'land.parcel',
          false,
          encoding,
        ],
        [
          encoding === 'soap' ? 'land.certificates.get' : 'land.certificates.get.rest',
          'TraCuuGiayChungNhanTheoChuSuDung',
          'land.basic',
          true,
          encoding,
        ],
      ]);
      expect(ops.every((s) => s.provider === 'GOV/000.00.00.G14/CSDLDD' && s.method === 'POST')).toBe(true);
      expect(ops.every((s) => !s.requiresOfficer && s.idempotent)).toBe(true);
    }
    expect(new Set(landServices.map((s) => s.id)).size).toBe(4);
    expect(getCertificatesByOwnerSoap.soap).toMatchObject({
      operation: 'TraCuuGiayChungNhanTheoChuSuDung',
      responseElement: 'DanhSachGiayChungNhan',
      arrays: ['GiayChungNhan', 'MucDichSuDung', 'ChuSuDung', 'TaiSan'],
    });
    expect(getParcelSoap.soap).toMatchObject({ responseElement: 'ThuaDat', arrays: ['MucDichSuDung'] });
  });

  it('builds the wire requests: numbers as text, who asks, the officer only when given', () => {
    const sent = getParcelSoap.toWire?.(parcel, call);
    expect(sent).toEqual({ MaYeuCau: 'a1b2c3', MaXa: '00004', SoTo: '12', SoThua: '345' });
    expect(compileSchema(TraCuuThongTinThuaDat).check(sent)).toEqual({ ok: true });
    expect(getParcelRest.toWire?.(parcel, call)).toEqual(sent);
    const asked = landOperationsFor('rest', { unit: 'H23.01', callerCode: 'VPCP' }).getCertificatesByOwner;
    const search = asked.toWire?.(owner, { ...call, officerId: '001085009999' });
    expect(search).toEqual({
      MaYeuCau: 'a1b2c3',
      MaDVC: 'VPCP',
      MaCanBo: '001085009999',
      MaDonVi: 'H23.01',
      SoDinhDanh: owner.personalId,
    });
    expect(compileSchema(TraCuuGiayChungNhanTheoChuSuDung).check(search)).toEqual({ ok: true });
  });

  it('names the consent subject of the search (the holder) and reads it back from the answer', () => {
    expect(getCertificatesByOwnerRest.subject?.(owner)).toBe(owner.personalId);
    expect(getCertificatesByOwnerRest.answerSubject?.({ SoDinhDanh: '079190012345' })).toBe('079190012345');
    expect(getParcelRest.subject).toBeUndefined();
  });

  it('refuses, before sending, a commune that is not a 2025 commune, and says how to convert an old one', () => {
    expect(() => getParcelSoap.check?.(parcel)).not.toThrow();
    const old = (() => {
      try {
        getParcelSoap.check?.({ ...parcel, communeCode: '00001' });
      } catch (error) {
        return error;
      }
    })();
    expect(old).toBeInstanceOf(InputError);
    expect(old).toMatchObject({ code: 'INVALID_INPUT', fields: ['/communeCode'] });
    expect((old as Error).message).toContain('resolveOldAddress');
    expect(() => getParcelSoap.check?.({ ...parcel, communeCode: '99999' })).toThrow(/2025 map/);
  });

  it('refuses by schema a sheet or parcel number that is not a positive integer', () => {
    const schema = compileSchema(ParcelQuery);
    expect(schema.check(parcel)).toEqual({ ok: true });
    for (const bad of [
      { ...parcel, sheet: 0 },
      { ...parcel, parcel: 1.5 },
      { ...parcel, communeCode: '4' },
    ]) {
      expect(schema.check(bad).ok).toBe(false);
    }
  });

  it('refuses a personal id that cannot exist, without quoting it', () => {
    const error = (() => {
      try {
        getCertificatesByOwnerSoap.check?.({ personalId: '999085012345' });
      } catch (caught) {
        return caught as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.code).toBe('INVALID_PERSONAL_ID');
    expect(error?.message).not.toContain('999085012345');
  });

  it('maps with the provenance the gateway hands over', () => {
    const mapped = getParcelSoap.map({ MaXa: '00004', SoTo: '1', SoThua: '2' }, parcel, SOURCE);
    expect(mapped.provenance).toEqual(SOURCE);
    const list = getCertificatesByOwnerRest.map({ SoDinhDanh: owner.personalId }, owner, SOURCE);
    expect(list).toMatchObject({ personalId: owner.personalId, certificates: [], provenance: SOURCE });
  });
});
