import { compileSchema, InputError, ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { company, representativeList, SOURCE, shop } from './fixtures/records.js';
import { enterpriseOperationsFor, enterpriseServices } from './services.js';
import { TraCuuTheoCaNhan, TraCuuThongTinDoanhNghiep } from './wire.js';

const call = { xroadId: 'a1b2c3', purpose: '1.001193', caseId: 'H23-1' };
const soap = enterpriseOperationsFor('soap', { unit: 'H23.01', callerCode: 'VPCP' });
const rest = enterpriseOperationsFor('rest');

const refuses = (fn: () => void, code: string, field: string) => {
  try {
    fn();
  } catch (error) {
    expect(InputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code, fields: [field] });
    return;
  }
  throw new Error('expected an InputError');
};

describe('enterprise declarations', () => {
  it('declares each operation for SOAP and REST, with the modelled codes and consent categories', () => {
    expect(Object.values(soap).map((s) => [s.id, s.code, s.category, s.requiresConsent])).toEqual([
      ['enterprise.enterprise.get', 'TraCuuThongTinDoanhNghiep', 'enterprise.public', false],
      ['enterprise.household-business.get', 'TraCuuThongTinHoKinhDoanh', 'enterprise.public', false],
      ['enterprise.enterprise.find', 'TraCuuDoanhNghiepTheoNguoiDaiDien', 'enterprise.basic', true],
      ['enterprise.household-business.find', 'TraCuuHoKinhDoanhTheoChuHo', 'enterprise.basic', true],
    ]);
    expect(Object.values(rest).map((s) => s.id)).toEqual(Object.values(soap).map((s) => `${s.id}.rest`));
    expect(
      Object.values(soap).every((s) => s.profile === 'soap' && s.provider === 'GOV/000.00.00.G09/CSDLDKDN'),
    ).toBe(true);
    expect(Object.values(rest).every((s) => s.profile === 'rest' && !s.requiresOfficer)).toBe(true);
    expect(new Set(enterpriseServices.map((s) => s.id)).size).toBe(8);
  });

  it('makes the public REST lookups GETs with the key in the path, and searches POSTs with the id in the body', () => {
    expect([rest.getEnterprise.method, rest.getEnterprise.path]).toEqual(['GET', '/enterprises/{taxCode}']);
    expect([rest.getHouseholdBusiness.method, rest.getHouseholdBusiness.path]).toEqual([
      'GET',
      '/household-businesses/{registrationNumber}',
    ]);
    expect([rest.findByRepresentative.method, rest.findByRepresentative.path]).toEqual(['POST', undefined]);
    expect(rest.findByRepresentative.personal).toContain('personalId');
    expect(soap.getEnterprise.soap).toMatchObject({
      operation: 'TraCuuThongTinDoanhNghiep',
      responseElement: 'DoanhNghiep',
      arrays: ['NganhNghe'],
    });
    expect(soap.findByRepresentative.soap?.arrays).toEqual(['NganhNghe', 'DoanhNghiep']);
  });

  it('builds the wire requests: canonical tax code, who asks, the officer only when named', () => {
    const sent = soap.getEnterprise.toWire?.({ taxCode: '0100109106001' }, call);
    expect(sent).toEqual({
      MaYeuCau: 'a1b2c3',
      MaDVC: 'VPCP',
      MaDonVi: 'H23.01',
      MaSoDoanhNghiep: '0100109106-001',
    });
    expect(compileSchema(TraCuuThongTinDoanhNghiep).check(sent).ok).toBe(true);
    const search = rest.findByRepresentative.toWire?.(
      { personalId: '001203012345' },
      { ...call, officerId: '001085001234' },
    );
    expect(search).toEqual({ MaYeuCau: 'a1b2c3', MaCanBo: '001085001234', SoDinhDanh: '001203012345' });
    expect(compileSchema(TraCuuTheoCaNhan).check(search).ok).toBe(true);
  });

  it('refuses before sending a tax code with a wrong check digit, a personal tax code, branch 000', () => {
    for (const taxCode of ['0100109107', '001203012345', '0100109106-000', '0100000006']) {
      refuses(() => soap.getEnterprise.check?.({ taxCode }), 'INVALID_INPUT', '/taxCode');
      refuses(() => rest.getEnterprise.check?.({ taxCode }), 'INVALID_INPUT', '/taxCode');
    }
    expect(() => rest.getEnterprise.check?.({ taxCode: '0100109106-001' })).not.toThrow();
    expect(compileSchema(rest.getEnterprise.request).check({ taxCode: '01001091' }).ok).toBe(false);
  });

  it('refuses a registration number of office 00, and a personal id that cannot exist', () => {
    refuses(
      () => soap.getHouseholdBusiness.check?.({ registrationNumber: '00A8012345' }),
      'INVALID_INPUT',
      '/registrationNumber',
    );
    refuses(
      () => rest.findHouseholdBusinesses.check?.({ personalId: '999203012345' }),
      'INVALID_PERSONAL_ID',
      '/personalId',
    );
    refuses(
      () => soap.findByRepresentative.check?.({ personalId: '999203012345' }),
      'INVALID_PERSONAL_ID',
      '/personalId',
    );
  });

  it('maps the answers, and discards one about another enterprise or person', () => {
    expect(rest.getEnterprise.map(company, { taxCode: '0100109106' }, SOURCE).taxCode).toBe('0100109106');
    expect(() => rest.getEnterprise.map(company, { taxCode: '0300588569' }, SOURCE)).toThrow(ResponseError);
    expect(() => soap.getHouseholdBusiness.map(shop, { registrationNumber: '01A8012346' }, SOURCE)).toThrow(
      /another household business/,
    );
    expect(
      soap.findByRepresentative.map(representativeList, { personalId: '001203012345' }, SOURCE),
    ).toHaveLength(1);
    expect(() =>
      soap.findByRepresentative.map(representativeList, { personalId: '079190012345' }, SOURCE),
    ).toThrow(ResponseError);
    expect(
      rest.findHouseholdBusinesses.map({ HoKinhDoanh: [shop] }, { personalId: '001203012345' }, SOURCE)[0]
        ?.provenance,
    ).toEqual(SOURCE);
  });
});
