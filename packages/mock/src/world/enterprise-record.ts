import type { EnterpriseStatusCode, HouseholdBusinessStatusCode, LegalFormCode } from '@onceonly/enterprise';

/**
 * How the synthetic world stores what the business registration database holds: enterprises and
 * household businesses, in Vietnamese field names like `record.ts`. Pinned by the world-pin test; the
 * mock's enterprise provider writes it out in the services' vocabulary (`providers/enterprise-wire.ts`).
 * Dates are `yyyy-mm-dd`; addresses are in the 2025 map (province → ward).
 * @module
 */

/** An address in the 2025 map. */
export interface RecordAddress2025 {
  maTinh: string;
  maXa: string;
  chiTiet: string;
}

/** A business line (`ngành nghề kinh doanh`): VSIC 2018 level-4 code and name. */
export interface RecordBusinessLine {
  maNganh: string;
  tenNganh: string;
  /** The main line (`ngành chính`). */
  laNganhChinh: boolean;
}

/** The legal representative (`người đại diện theo pháp luật`): a persona of the world. */
export interface RecordRepresentative {
  soDinhDanh: string;
  hoVaTen: string;
  /** Title (`chức danh`): `Giám đốc`, `Tổng giám đốc`, `Chủ doanh nghiệp`, ... */
  chucDanh: string;
}

/** One registered enterprise (`doanh nghiệp`). */
export interface EnterpriseRecord {
  /** 10-digit enterprise code, which is its tax code (`mã số doanh nghiệp`), check digit valid. */
  maSoDoanhNghiep: string;
  tenTiengViet: string;
  tenNuocNgoai?: string;
  tenVietTat?: string;
  tinhTrang: EnterpriseStatusCode;
  loaiHinh: LegalFormCode;
  /** Date of establishment (`ngày thành lập`), `yyyy-mm-dd`. */
  ngayThanhLap: string;
  /** Date of dissolution (`ngày giải thể`), for a dissolved enterprise. */
  ngayGiaiThe?: string;
  /** Head office (`địa chỉ trụ sở chính`). */
  truSoChinh: RecordAddress2025;
  nguoiDaiDien: RecordRepresentative;
  nganhNghe: RecordBusinessLine[];
  /** Charter capital (`vốn điều lệ`) in đồng. */
  vonDieuLe: number;
  /** Employees (`số lao động`): what the insurance stage weighs employers by. */
  soLaoDong: number;
}

/** One household business (`hộ kinh doanh`), owned by a persona. */
export interface HouseholdBusinessRecord {
  /** Registration number (`số đăng ký hộ kinh doanh`): 2 digits, a letter, 7 digits (modelled). */
  soDangKy: string;
  /** Tax code (`mã số thuế`), 10 digits, check digit valid. */
  maSoThue: string;
  tenHoKinhDoanh: string;
  tinhTrang: HouseholdBusinessStatusCode;
  /** Date of registration (`ngày đăng ký`), `yyyy-mm-dd`. */
  ngayDangKy: string;
  diaChi: RecordAddress2025;
  /** The owner (`chủ hộ kinh doanh`): a persona of the world. */
  chuHo: { soDinhDanh: string; hoVaTen: string };
  nganhNghe: RecordBusinessLine[];
  /** Business capital (`vốn kinh doanh`) in đồng. */
  vonKinhDoanh: number;
  soLaoDong: number;
}

/** Per persona: what the business registration database links to them. */
export interface PersonaEnterprise {
  /** Tax codes of the enterprises they legally represent. */
  representativeOf: readonly string[];
  /** Registration numbers of the household businesses they own. */
  householdBusinesses: readonly string[];
}
