/**
 * Enterprises and household businesses as a portal uses them: English names, decoded codes, ISO
 * dates, and where each value came from. Built from the wire records by the `map-*` functions.
 * @module
 */
import type { EnterpriseStatus, HouseholdBusinessStatus, LegalForm } from './codes.js';

/** Where a value came from: the provider subsystem that answered, and when it read the record. */
export interface Provenance {
  /** X-Road provider subsystem, `CLASS/MEMBER/SUBSYSTEM` (with the instance when the gateway gives it). */
  provider: string;
  /** When the provider read the record, ISO 8601. */
  retrievedAt: string;
}

/** An address in the 2025 map (`địa chỉ`), with unit names resolved by `@onceonly/vn` when known. */
export interface Address {
  /** 2025 province code (`MaTinhThanh`); `''` when the record has none. */
  provinceCode: string;
  /** 2025 ward / commune code (`MaPhuongXa`); `''` when the record has none. */
  wardCode: string;
  /** House number, street, hamlet (`ChiTiet`); may be `''`. */
  detail: string;
  /** Country (`QuocGia`), ISO 3166-1 alpha-2; `VN` when the record leaves it empty. */
  country: string;
  /** Official name of the province, when the code is known: `Thành phố Hà Nội`. */
  provinceName?: string;
  /** Official name of the ward, when the code is known and in that province: `Phường Ba Đình`. */
  wardName?: string;
}

/** A business line (`ngành nghề kinh doanh`). */
export interface BusinessLine {
  /** VSIC 2018 code (`MaNganh`): `4101`. */
  code: string;
  /** Its name (`TenNganh`). */
  name: string;
  /** The main line (`LaNganhChinh`). */
  main: boolean;
}

/** A person the register names (the legal representative, a household business's owner). */
export interface RegisteredPerson {
  /** Full name (`HoVaTen`). */
  name: string;
  /** Title (`ChucDanh`): `Giám đốc`, `Chủ doanh nghiệp`, ...; absent when the record has none. */
  title?: string;
  /** Personal id (`SoDinhDanh`): only in the answers of searches by person (consent given). */
  personalId?: string;
}

/**
 * An enterprise (`doanh nghiệp`), as the business registration database knows it.
 *
 * @example
 * ```ts
 * const company = await biz.getEnterprise({ taxCode: '0100109106' }, ctx);
 * company.names.vietnamese; // 'CÔNG TY TNHH XÂY DỰNG MINH PHÁT'
 * company.status;           // 'active'
 * ```
 */
export interface Enterprise {
  /** Enterprise code, which is its tax code (`MaSoDoanhNghiep`). */
  taxCode: string;
  names: {
    /** Vietnamese name (`TenTiengViet`). */
    vietnamese: string;
    /** Name in a foreign language (`TenNuocNgoai`), when registered. */
    foreign?: string;
    /** Abbreviated name (`TenVietTat`), when registered. */
    abbreviated?: string;
  };
  /** Status (`TinhTrangHoatDong`); `unknown` for a code this version does not know. */
  status: EnterpriseStatus;
  /** The raw status code, kept for codes this version does not know. */
  statusCode: string;
  /** Legal form (`LoaiHinhDoanhNghiep`); `other` for a code this version does not know. */
  legalForm: LegalForm;
  /** The raw legal form code. */
  legalFormCode: string;
  /** Date of establishment (`NgayThanhLap`), `yyyy-mm-dd`; absent when the record has none. */
  founded?: string;
  /** Date of dissolution (`NgayGiaiThe`), `yyyy-mm-dd`, for a dissolved enterprise. */
  dissolved?: string;
  /** Head office (`DiaChiTruSo`), when recorded. */
  address?: Address;
  /** Legal representative (`NguoiDaiDien`), when recorded. */
  representative?: RegisteredPerson;
  /** Business lines (`NganhNghe`), the main one first. */
  businessLines: BusinessLine[];
  /** Charter capital in đồng (`VonDieuLe`), when recorded. */
  charterCapital?: number;
  provenance: Provenance;
}

/** A household business (`hộ kinh doanh`). */
export interface HouseholdBusiness {
  /** Registration number (`SoDangKy`). */
  registrationNumber: string;
  /** Tax code (`MaSoThue`), when recorded. */
  taxCode?: string;
  /** Name (`TenHoKinhDoanh`). */
  name: string;
  /** Status (`TinhTrangHoatDong`); `unknown` for a code this version does not know. */
  status: HouseholdBusinessStatus;
  /** The raw status code. */
  statusCode: string;
  /** Date of registration (`NgayDangKy`), `yyyy-mm-dd`, when recorded. */
  registered?: string;
  /** Place of business (`DiaChiKinhDoanh`), when recorded. */
  address?: Address;
  /** Owner (`ChuHoKinhDoanh`), when recorded. */
  owner?: RegisteredPerson;
  /** Business lines (`NganhNghe`), the main one first. */
  businessLines: BusinessLine[];
  /** Business capital in đồng (`VonKinhDoanh`), when recorded. */
  capital?: number;
  provenance: Provenance;
}
