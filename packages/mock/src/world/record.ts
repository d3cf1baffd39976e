/**
 * How the synthetic world stores what the population database holds about a person. This is the
 * world's own storage shape, pinned by the world-pin test (a persona found by seed 42 today is the
 * same tomorrow); the mock's providers write it out in the real services' vocabulary
 * (`CongDan`, see `providers/population-wire.ts`) when they serve it.
 * @module
 */

/** An address in one of two maps: 2025 (province → ward) or pre-2025 (province → district → ward). */
export type RecordAddress =
  | { maTinh: string; maXa: string; chiTiet: string; phienBan: '2025' }
  | { maTinh: string; maHuyen: string; maXa: string; chiTiet: string; phienBan: 'pre-2025' };

/** A name in three parts. */
export interface RecordName {
  ho: string;
  chuDem: string;
  ten: string;
}

/** A relative named in the record; ids only when held. */
export interface RecordRelative {
  hoVaTen: string;
  soDinhDanh?: string;
  soCMND?: string;
  quocTich: string;
}

/**
 * One person's population record; `ngaySinh` is `dd/mm/yyyy`, `mm/yyyy` or `yyyy`. A deceased person's
 * record stays, with `ngayMat` (date of death, `dd/mm/yyyy`) and no current residence, household head or
 * relation to one (`thuongTru`, `noiOHienTai`, `chuHo`, `quanHeVoiChuHo` absent).
 */
export interface PopulationRecord {
  soDinhDanh: string;
  soCMND?: string;
  hoVaTen: RecordName;
  ngaySinh: string;
  gioiTinh: '1' | '2';
  danToc: string;
  tonGiao: string;
  tinhTrangHonNhan: string;
  nhomMau?: string;
  quocTich: string;
  noiDangKyKhaiSinh: RecordAddress;
  queQuan: RecordAddress;
  thuongTru?: RecordAddress;
  noiOHienTai?: RecordAddress;
  cha?: RecordRelative;
  me?: RecordRelative;
  voChong?: RecordRelative;
  nguoiDaiDien?: RecordRelative;
  chuHo?: { hoVaTen: string; soDinhDanh: string };
  quanHeVoiChuHo?: string;
  ngayMat?: string;
  /** Residence history (`cư trú`), served by `CungCapThongTinCuTru`. */
  cuTru: RecordResidenceHistory;
}

/** A registered residence with its dates, `dd/mm/yyyy`; `denNgay` when it ended (or, temporary, expires). */
export interface RecordResidence {
  diaChi: RecordAddress;
  tuNgay: string;
  denNgay?: string;
}

/**
 * Where a person has been registered: the permanent residence (`thuongTru`, the record's address, and
 * since when), earlier permanent residences (latest first), and a temporary residence (`tamTru`) for
 * people who live away from home. A deceased person has no current one: their last home is the first
 * of `thuongTruTruocDay`, ending on the day they died.
 */
export interface RecordResidenceHistory {
  thuongTru?: RecordResidence;
  thuongTruTruocDay: RecordResidence[];
  tamTru?: RecordResidence;
}
