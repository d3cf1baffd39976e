import { NotFoundError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { card, INSURANCE_CODE, PERSONAL_ID, SOURCE } from './fixtures/answers.js';
import { toHealthInsuranceCard } from './map-card.js';

describe('toHealthInsuranceCard', () => {
  it('reads the number, group, level, validity and the registered clinic', () => {
    expect(toHealthInsuranceCard(card, SOURCE)).toEqual({
      cardNumber: 'DN4797912345678',
      group: 'DN',
      benefitLevel: { level: 4, percent: 80 },
      insuranceCode: INSURANCE_CODE,
      personalId: PERSONAL_ID,
      fullName: 'Nguyễn Thị Ngọc Diễm',
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      validOnDataDay: true,
      clinic: { code: '79024', name: 'Trạm Y tế phường Bến Nghé' },
      provenance: SOURCE,
    });
  });

  it('says when the card is not valid on the data day, and keeps an open-ended card', () => {
    expect(toHealthInsuranceCard({ ...card, ThoiDiemDuLieu: '20260102000000' }, SOURCE).validOnDataDay).toBe(
      false,
    );
    const open = toHealthInsuranceCard({ ...card, GiaTriDen: '', MucHuong: '' }, SOURCE);
    expect(open.validTo).toBeUndefined();
    expect(open.benefitLevel.level).toBe(4); // from the card number when MucHuong is empty
    expect(open.validOnDataDay).toBe(true);
  });

  it('refuses what it cannot read, and answers "not found" for an empty card', () => {
    expect(() => toHealthInsuranceCard({}, SOURCE)).toThrow(NotFoundError);
    expect(() => toHealthInsuranceCard({ ...card, SoTheBHYT: 'DN47979' }, SOURCE)).toThrow(/SoTheBHYT/);
    expect(() => toHealthInsuranceCard({ ...card, GiaTriTu: '20250230' }, SOURCE)).toThrow(/GiaTriTu/);
    const { NoiDangKyKCBBanDau: _, ...noClinic } = card;
    expect(() => toHealthInsuranceCard(noClinic, SOURCE)).toThrow(/NoiDangKyKCBBanDau/);
  });
});
