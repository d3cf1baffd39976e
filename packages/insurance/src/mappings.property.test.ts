import { OnceOnlyError } from '@onceonly/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE } from './fixtures/answers.js';
import { toHealthInsuranceCard } from './map-card.js';
import { toParticipant } from './map-participant.js';
import { toContributionHistory } from './map-periods.js';

// Any text a lenient answer schema lets through, biased towards the shapes the fields expect.
const text = fc.option(
  fc.oneof(
    fc.string({ maxLength: 16 }),
    fc.stringMatching(/^[0-9]{4,15}$/),
    fc.constantFrom('', ' ', '0000', '00000000', '20250230', '202413', '1', '3', '9', '0100109106'),
  ),
  { nil: undefined },
);
const person = { MaSoBHXH: text, SoDinhDanh: text, HoVaTen: text, NgaySinh: text, GioiTinh: text };
const period = fc.record(
  {
    DonViSuDungLaoDong: fc.option(fc.record({ MaSoThue: text, TenDonVi: text }, { requiredKeys: [] }), {
      nil: undefined,
    }),
    TuThang: text,
    DenThang: text,
    MucLuong: text,
  },
  { requiredKeys: [] },
);

/** A value, or a typed SDK error: never a crash with something else. */
function valueOrTypedError(map: () => unknown): void {
  try {
    map();
  } catch (error) {
    expect(error).toBeInstanceOf(OnceOnlyError);
  }
}

describe('the mappings on any answer the schemas let through', () => {
  it('participant', () => {
    fc.assert(
      fc.property(
        fc.record(
          { ...person, TrangThaiThamGia: text, TongSoThangDong: text, ThoiDiemDuLieu: text },
          { requiredKeys: [] },
        ),
        (wire) => valueOrTypedError(() => toParticipant(wire, SOURCE)),
      ),
    );
  });

  it('contribution history', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            MaSoBHXH: text,
            SoDinhDanh: text,
            ThoiDiemDuLieu: text,
            QuaTrinhDong: fc.array(period, { maxLength: 4 }),
          },
          { requiredKeys: [] },
        ),
        (wire) => valueOrTypedError(() => toContributionHistory(wire, SOURCE)),
      ),
    );
  });

  it('health card', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            ...person,
            SoTheBHYT: text,
            GiaTriTu: text,
            GiaTriDen: text,
            MucHuong: text,
            ThoiDiemDuLieu: text,
            NoiDangKyKCBBanDau: fc.record({ MaCoSo: text, TenCoSo: text }, { requiredKeys: [] }),
          },
          { requiredKeys: [] },
        ),
        (wire) => valueOrTypedError(() => toHealthInsuranceCard(wire, SOURCE)),
      ),
    );
  });
});
