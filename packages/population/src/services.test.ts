import { compileSchema, InputError, PolicyError, ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { fullCollection, household } from './fixtures/congdan.js';
import {
  getCitizenRest,
  getCitizenSoap,
  populationOperationsFor,
  populationServices,
  verifyCitizenSoap,
} from './services.js';
import { TraCuuThongTinCongDan } from './wire.js';

/** Where a test answer came from, as the gateway hands it to `map`. */
const SOURCE = { provider: 'GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-01-01T00:00:00Z' };

const personalId = '079190012345';
const query = { personalId, fullName: 'nguyễn  thị ngọc diễm', birthDate: '17/04/1990' };
const call = { xroadId: 'a1b2c3', officerId: '001085001234', purpose: '1.001193', caseId: 'H23-1' };

describe('population declarations', () => {
  it('declares each operation twice, SOAP and REST, with the real names and categories', () => {
    const soap = populationOperationsFor('soap');
    const rest = populationOperationsFor('rest');
    expect(Object.values(soap).map((s) => [s.code, s.category, s.profile])).toEqual([
      ['TraCuuThongTinCongDan', 'population.basic', 'soap'],
      ['XacThucThongTinCongDan', 'population.verify', 'soap'],
      ['CungCapThongTinHoGiaDinh', 'population.household', 'soap'],
      ['XacMinhTinhTrangHonNhan', 'population.marital', 'soap'],
      ['CungCapThongTinCuTru', 'population.residence', 'soap'],
    ]);
    expect(Object.values(rest).every((s) => s.profile === 'rest' && s.id.endsWith('.rest'))).toBe(true);
    expect(Object.values(soap).every((s) => s.requiresOfficer && s.method === 'POST')).toBe(true);
    expect(verifyCitizenSoap.requiresConsent).toBe(false);
    expect(getCitizenSoap.requiresConsent).toBe(true);
    expect(new Set(populationServices.map((s) => s.id)).size).toBe(10);
  });

  it('names the SOAP operation, namespaces and the answer element', () => {
    expect(getCitizenSoap.soap).toMatchObject({
      namespace: 'http://dancuquocgia.bca',
      operation: 'TraCuuThongTinCongDan',
      responseElement: 'CongdanCollection',
      responseNamespace: 'http://www.mic.gov.vn/dancu/1.0',
      arrays: ['CongDan'],
    });
  });

  it('builds the 037 wire request from the domain input and who asks', () => {
    const sent = getCitizenSoap.toWire?.(query, call);
    expect(sent).toEqual({
      MaYeuCau: 'a1b2c3',
      MaCanBo: '001085001234',
      MaTichHop: '037',
      SoDinhDanh: personalId,
      HoVaTen: 'Nguyễn Thị Ngọc Diễm',
      NgayThangNamSinh: { NgayThangNam: '19900417' },
    });
    expect(compileSchema(TraCuuThongTinCongDan).check(sent)).toEqual({ ok: true });
    expect(getCitizenRest.toWire?.(query, call)).toEqual(sent);
  });

  it('sends a year alone as Nam, an old id as SoCMND, the unit and caller code when set', () => {
    const lookup = populationOperationsFor('rest', { unit: 'H23.01', callerCode: 'VPCP' }).getCitizen;
    const sent = lookup.toWire?.({ oldId: '012345678', fullName: 'Khổng Văn Lợi', birthDate: '1938' }, call);
    expect(sent).toMatchObject({
      SoCMND: '012345678',
      NgayThangNamSinh: { Nam: '1938' },
      MaDonVi: 'H23.01',
      MaDVC: 'VPCP',
    });
    expect(sent).not.toHaveProperty('SoDinhDanh');
    expect(
      lookup.toWire?.({ ...query, birthDate: { precision: 'day', year: 1990, month: 4, day: 17 } }, call),
    ).toMatchObject({ NgayThangNamSinh: { NgayThangNam: '19900417' } });
    expect(lookup.toWire?.({ ...query, birthDate: '1990-04-17' }, call)).toMatchObject({
      NgayThangNamSinh: { NgayThangNam: '19900417' },
    });
  });

  it('refuses to build a request without an officer', () => {
    expect(() => getCitizenSoap.toWire?.(query, { ...call, officerId: undefined } as never)).toThrow(
      PolicyError,
    );
  });

  it('names the consent subject: the personal id, or the old id', () => {
    expect(getCitizenSoap.subject?.(query)).toBe(personalId);
    expect(getCitizenSoap.subject?.({ oldId: '012345678', fullName: 'A B', birthDate: '1938' })).toBe(
      '012345678',
    );
  });

  it.each([
    [
      'an impossible personal id',
      { ...query, personalId: '003203012345' },
      'INVALID_PERSONAL_ID',
      '/personalId',
    ],
    ['a blank name', { ...query, fullName: '   ' }, 'INVALID_INPUT', '/fullName'],
    ['an impossible date', { ...query, birthDate: '30/02/1990' }, 'INVALID_INPUT', '/birthDate'],
    ['a month and year', { ...query, birthDate: '04/1990' }, 'INVALID_INPUT', '/birthDate'],
  ])('refuses %s before sending, without echoing it', (_what, input, code, field) => {
    let error: unknown;
    try {
      getCitizenSoap.check?.(input as never);
    } catch (e) {
      error = e;
    }
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as InputError).code).toBe(code);
    expect((error as InputError).fields).toEqual([field]);
    expect(JSON.stringify((error as InputError).toJSON())).not.toMatch(/003203012345|30\/02/);
  });

  it('maps the answer, and discards one about another person', () => {
    expect(getCitizenSoap.map(fullCollection, query, SOURCE).name.full).toBe('Nguyễn Thị Ngọc Diễm');
    expect(() =>
      getCitizenSoap.map(fullCollection, { ...query, personalId: '001203012345' }, SOURCE),
    ).toThrow(ResponseError);
  });

  it('maps verification, household and marital answers', () => {
    const ops = populationOperationsFor('soap');
    expect(ops.verifyCitizen.map({ TonTai: 'true' }, query, SOURCE)).toBe(true);
    expect(ops.verifyCitizen.map({ TonTai: false }, query, SOURCE)).toBe(false);
    const home = ops.getHousehold.map(household, query, SOURCE);
    expect(home.head?.name).toBe('Trần Minh Khôi');
    expect(home.members.map((m) => m.relationToHead)).toEqual(['head', 'wife']);
    const marital = ops.checkMaritalStatus.map(
      {
        SoDinhDanh: personalId,
        TinhTrangHonNhan: '2',
        VoChong: { HoVaTen: 'Trần Minh Khôi', QuocTich: 'VN' },
      },
      query,
      SOURCE,
    );
    expect(marital).toEqual({
      maritalStatus: 'married',
      spouse: { name: 'Trần Minh Khôi', nationality: 'VN' },
      provenance: SOURCE,
    });
    // Every domain value carries where it came from, as the gateway handed it to map.
    expect(home.provenance).toEqual(SOURCE);
    expect(getCitizenSoap.map(fullCollection, query, SOURCE).provenance).toEqual(SOURCE);
  });

  it('maps the residence answer, and refuses bad residence input before sending', () => {
    const ops = populationOperationsFor('rest');
    expect(ops.getResidence.id).toBe('population.residence.get.rest');
    const residence = ops.getResidence.map(
      {
        SoDinhDanh: personalId,
        ThoiDiemDuLieu: '20260101000000',
        ThuongTru: {
          DiaChi: { MaTinhThanh: '79', MaPhuongXa: '26734', ChiTiet: 'Số 5' },
          TuNgay: '20140302',
        },
      },
      query,
      SOURCE,
    );
    expect(residence.permanent?.from).toBe('2014-03-02');
    expect(residence.provenance).toEqual(SOURCE);
    expect(() => ops.getResidence.check?.({ ...query, personalId: '12' })).toThrow(InputError);
  });
});
