import { compileSchema, NotFoundError, ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import * as fixtures from './fixtures/congdan.js';
import { citizenOf, toBirthDate, toCitizen, toPersonName } from './map-citizen.js';
import { CongdanCollection } from './wire.js';

const SOURCE = { provider: 'GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-01-01T08:00:00.000Z' };

const { emptyCollection, fullCollection, oldDataCollection, sparseCollection } = fixtures;
const first = (c: CongdanCollection) => c.CongDan?.[0] ?? {};

describe('CongdanCollection declaration', () => {
  const schema = compileSchema(CongdanCollection);
  it.each([
    ['full', fullCollection],
    ['sparse', sparseCollection],
    ['old data', oldDataCollection],
    ['empty', emptyCollection],
  ])('accepts the %s answer as the real service sends it', (_name, answer) => {
    expect(schema.check(answer)).toEqual({ ok: true });
  });

  it('refuses a malformed date and a non-numeric count', () => {
    expect(schema.check({ CongDan: [{ NgayThangNamSinh: { NgayThangNam: '17/04/1990' } }] }).ok).toBe(false);
    expect(schema.check({ SoCongDan: 'one' }).ok).toBe(false);
  });
});

describe('toCitizen', () => {
  it('maps a full record field by field, 2025 addresses resolved with names', () => {
    const citizen = toCitizen(first(fullCollection), fullCollection.ThoiDiemDuLieu, SOURCE);
    expect(citizen).toMatchObject({
      personalId: '079190012345',
      name: { family: 'Nguyễn', middle: 'Thị Ngọc', given: 'Diễm', full: 'Nguyễn Thị Ngọc Diễm' },
      birthDate: { precision: 'day', year: 1990, month: 4, day: 17 },
      gender: 'female',
      ethnicity: { code: '01', name: 'Kinh' },
      religion: { code: '02', name: 'Công giáo' },
      maritalStatus: 'married',
      bloodType: 'O',
      nationality: 'VN',
      father: { name: 'Nguyễn Văn Hùng', personalId: '048058001122', nationality: 'VN' },
      mother: { name: 'Lữ Thị Hoa', oldId: '201234567', nationality: 'VN' },
      spouse: { name: 'Trần Minh Khôi', personalId: '001088004321', nationality: 'VN' },
      household: {
        headName: 'Trần Minh Khôi',
        headPersonalId: '001088004321',
        bookNumber: 'HK0000001234',
        relationToHead: 'wife',
        relationCode: '02',
      },
    });
    expect(citizen.addresses.current).toEqual({
      provinceCode: '79',
      wardCode: '25747',
      detail: 'Số 12 đường Lê Lợi',
      country: 'VN',
      version: '2025',
      provinceName: 'Thành phố Hồ Chí Minh',
      wardName: 'Phường Thủ Dầu Một',
      current: {
        province: { code: '79', name: 'Thành phố Hồ Chí Minh' },
        ward: { code: '25747', name: 'Phường Thủ Dầu Một' },
        candidates: [{ code: '25747', name: 'Phường Thủ Dầu Một' }],
      },
    });
  });

  it('makes sense of what real answers leave empty', () => {
    const citizen = toCitizen(first(sparseCollection), sparseCollection.ThoiDiemDuLieu, SOURCE);
    expect(citizen.name).toEqual({ family: 'Khổng', middle: 'Văn', given: 'Lợi', full: 'Khổng Văn Lợi' });
    expect(citizen.nationality).toBe('VN');
    expect(citizen.birthDate).toEqual({ precision: 'year', year: 1938 });
    expect(citizen.religion).toEqual({ code: '00', name: 'Không' });
    expect(citizen.oldId).toBe('012345678');
    expect(citizen).not.toHaveProperty('bloodType');
    expect(citizen.household).toMatchObject({ relationToHead: 'head', headName: 'Khổng Văn Lợi' });
  });

  it('reads an address with a district code as pre-2025 and resolves it to the 2025 ward', () => {
    const { permanent } = toCitizen(
      first(sparseCollection),
      sparseCollection.ThoiDiemDuLieu,
      SOURCE,
    ).addresses;
    expect(permanent).toMatchObject({
      version: 'pre-2025',
      provinceCode: '01',
      districtCode: '001',
      wardCode: '00001',
      country: 'VN',
      provinceName: 'Thành phố Hà Nội',
      wardName: 'Phường Phúc Xá',
      current: { province: { code: '01' }, ward: { code: '00097', name: 'Phường Hồng Hà' } },
    });
  });

  it('keeps the candidates of a commune that was split', () => {
    const { current } = toCitizen(first(sparseCollection), sparseCollection.ThoiDiemDuLieu, SOURCE).addresses;
    expect(current.current?.ward).toBeUndefined();
    expect(current.current?.candidates.map((w) => w.code)).toEqual(['00008', '00025']);
  });

  it('reads an address without district by the data date: before 2025-07-01 is pre-2025', () => {
    const { permanent } = toCitizen(
      first(oldDataCollection),
      oldDataCollection.ThoiDiemDuLieu,
      SOURCE,
    ).addresses;
    expect(permanent).toMatchObject({ version: 'pre-2025', districtCode: '', wardName: 'Phường Phúc Xá' });
    expect(permanent.current?.ward?.code).toBe('00097');
    const as2025 = toCitizen(first(oldDataCollection), '20250701000000', SOURCE).addresses.permanent;
    expect(as2025.version).toBe('2025');
  });

  it.each([
    ['no personal id', { SoDinhDanh: '' }, /SoDinhDanh/],
    ['an unknown gender code', { GioiTinh: '7' }, /GioiTinh/],
    ['no name', { HoVaTen: { Ho: '', ChuDem: '', Ten: '' } }, /HoVaTen/],
    ['an impossible date', { NgayThangNamSinh: { NgayThangNam: '19900230' } }, /NgayThangNamSinh/],
  ])('refuses a record with %s, naming the field, never the value', (_what, patch, field) => {
    const record = { ...first(fullCollection), ...patch };
    let error: unknown;
    try {
      toCitizen(record, fullCollection.ThoiDiemDuLieu, SOURCE);
    } catch (e) {
      error = e;
    }
    expect(ResponseError.isInstance(error)).toBe(true);
    expect((error as ResponseError).code).toBe('RESPONSE_MAPPING');
    expect((error as Error).message).toMatch(field);
    expect((error as Error).message).not.toMatch(/19900230|Nguyễn/);
  });
});

describe('toBirthDate and toPersonName', () => {
  it('reads NgayThangNam with 00 for an unknown day or month', () => {
    expect(toBirthDate({ NgayThangNam: '19750300' })).toEqual({ precision: 'month', year: 1975, month: 3 });
    expect(toBirthDate({ NgayThangNam: '19750000' })).toEqual({ precision: 'year', year: 1975 });
  });

  it('keeps parts as given when they are filled', () => {
    expect(toPersonName({ Ho: 'Tôn Nữ', ChuDem: 'Thị', Ten: 'Hà' }).full).toBe('Tôn Nữ Thị Hà');
  });
});

describe('citizenOf', () => {
  it('is NotFoundError for an empty collection (SoCongDan="0")', () => {
    expect(() => citizenOf(emptyCollection, SOURCE)).toThrow(NotFoundError);
  });

  it('refuses several citizens for one lookup', () => {
    const twice = { ...fullCollection, CongDan: [first(fullCollection), first(fullCollection)] };
    expect(() => citizenOf(twice, SOURCE)).toThrow(ResponseError);
  });
});
