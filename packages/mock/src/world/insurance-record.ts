/**
 * How the synthetic world stores what the insurance database holds about a person (Bảo hiểm xã hội
 * Việt Nam: social insurance periods and the health insurance card), in the world's own storage shape
 * with Vietnamese field names; the mock's providers write it out in the services' vocabulary
 * (`NguoiThamGia`, `QuaTrinhThamGia`, `TheBHYT`, see `providers/insurance-wire.ts`).
 * @module
 */

/** One contribution period at one employer; months are `yyyy-mm`. */
export interface RecordContributionPeriod {
  /** The employer's 10-digit tax code: an enterprise of the world. */
  maSoThue: string;
  tenDonVi: string;
  /** First month contributed. */
  tuThang: string;
  /** Last month contributed; absent while the period runs (the current employer). */
  denThang?: string;
  /** Salary band, `01` to `05`. */
  mucLuong: string;
}

/** A health insurance card; days are `yyyy-mm-dd`. */
export interface RecordHealthCard {
  /** 15 characters: group (2 letters), benefit level, province (2 digits), insurance code. */
  soThe: string;
  giaTriTu: string;
  /** Absent when open-ended. */
  giaTriDen?: string;
  /** Benefit level, `1` to `5`. */
  mucHuong: string;
  noiDangKyKCB: { maCoSo: string; tenCoSo: string };
}

/** One person's insurance record. */
export interface InsuranceRecord {
  /** The 10-digit social insurance code (`mã số BHXH`); the personal id serves too since 2025. */
  maSoBHXH: string;
  /** `1` contributing now, `2` contributed once, `3` never contributed (health card only). */
  trangThaiThamGia: '1' | '2' | '3';
  /** Contribution periods, earliest first; empty when the person never contributed. */
  quaTrinhDong: RecordContributionPeriod[];
  /** The health card, for the living. */
  theBHYT?: RecordHealthCard;
}
