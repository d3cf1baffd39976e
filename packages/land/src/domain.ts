/**
 * Land parcels and certificates as a portal uses them: English names, numbers for areas, decoded
 * land-use codes, and where each value came from. Built from the wire shapes by `toParcel` and
 * `toCertificateList`.
 * @module
 */

/** Where a value came from: the provider subsystem that answered, and when it read the record. */
export interface Provenance {
  /** X-Road provider subsystem, `CLASS/MEMBER/SUBSYSTEM` (or with the instance): `VN/GOV/000.00.00.G14/CSDLDD`. */
  provider: string;
  /** When the provider read the record, ISO 8601: `2026-01-01T00:00:00Z`. */
  retrievedAt: string;
}

/** A unit's code and, when `@onceonly/vn` knows it, its name. */
export interface CommuneRef {
  /** Five-digit 2025 commune code (`mã xã`): `00004`. */
  code: string;
  /** Official name (`Phường Ba Đình`); `undefined` for a code `@onceonly/vn` does not know. */
  name: string | undefined;
  /** Two-digit 2025 province code; `''` when unknown. */
  provinceCode: string;
}

/** The key of a parcel in the cadastral map: commune, map sheet, parcel number. */
export interface ParcelKey {
  /** The 2025 commune. */
  commune: CommuneRef;
  /** Map sheet number (`số tờ bản đồ`). */
  sheet: number;
  /** Parcel number on that sheet (`số thửa`). */
  parcel: number;
}

/** One use of (part of) a parcel. */
export interface LandUse {
  /** Land-use code (`mã mục đích sử dụng`): `ODT`, `ONT`, `LUC`, `CLN`, … */
  code: string;
  /** Its Vietnamese name; `undefined` for a code this version does not know. */
  name: string | undefined;
  /** Area under this use, m²; `undefined` when the record does not say. */
  area: number | undefined;
  /** Term (`thời hạn`): `'long-term'` (lâu dài), an end date `yyyy-mm-dd`, or `undefined`. */
  term: string | undefined;
}

/** A parcel as the cadastral map holds it (`thửa đất`): no owner, by design (see the README). */
export interface Parcel extends ParcelKey {
  /** Area, m²; `undefined` when the record does not say. */
  area: number | undefined;
  /** The uses, residential first as the record lists them. */
  uses: LandUse[];
  /** House number, street, hamlet (`chi tiết`); `''` when none. */
  address: string;
  /** When the data was taken (`ThoiDiemDuLieu`), as sent; `''` when absent. */
  dataTime: string;
  provenance: Provenance;
}

/** A person named on a certificate. */
export interface Holder {
  fullName: string;
  /** 12-digit personal id, when the certificate holds one. */
  personalId: string | undefined;
  /** Old 9-digit id, on certificates issued before personal ids. */
  oldId: string | undefined;
}

/** A house or other asset on the land (`tài sản gắn liền với đất`). */
export interface AttachedAsset {
  /** `Nhà ở` (a house), as the record names it. */
  kind: string;
  /** Built area, m². */
  builtArea: number | undefined;
  floors: number | undefined;
}

/** A land-use and house ownership certificate (`giấy chứng nhận`, the "sổ đỏ / sổ hồng"). */
export interface Certificate {
  /** Serial printed on the certificate (`số phát hành`): `CX 123456`. */
  serial: string;
  /** Register number (`số vào sổ cấp giấy chứng nhận`): `CS01234`. */
  registerNumber: string;
  /** Date of issue, `yyyy-mm-dd`; `undefined` when absent or unreadable. */
  issued: string | undefined;
  /** The parcel it covers. */
  parcel: ParcelKey & { address: string };
  area: number | undefined;
  uses: LandUse[];
  /** `sole` (riêng) or `joint` (chung: several holders, e.g. spouses). */
  ownership: 'sole' | 'joint';
  /** Every holder named, the person asked about among them. */
  holders: Holder[];
  /** Houses and other assets on the land. */
  assets: AttachedAsset[];
  provenance: Provenance;
}

/** The certificates naming one person: empty when they hold none (renting, or not a land user). */
export interface CertificateList {
  /** The person asked about. */
  personalId: string;
  certificates: Certificate[];
  /** When the data was taken (`ThoiDiemDuLieu`), as sent; `''` when absent. */
  dataTime: string;
  provenance: Provenance;
}
