import { NotFoundError, ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { INSURANCE_CODE, PERSONAL_ID, participant, SOURCE } from './fixtures/answers.js';
import { toParticipant } from './map-participant.js';

describe('toParticipant', () => {
  it('reads the keys, the normalised name, the date, the status and the months, with provenance', () => {
    expect(toParticipant(participant, SOURCE)).toEqual({
      insuranceCode: INSURANCE_CODE,
      personalId: PERSONAL_ID,
      fullName: 'Nguyễn Thị Ngọc Diễm',
      birthDate: { precision: 'day', year: 1990, month: 4, day: 17 },
      gender: 'female',
      status: 'contributing',
      totalMonths: 86,
      provenance: SOURCE,
    });
  });

  it('keeps a year-only date of birth and a record without personal id or months', () => {
    const { SoDinhDanh: _, TongSoThangDong: __, ...rest } = participant;
    const value = toParticipant({ ...rest, NgaySinh: '1948', TrangThaiThamGia: '3' }, SOURCE);
    expect(value.birthDate).toEqual({ precision: 'year', year: 1948 });
    expect(value.personalId).toBeUndefined();
    expect(value.status).toBe('health-only');
    expect(value.totalMonths).toBe(0);
  });

  it('answers "not found" for an empty record, and refuses unreadable fields without their values', () => {
    expect(() => toParticipant({}, SOURCE)).toThrow(NotFoundError);
    const badStatus = () => toParticipant({ ...participant, TrangThaiThamGia: '9' }, SOURCE);
    expect(badStatus).toThrow(ResponseError);
    const badDate = () => toParticipant({ ...participant, NgaySinh: '19901341' }, SOURCE);
    expect(badDate).toThrow(/NgaySinh/);
    expect(badDate).not.toThrow(/19901341/);
    expect(() => toParticipant({ ...participant, HoVaTen: ' ' }, SOURCE)).toThrow(/HoVaTen/);
    expect(() => toParticipant({ ...participant, TongSoThangDong: 'x' }, SOURCE)).toThrow(/TongSoThangDong/);
  });
});
