/**
 * Civil status records as a portal uses them: English names, decoded codes, ISO dates, and where each
 * value came from. Built from the wire answers by the `to…` mappings.
 * @module
 */
import type { VnDate } from '@onceonly/vn';
import type { Gender, MaritalStatus, MarriageState } from './codes.js';

/** Where a value came from: the provider subsystem that answered and when it read the record. */
export interface Provenance {
  /** X-Road provider, `CLASS/MEMBER/SUBSYSTEM` (with the instance when the gateway names it). */
  provider: string;
  /** When the provider read the record, ISO 8601. */
  retrievedAt: string;
}

/** A date that may be partial (a year alone on old records): `@onceonly/vn`'s `VnDate`. */
export type PartialDate = VnDate;

/** The registering authority (`cơ quan đăng ký`, wire `CoQuanDangKy`): a commune's People's Committee. */
export interface RegisteringAuthority {
  /** Its code (`MaCoQuan`). */
  code: string;
  /** Its name (`TenCoQuan`): `UBND Phường Bến Nghé`. */
  name: string;
  /** Province code (`MaTinhThanh`), in the map in force when it registered. */
  provinceCode: string;
  /** Commune code (`MaPhuongXa`). */
  wardCode: string;
}

/** Where an entry stands in the civil status books (`sổ hộ tịch`). */
export interface Registration {
  /** Registration number (`SoDangKy`). */
  number: string;
  /** Register book (`QuyenSo`), `''` when not given. */
  book: string;
  /** Registration date (`NgayDangKy`), `yyyy-mm-dd`. */
  date: string;
  /** Who registered it (`CoQuanDangKy`). */
  authority: RegisteringAuthority;
}

/** A place (`DiaChi`): codes as recorded, and the detail. */
export interface Place {
  /** Province code (`MaTinhThanh`); `''` when none. */
  provinceCode: string;
  /** District code (`MaQuanHuyen`), pre-2025 places only. */
  districtCode?: string;
  /** Ward / commune code (`MaPhuongXa`); `''` when none. */
  wardCode: string;
  /** Detail (`ChiTiet`): hospital, house, street. */
  detail: string;
  /** Country (`QuocGia`), `VN` when the record leaves it empty. */
  country: string;
}

/** A parent on a birth record (`Cha`, `Me`). */
export interface Parent {
  /** Name (`HoVaTen`), normalised. */
  name: string;
  /** Personal id (`SoDinhDanh`), when the record holds one. */
  personalId?: string;
  /** Year of birth (`NamSinh`), when recorded. */
  birthYear?: number;
  /** Nationality (`QuocTich`), ISO alpha-2; `VN` when empty. */
  nationality: string;
}

/** The person a record is about (`NguoiDuocKhaiSinh`, `NguoiDaKhuat`). */
export interface RecordedPerson {
  /** Personal id (`SoDinhDanh`). */
  personalId: string;
  /** Name (`HoVaTen`), normalised. */
  name: string;
  /** Gender (`GioiTinh`), when coded. */
  gender?: Gender;
  /** Date of birth (`NgayThangNamSinh`), when recorded. */
  birthDate?: PartialDate;
  /** Nationality (`QuocTich`), `VN` when empty. */
  nationality: string;
}

/** A birth registration (`giấy khai sinh`, `TraCuuThongTinKhaiSinh`). */
export interface BirthRecord {
  registration: Registration;
  /** The child (`NguoiDuocKhaiSinh`). */
  child: RecordedPerson;
  /** Place of birth (`NoiSinh`). */
  placeOfBirth: Place;
  /** Father (`Cha`), when the record names one. */
  father?: Parent;
  /** Mother (`Me`), when the record names one. */
  mother?: Parent;
  provenance: Provenance;
}

/** A party to a marriage (`Chong`, `Vo`). A foreign spouse has a passport and no personal id. */
export interface Spouse {
  /** Name (`HoVaTen`), normalised. */
  name: string;
  /** Personal id (`SoDinhDanh`), for a Vietnamese citizen. */
  personalId?: string;
  /** Passport number (`HoChieu`), for a foreign national. */
  passport?: string;
  /** Nationality (`QuocTich`), ISO alpha-2; `VN` when empty. */
  nationality: string;
  /** Date of birth (`NgayThangNamSinh`), when recorded. */
  birthDate?: PartialDate;
}

/** A divorce noted against a marriage (`ghi chú ly hôn`): the court's decision. */
export interface DivorceNote {
  /** Judgment or decision number (`SoQuyetDinh`). */
  decision: string;
  /** Its date (`NgayQuyetDinh`), `yyyy-mm-dd`. */
  date: string;
  /** The court (`ToaAn`). */
  court: string;
  /** When it was noted in the book (`NgayGhiChu`), `yyyy-mm-dd`, when given. */
  notedOn?: string;
}

/** A marriage registration (`đăng ký kết hôn`, `TraCuuThongTinKetHon`). */
export interface MarriageRecord {
  registration: Registration;
  /** Husband (`Chong`). */
  husband: Spouse;
  /** Wife (`Vo`). */
  wife: Spouse;
  /** `in-force`, `divorced` or `ended-by-death` (`TrangThai`). */
  state: MarriageState;
  /** When it ended (`NgayChamDut`), `yyyy-mm-dd`. */
  endedOn?: string;
  /** The divorce (`GhiChuLyHon`), for a `divorced` marriage. */
  divorce?: DivorceNote;
  provenance: Provenance;
}

/**
 * What a marital status confirmation (`xác nhận tình trạng hôn nhân`) rests on
 * (`XacNhanTinhTrangHonNhan`): the status, and every marriage registered anywhere, so that no
 * confirmation from an earlier residence has to be asked for.
 */
export interface MaritalStatusConfirmation {
  /** The person (`SoDinhDanh`). */
  personalId: string;
  /** Status (`TinhTrangHonNhan`). */
  status: MaritalStatus;
  /** The current spouse, while `married`. */
  spouse?: Spouse;
  /** Every marriage registration behind the status, earliest first. */
  marriages: MarriageRecord[];
  /** The provinces (codes) where those marriages were registered, in order, without repeats. */
  registeredIn: string[];
  provenance: Provenance;
}

/** A death registration (`khai tử`, `TraCuuThongTinKhaiTu`). The cause of death is not disclosed. */
export interface DeathRecord {
  registration: Registration;
  /** The deceased (`NguoiDaKhuat`). */
  deceased: RecordedPerson;
  /** Date of death (`NgayChet`). */
  dateOfDeath: PartialDate;
  /** Place of death (`NoiChet`). */
  placeOfDeath: Place;
  provenance: Provenance;
}
