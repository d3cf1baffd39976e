/**
 * What a portal uses: English names, decoded codes, months as `yyyy-mm`, days as `yyyy-mm-dd`, and
 * on every value where it came from (`provenance`). Built from the wire answers by the `to…` mappings.
 * @module
 */
import type { VnDate } from '@onceonly/vn';
import type { Gender, ParticipationStatus } from './codes.js';

/** Where a value came from: the provider subsystem that answered, and when it read the record. */
export interface Provenance {
  /** X-Road provider subsystem, `CLASS/MEMBER/SUBSYSTEM` (with the instance when the gateway gives it). */
  provider: string;
  /** When the provider read the record, ISO 8601. */
  retrievedAt: string;
}

/** A participant (`người tham gia`, wire `NguoiThamGia`). */
export interface Participant {
  /** Social insurance code (`MaSoBHXH`): the 10-digit code, or the personal id where it replaced it. */
  insuranceCode: string;
  /** Personal id (`SoDinhDanh`), when the record holds it. */
  personalId?: string;
  /** Full name (`HoVaTen`), normalised. */
  fullName: string;
  /** Date of birth (`NgaySinh`): a full date, or a year alone for old records. */
  birthDate: VnDate;
  /** Gender (`GioiTinh`), when known. */
  gender?: Gender;
  /** `contributing`, `stopped`, or `health-only` (never contributed; holds a health card). */
  status: ParticipationStatus;
  /** Months of social insurance contributions in all (`TongSoThangDong`). */
  totalMonths: number;
  provenance: Provenance;
}

/** A salary band (`MucLuong`), in VND a month; `max` is absent for the top band. */
export interface SalaryBand {
  code: string;
  min: number | undefined;
  max: number | undefined;
}

/** One contribution period (`QuaTrinhDong`). */
export interface ContributionPeriod {
  /** The employer (`DonViSuDungLaoDong`): tax code (`MaSoThue`) and name (`TenDonVi`). */
  employer: { taxCode: string; name: string };
  /** First month contributed (`TuThang`), `yyyy-mm`. */
  from: string;
  /** Last month contributed (`DenThang`), `yyyy-mm`; absent while the period runs. */
  to?: string;
  /** Months in the period, both ends included (to the data month while it runs). */
  months: number;
  /** Salary band (`MucLuong`). */
  salaryBand: SalaryBand;
}

/** The contribution history (`QuaTrinhThamGia`). */
export interface ContributionHistory {
  insuranceCode: string;
  personalId?: string;
  /** The periods, earliest first. */
  periods: ContributionPeriod[];
  /** Months contributed in all (a month counted once, however many employers paid for it). */
  totalMonths: number;
  /**
   * Months contributed in the 24 months up to and including the data month (the window unemployment
   * benefit looks at: 12 of the last 24 are needed). For another window, `contributionMonthsBetween`.
   */
  monthsInLast24: number;
  /** The month the data was taken, `yyyy-mm`: the end of the 24-month window. */
  asOfMonth: string;
  provenance: Provenance;
}

/** A health insurance card (`thẻ BHYT`, wire `TheBHYT`). */
export interface HealthInsuranceCard {
  /** Card number (`SoTheBHYT`), 15 characters. */
  cardNumber: string;
  /** Group of the holder: the card number's two letters (`DN` employee, `TE` child under 6, `HS` pupil, ...). */
  group: string;
  /** Benefit level (`MucHuong`), 1 to 5, and the share of costs the fund pays (percent). */
  benefitLevel: { level: number; percent: number | undefined };
  insuranceCode: string;
  personalId?: string;
  fullName: string;
  /** Valid from (`GiaTriTu`), `yyyy-mm-dd`. */
  validFrom: string;
  /** Valid until (`GiaTriDen`), `yyyy-mm-dd`; absent when open-ended. */
  validTo?: string;
  /** Whether the card is valid on the data day. */
  validOnDataDay: boolean;
  /** Registered primary care clinic (`NoiDangKyKCBBanDau`): code (`MaCoSo`) and name (`TenCoSo`). */
  clinic: { code: string; name: string };
  provenance: Provenance;
}
