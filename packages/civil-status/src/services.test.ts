import { compileSchema, InputError, PolicyError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { birth, death, marriages } from './fixtures/ho-tich.js';
import {
  CIVIL_STATUS_PROVIDER,
  civilStatusOperationsFor,
  civilStatusServices,
  getBirthRecordRest,
  getBirthRecordSoap,
  getMarriageRecordSoap,
} from './services.js';
import { YeuCauTraCuuHoTich } from './wire.js';

const SOURCE = { provider: 'GOV/000.00.00.G12/CSDLHT', retrievedAt: '2026-01-01T00:00:00Z' };
const query = { personalId: '079223012345', fullName: 'nguyễn  minh khôi' };
const call = { xroadId: 'a1b2c3', officerId: '001085001234', purpose: '1.001193', caseId: 'H23-1' };

describe('civil status declarations', () => {
  it('declares each operation for SOAP and REST, with its code, consent category and officer', () => {
    const soap = civilStatusOperationsFor('soap');
    const rest = civilStatusOperationsFor('rest');
    expect(Object.values(soap).map((s) => [s.id, s.code, s.category, s.profile])).toEqual([
      ['civil.birth.get', 'TraCuuThongTinKhaiSinh', 'civil.birth', 'soap'],
      ['civil.marriage.get', 'TraCuuThongTinKetHon', 'civil.marriage', 'soap'],
      ['civil.status.get', 'XacNhanTinhTrangHonNhan', 'civil.status', 'soap'],
      ['civil.death.get', 'TraCuuThongTinKhaiTu', 'civil.death', 'soap'],
    ]);
    expect(Object.values(rest).map((s) => s.id)).toEqual(Object.values(soap).map((s) => `${s.id}.rest`));
    for (const service of civilStatusServices) {
      expect(service).toMatchObject({
        provider: CIVIL_STATUS_PROVIDER,
        requiresOfficer: true,
        requiresConsent: true,
      });
      expect(service.method).toBe('POST');
    }
    expect(new Set(civilStatusServices.map((s) => s.id)).size).toBe(8);
  });

  it('names the SOAP operation, namespaces, answer element and its lists', () => {
    expect(getMarriageRecordSoap.soap).toMatchObject({
      namespace: 'http://hotich.moj.gov.vn',
      operation: 'TraCuuThongTinKetHon',
      responseElement: 'DanhSachKetHon',
      responseNamespace: 'http://hotich.moj.gov.vn/1.0',
      arrays: ['KetHon'],
    });
  });

  it('builds the wire request from the key and who asks, the same in both encodings', () => {
    const sent = getBirthRecordSoap.toWire?.(query, call);
    expect(sent).toEqual({
      MaYeuCau: 'a1b2c3',
      MaCanBo: '001085001234',
      SoDinhDanh: '079223012345',
      HoVaTen: 'Nguyễn Minh Khôi',
    });
    expect(compileSchema(YeuCauTraCuuHoTich).check(sent)).toEqual({ ok: true });
    expect(getBirthRecordRest.toWire?.(query, call)).toEqual(sent);
    const withUnit = civilStatusOperationsFor('rest', { unit: 'H23.01', callerCode: 'VPCP' }).getDeathRecord;
    expect(withUnit.toWire?.(query, call)).toMatchObject({ MaDonVi: 'H23.01', MaDVC: 'VPCP' });
  });

  it('refuses to build a request without an officer', () => {
    expect(() => getBirthRecordSoap.toWire?.(query, { ...call, officerId: undefined } as never)).toThrow(
      PolicyError,
    );
  });

  it('names the consent subject (the person the record is about) and where the answer names it', () => {
    expect(getBirthRecordSoap.subject?.(query)).toBe('079223012345');
    expect(getBirthRecordSoap.answerSubject?.(birth)).toBe('079223012345');
    expect(getMarriageRecordSoap.answerSubject?.(marriages)).toBe('001192004321');
    expect(civilStatusOperationsFor('soap').getDeathRecord.answerSubject?.(death)).toBe('034038001111');
  });

  it.each([
    [
      'an impossible personal id',
      { ...query, personalId: '003203012345' },
      'INVALID_PERSONAL_ID',
      '/personalId',
    ],
    ['a blank name', { ...query, fullName: '   ' }, 'INVALID_INPUT', '/fullName'],
  ])('refuses %s before sending, without echoing it', (_what, input, code, field) => {
    for (const service of civilStatusServices) {
      let error: unknown;
      try {
        service.check?.(input);
      } catch (e) {
        error = e;
      }
      expect(InputError.isInstance(error), service.id).toBe(true);
      expect((error as InputError).code).toBe(code);
      expect((error as InputError).fields).toEqual([field]);
      expect(JSON.stringify((error as InputError).toJSON())).not.toContain('003203012345');
    }
  });

  it('refuses an extra field and an old 9-digit id by the request schema', () => {
    const schema = compileSchema(getBirthRecordSoap.request);
    expect(schema.check({ ...query, birthDate: '1990' }).ok).toBe(false);
    expect(schema.check({ oldId: '012345678', fullName: 'A B' }).ok).toBe(false);
  });

  it('maps each answer with its provenance', () => {
    const ops = civilStatusOperationsFor('soap');
    expect(ops.getBirthRecord.map(birth, query, SOURCE).provenance).toEqual(SOURCE);
    expect(ops.getMarriageRecord.map(marriages, query, SOURCE)).toHaveLength(2);
    expect(ops.getDeathRecord.map(death, query, SOURCE).dateOfDeath.year).toBe(2024);
    expect(
      ops.getMaritalStatus.map({ SoDinhDanh: '001192004321', TinhTrangHonNhan: '1' }, query, SOURCE).status,
    ).toBe('single');
  });
});
