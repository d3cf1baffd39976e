/**
 * How the synthetic world stores what the civil status database (`hộ tịch`) holds about a person: the
 * world's own storage shape in Vietnamese field names, as `record.ts` is for the population database.
 * The mock's providers write it out in the wire vocabulary (`ThongTinKhaiSinh`, `ThongTinKetHon`, …).
 * Dates are `yyyy-mm-dd`.
 * @module
 */

/** The registering authority: a commune's People's Committee (UBND cấp xã). */
export interface CoQuanDangKyRecord {
  maCoQuan: string;
  /** `UBND Phường Bến Nghé`. */
  tenCoQuan: string;
  /** Province code of the map in force on the registration date (pre-2025 before 2025-07-01). */
  maTinh: string;
  maXa: string;
}

/** Where an entry stands in the civil status books (`sổ hộ tịch`). */
export interface DangKyRecord {
  soDangKy: string;
  /** Register book: `01/2012`. */
  quyenSo: string;
  ngayDangKy: string;
  coQuanDangKy: CoQuanDangKyRecord;
}

/** A place: pre-2025 places carry their district. */
export interface NoiRecord {
  maTinh: string;
  maHuyen?: string;
  maXa: string;
  chiTiet: string;
}

/** The person a record is about. */
export interface NguoiRecord {
  soDinhDanh: string;
  hoVaTen: string;
  gioiTinh: '1' | '2';
  ngaySinh: string;
  quocTich: string;
}

/** A parent on a birth record: a persona parent by id, an outside parent by name only. */
export interface ChaMeRecord {
  hoVaTen: string;
  soDinhDanh?: string;
  namSinh?: string;
  quocTich: string;
}

/** A birth registration (`khai sinh`). */
export interface KhaiSinhRecord extends DangKyRecord {
  nguoiDuocKhaiSinh: NguoiRecord;
  noiSinh: NoiRecord;
  cha?: ChaMeRecord;
  me?: ChaMeRecord;
}

/** A party to a marriage: a foreign spouse has a passport (`hoChieu`) and no personal id. */
export interface BenKetHonRecord {
  hoVaTen: string;
  soDinhDanh?: string;
  hoChieu?: string;
  quocTich: string;
  /** `yyyy-mm-dd` for a persona, `yyyy` for an outside spouse. */
  ngaySinh: string;
}

/** A marriage registration (`đăng ký kết hôn`), the same object in both spouses' histories. */
export interface KetHonRecord extends DangKyRecord {
  chong: BenKetHonRecord;
  vo: BenKetHonRecord;
  /** `1` in force, `2` divorced, `3` ended by a spouse's death. */
  trangThai: '1' | '2' | '3';
  ngayChamDut?: string;
  ghiChuLyHon?: { soQuyetDinh: string; ngayQuyetDinh: string; toaAn: string; ngayGhiChu: string };
}

/** A death registration (`khai tử`); the cause of death is not held. */
export interface KhaiTuRecord extends DangKyRecord {
  nguoiDaKhuat: NguoiRecord;
  ngayChet: string;
  noiChet: NoiRecord;
}

/** Everything the civil status database holds about one person. */
export interface CivilStatusRecord {
  /** Marital status code as the population database codes it: 1 single, 2 married, 3 divorced, 4 widowed. */
  tinhTrangHonNhan: '1' | '2' | '3' | '4';
  /** The birth registration, when the person's birth is in the electronic database. */
  khaiSinh?: KhaiSinhRecord;
  /** Every marriage registration, earliest first. */
  ketHon: KetHonRecord[];
  /** The death registration, for a deceased person. */
  khaiTu?: KhaiTuRecord;
}
