import { NotFoundError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { marriageDivorced, marriageInForce, marriages } from './fixtures/ho-tich.js';
import { toMaritalStatus, toMarriageRecord, toMarriageRecords } from './map-marriage.js';

const SOURCE = { provider: 'GOV/000.00.00.G12/CSDLHT', retrievedAt: '2026-01-01T00:00:00Z' };

describe('toMarriageRecord', () => {
  it('reads a marriage in force with both spouses', () => {
    const record = toMarriageRecord(marriageInForce, SOURCE);
    expect(record).toMatchObject({
      state: 'in-force',
      husband: {
        name: 'Nguyễn Văn Hùng',
        personalId: '079090001234',
        birthDate: { precision: 'year', year: 1990 },
      },
      wife: { name: 'Trần Thị Mai', personalId: '001192004321', nationality: 'VN' },
      registration: { number: '48', date: '2018-06-12', authority: { provinceCode: '01' } },
      provenance: SOURCE,
    });
    expect(record).not.toHaveProperty('divorce');
    expect(record).not.toHaveProperty('endedOn');
  });

  it('reads a foreign spouse by passport and nationality, and the divorce note', () => {
    const record = toMarriageRecord(marriageDivorced, SOURCE);
    expect(record.husband).toEqual({
      name: 'Kim Min-Jun',
      passport: 'M12345678',
      nationality: 'KR',
      birthDate: { precision: 'year', year: 1985 },
    });
    expect(record.state).toBe('divorced');
    expect(record.endedOn).toBe('2016-09-10');
    expect(record.divorce).toEqual({
      decision: '215/2016/QĐST-HNGĐ',
      date: '2016-09-10',
      court: 'Tòa án nhân dân Quận 1',
      notedOn: '2016-10-01',
    });
  });

  it('reads a marriage ended by a death, and refuses a divorce without its note or an unknown state', () => {
    expect(
      toMarriageRecord({ ...marriageInForce, TrangThai: '3', NgayChamDut: '20200101' }, SOURCE),
    ).toMatchObject({ state: 'ended-by-death', endedOn: '2020-01-01' });
    const { GhiChuLyHon: _note, ...noNote } = marriageDivorced;
    expect(() => toMarriageRecord(noNote, SOURCE)).toThrow(/GhiChuLyHon/);
    expect(() => toMarriageRecord({ ...marriageInForce, TrangThai: '9' }, SOURCE)).toThrow(/TrangThai/);
  });
});

describe('toMarriageRecords', () => {
  it('lists a remarriage: several records, earliest first; none is an empty list', () => {
    const records = toMarriageRecords(marriages, SOURCE);
    expect(records.map((r) => r.registration.date)).toEqual(['2012-01-05', '2018-06-12']);
    expect(toMarriageRecords({ SoDinhDanh: '001192004321', SoBanGhi: '0' }, SOURCE)).toEqual([]);
  });
});

describe('toMaritalStatus', () => {
  it('gives the status, the current spouse and every record behind it, across provinces', () => {
    const status = toMaritalStatus(
      { SoDinhDanh: '001192004321', TinhTrangHonNhan: '2', KetHon: marriages.KetHon ?? [] },
      SOURCE,
    );
    expect(status.status).toBe('married');
    expect(status.spouse?.personalId).toBe('079090001234');
    expect(status.marriages).toHaveLength(2);
    expect(status.registeredIn).toEqual(['79', '01']);
    expect(status.provenance).toEqual(SOURCE);
  });

  it('names no spouse when divorced, and is single with no records', () => {
    const divorced = toMaritalStatus(
      { SoDinhDanh: '001192004321', TinhTrangHonNhan: '3', KetHon: [marriageDivorced] },
      SOURCE,
    );
    expect(divorced).not.toHaveProperty('spouse');
    expect(toMaritalStatus({ SoDinhDanh: '001192004321', TinhTrangHonNhan: '1' }, SOURCE)).toMatchObject({
      status: 'single',
      marriages: [],
      registeredIn: [],
    });
  });

  it('is "not found" for an empty answer, and refuses an unknown status code', () => {
    expect(() => toMaritalStatus({}, SOURCE)).toThrow(NotFoundError);
    expect(() => toMaritalStatus({ SoDinhDanh: '001192004321', TinhTrangHonNhan: '7' }, SOURCE)).toThrow(
      /TinhTrangHonNhan/,
    );
  });
});
