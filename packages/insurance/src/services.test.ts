import { compileSchema, InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { card, history, INSURANCE_CODE, PERSONAL_ID, participant, SOURCE } from './fixtures/answers.js';
import {
  getParticipantSoap,
  insuranceOperationsFor,
  insuranceServices,
  INSURANCE_PROVIDER,
} from './services.js';
import { YeuCauBaoHiem } from './wire.js';

const call = { xroadId: 'a1b2c3', officerId: '001085001234', purpose: '1.001193', caseId: 'H23-1' };

describe('insurance declarations', () => {
  it('declares each operation twice, SOAP and REST, with ids, codes and consent categories', () => {
    const soap = insuranceOperationsFor('soap');
    const rest = insuranceOperationsFor('rest');
    expect(Object.values(soap).map((s) => [s.id, s.code, s.category, s.profile])).toEqual([
      ['insurance.participant.get', 'TraCuuThongTinNguoiThamGia', 'insurance.basic', 'soap'],
      ['insurance.contributions.get', 'TraCuuQuaTrinhDongBHXH', 'insurance.social', 'soap'],
      ['insurance.health-card.get', 'TraCuuTheBHYT', 'insurance.health', 'soap'],
    ]);
    expect(Object.values(rest).map((s) => [s.id, s.code, s.profile])).toEqual([
      ['insurance.participant.get.rest', 'TraCuuThongTinNguoiThamGia', 'rest'],
      ['insurance.contributions.get.rest', 'TraCuuQuaTrinhDongBHXH', 'rest'],
      ['insurance.health-card.get.rest', 'TraCuuTheBHYT', 'rest'],
    ]);
    for (const service of insuranceServices) {
      expect(service.provider).toBe(INSURANCE_PROVIDER);
      expect(service.requiresConsent).toBe(true);
      expect(service.requiresOfficer).toBe(false);
      expect(service.idempotent).toBe(true);
    }
    expect(soap.getContributionPeriods.soap?.arrays).toEqual(['QuaTrinhDong']);
  });

  it('refuses a key that cannot exist with InputError, naming the field and not the value', () => {
    const { check } = getParticipantSoap;
    expect(() => check!({ personalId: PERSONAL_ID })).not.toThrow();
    expect(() => check!({ insuranceCode: INSURANCE_CODE })).not.toThrow();
    for (const [query, field] of [
      [{ personalId: '999190012345' }, '/personalId'], // no such province
      [{ personalId: '079299012345' }, '/personalId'], // born in 2099: in the future
      [{ insuranceCode: '79123456' }, '/insuranceCode'],
      [{ insuranceCode: '79123456ab' }, '/insuranceCode'],
    ] as const) {
      const error = (() => {
        try {
          check!(query as never);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).fields).toEqual([field]);
      expect((error as Error).message).not.toContain(Object.values(query)[0]);
    }
  });

  it('writes who asks and exactly one key in the real names; the wire schema refuses both or neither', () => {
    const ops = insuranceOperationsFor('rest', { unit: 'H23.01', callerCode: 'VPCP' });
    const byId = ops.getParticipant.toWire!({ personalId: PERSONAL_ID }, call);
    expect(byId).toEqual({
      MaYeuCau: 'a1b2c3',
      MaDVC: 'VPCP',
      MaDonVi: 'H23.01',
      MaCanBo: '001085001234',
      SoDinhDanh: PERSONAL_ID,
    });
    const byCode = ops.getHealthInsuranceCard.toWire!(
      { insuranceCode: INSURANCE_CODE },
      { xroadId: 'x', purpose: 'p', caseId: 'c' },
    );
    expect(byCode).toEqual({ MaYeuCau: 'x', MaDVC: 'VPCP', MaDonVi: 'H23.01', MaSoBHXH: INSURANCE_CODE });
    const validate = (value: unknown) => compileSchema(YeuCauBaoHiem).check(value);
    expect(validate(byId).ok).toBe(true);
    expect(validate(byCode).ok).toBe(true);
    expect(validate({ MaYeuCau: 'x' }).ok).toBe(false);
    expect(validate({ MaYeuCau: 'x', SoDinhDanh: PERSONAL_ID, MaSoBHXH: INSURANCE_CODE }).ok).toBe(false);
    expect(validate({ MaYeuCau: 'x', SoDinhDanh: PERSONAL_ID, HoVaTen: 'An' }).ok).toBe(false);
  });

  it('maps each answer with its provenance, and discards an answer about someone else', () => {
    const ops = insuranceOperationsFor('soap');
    const byId = { personalId: PERSONAL_ID };
    expect(ops.getParticipant.map(participant, byId, SOURCE).provenance).toEqual(SOURCE);
    expect(
      ops.getContributionPeriods.map(history, { insuranceCode: INSURANCE_CODE }, SOURCE).periods,
    ).toHaveLength(2);
    expect(ops.getHealthInsuranceCard.map(card, byId, SOURCE).clinic.code).toBe('79024');
    expect(() => ops.getParticipant.map(participant, { personalId: '001203012345' }, SOURCE)).toThrow(
      /another person/,
    );
    expect(() => ops.getParticipant.map(participant, { insuranceCode: '0123456789' }, SOURCE)).toThrow(
      /another person/,
    );
  });
});
