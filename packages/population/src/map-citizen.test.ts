import { ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import {
  fullRecord,
  minorWithoutParents,
  pre2025Address,
  withOldId,
  yearOnlyBirth,
} from './fixtures/citizens.js';
import { toCitizen } from './map-citizen.js';

describe('toCitizen', () => {
  it('maps a full record field by field', () => {
    expect(toCitizen(fullRecord)).toEqual({
      personalId: '079190012345',
      name: { family: 'Nguyễn', middle: 'Thị Ngọc', given: 'Diễm', full: 'Nguyễn Thị Ngọc Diễm' },
      birthDate: { precision: 'day', year: 1990, month: 4, day: 17 },
      gender: 'female',
      ethnicity: { code: '01', name: 'Kinh' },
      religion: { code: '02', name: 'Công giáo' },
      maritalStatus: 'married',
      bloodType: 'O',
      nationality: 'VN',
      addresses: {
        birthRegistration: { provinceCode: '79', wardCode: '25747', detail: '', version: '2025' },
        homeTown: { provinceCode: '48', wardCode: '20194', detail: 'Thôn Phước Hưng', version: '2025' },
        permanent: { provinceCode: '79', wardCode: '25747', detail: 'Số 12 đường Lê Lợi', version: '2025' },
        current: { provinceCode: '79', wardCode: '25747', detail: 'Số 12 đường Lê Lợi', version: '2025' },
      },
      father: { name: 'Nguyễn Văn Hùng', personalId: '048058001122', nationality: 'VN' },
      mother: { name: 'Lữ Thị Hoa', oldId: '201234567', nationality: 'VN' },
      spouse: { name: 'Trần Minh Khôi', personalId: '001088004321', nationality: 'VN' },
      household: {
        headName: 'Trần Minh Khôi',
        headPersonalId: '001088004321',
        relationToHead: 'wife',
        relationCode: '02',
      },
    });
  });

  it('keeps a year-only date of birth partial', () => {
    const citizen = toCitizen(yearOnlyBirth);
    expect(citizen.birthDate).toEqual({ precision: 'year', year: 1938 });
    expect(citizen.maritalStatus).toBe('widowed');
    expect(citizen.household.relationToHead).toBe('head');
    expect(citizen.name.full).toBe('Khổng Văn Lợi');
  });

  it('keeps a month-and-year date of birth partial', () => {
    expect(toCitizen(pre2025Address).birthDate).toEqual({ precision: 'month', year: 1975, month: 3 });
  });

  it('keeps the district of a pre-2025 address', () => {
    const { addresses, bloodType, maritalStatus } = toCitizen(pre2025Address);
    expect(addresses.permanent).toEqual({
      provinceCode: '01',
      districtCode: '001',
      wardCode: '00001',
      detail: 'Số 3 ngõ 45 phố Phúc Xá',
      version: 'pre-2025',
    });
    expect(addresses.homeTown.districtCode).toBe('356');
    expect(bloodType).toBeUndefined(); // code 0: recorded as unknown
    expect(maritalStatus).toBe('divorced');
  });

  it('maps the old 9-digit id when the record has one', () => {
    const citizen = toCitizen(withOldId);
    expect(citizen.oldId).toBe('012345678');
    expect(citizen.birthDate).toEqual({ precision: 'day', year: 1988, month: 2, day: 29 });
    expect(citizen.father).toEqual({ name: 'Trần Văn Bình', nationality: 'VN' });
  });

  it('leaves missing relatives and optional fields absent, not undefined-valued', () => {
    const citizen = toCitizen(minorWithoutParents);
    for (const key of ['oldId', 'bloodType', 'father', 'mother', 'spouse'] as const) {
      expect(Object.hasOwn(citizen, key)).toBe(false);
    }
    expect(citizen.legalRepresentative).toEqual({
      name: 'Lý Văn Tài',
      personalId: '092070000456',
      nationality: 'VN',
    });
    expect(citizen.name).toEqual({ family: 'Lý', middle: '', given: 'Mỹ', full: 'Lý Mỹ' });
    expect(citizen.household.relationToHead).toBe('grandchild');
    expect(citizen.ethnicity).toEqual({ code: '05', name: 'Khơ-me' });
  });

  it('keeps unknown codes instead of dropping them', () => {
    const citizen = toCitizen({
      ...yearOnlyBirth,
      danToc: '77',
      tonGiao: '42',
      tinhTrangHonNhan: '9',
      quanHeVoiChuHo: '55',
    });
    expect(citizen.ethnicity).toEqual({ code: '77', name: undefined });
    expect(citizen.religion).toEqual({ code: '42', name: undefined });
    expect(citizen.maritalStatus).toBe('unknown');
    expect(citizen.household).toMatchObject({ relationToHead: 'other', relationCode: '55' });
  });

  it('refuses an impossible date or gender without echoing the value', () => {
    const badDate = () => toCitizen({ ...fullRecord, ngaySinh: '30/02/1990' });
    expect(badDate).toThrow(ResponseError);
    expect(badDate).toThrow(/ngaySinh/);
    expect(badDate).not.toThrow(/1990/);
    // @ts-expect-error: the wire type holds only the table's gender codes; the mapping guards anyway.
    expect(() => toCitizen({ ...fullRecord, gioiTinh: '7' })).toThrow(/gioiTinh/);
  });
});
