/**
 * The citizen as a portal uses it: English names, decoded codes, a date that says how precise it is.
 * Built from the wire record by `toCitizen`.
 * @module
 */
import type { Provenance } from '@onceonly/core';
import type { VnDate } from '@onceonly/vn';
import type { BloodType, Gender, MaritalStatus, RelationToHead } from './codes.js';

/**
 * A date that may be partial: old records hold only the year of birth, or the month and year. This is
 * `@onceonly/vn`'s `VnDate`, so `formatDate` and `parseDate` from `@onceonly/vn` read and write it.
 *
 * @example
 * ```ts
 * { precision: 'day', year: 2003, month: 3, day: 5 }
 * { precision: 'year', year: 1938 }
 * ```
 */
export type PartialDate = VnDate;

/** A coded value with its Vietnamese label; `name` is undefined for a code this version does not know. */
export interface Coded {
  /** The code as the database sent it: `01`. */
  code: string;
  /** Its label: `Kinh`. */
  name: string | undefined;
}

/** A person's name in parts, and whole. */
export interface PersonName {
  /** Family name (`họ`): `Nguyễn`. */
  family: string;
  /** Middle name (`chữ đệm`), `''` when there is none: `Thị Ngọc`. */
  middle: string;
  /** Given name (`tên`): `Diễm`. */
  given: string;
  /** The parts joined by single spaces: `Nguyễn Thị Ngọc Diễm`. */
  full: string;
}

/** A unit's code and display name. */
export interface NamedUnit {
  /** NSO code: `79`, `26734`. */
  code: string;
  /** Official name: `Thành phố Hồ Chí Minh`, `Phường Sài Gòn`. */
  name: string;
}

/**
 * Where an address lies today (the 2025 two-level map), resolved with `@onceonly/vn`. `ward` is set when
 * the commune is determined; when an old commune was split, `candidates` lists every 2025 commune the
 * address may now be in.
 */
export interface CurrentUnits {
  /** The 2025 province. */
  province: NamedUnit;
  /** The 2025 ward or commune, when determined. */
  ward?: NamedUnit;
  /** Every 2025 commune the address may be in: `[ward]` when exact, several when split, `[]` when unknown. */
  candidates: NamedUnit[];
}

/**
 * An address as the record wrote it (`địa chỉ`: `MaTinhThanh`, `MaQuanHuyen`, `MaPhuongXa`, `ChiTiet`,
 * `QuocGia`), with the map its codes belong to and, for display, the names of its province and ward in
 * that map. `current` resolves the codes to today's units. Only a `pre-2025` address has a district.
 */
export type Address = {
  /** Province code (`MaTinhThanh`) of the map named by `version`; `''` when the record has none. */
  provinceCode: string;
  /** Ward / commune code (`MaPhuongXa`) of the map named by `version`; `''` when the record has none. */
  wardCode: string;
  /** House number, street, hamlet (`ChiTiet`); may be `''`. */
  detail: string;
  /** Country (`QuocGia`), ISO 3166-1 alpha-2; `VN` when the record leaves it empty. */
  country: string;
  /** Name of the province in the map of `version`, when the code is known. */
  provinceName?: string;
  /** Name of the ward in the map of `version`, when the code is known. */
  wardName?: string;
  /** The units the address lies in today, when the codes resolve. */
  current?: CurrentUnits;
} & (
  | {
      /** The 2025 map: province → ward. */
      version: '2025';
      /** Districts ended in 2025: never in a 2025 address. */
      districtCode?: never;
    }
  | {
      /** The pre-2025 map: province → district → ward (read by `MaQuanHuyen` or the data date). */
      version: 'pre-2025';
      /** District code (`MaQuanHuyen`); `''` when the record has none. */
      districtCode: string;
    }
);

/** A relative named in the record (parent, spouse, legal representative). */
export interface Relative {
  /** Full name as recorded. */
  name: string;
  /** 12-digit personal identification number, when the record holds it. */
  personalId?: string;
  /** Old 9-digit identity card number, when the record holds it. */
  oldId?: string;
  /** ISO 3166-1 alpha-2 nationality (`QuocTich`), when the record holds it. */
  nationality?: string;
}

/** The household the citizen is registered in. */
export interface Household {
  /** Full name of the household head (`ChuHo.HoVaTen`). */
  headName: string;
  /** Personal identification number of the household head (`ChuHo.SoDinhDanh`), when held. */
  headPersonalId?: string;
  /** Household book number (`SoSoHoKhau`), when held. */
  bookNumber?: string;
  /** How the citizen relates to the head; `head` when they are the head. */
  relationToHead: RelationToHead;
  /** The raw relation code (`ChuHo.QuanHe`), kept for codes this version does not know (then `relationToHead` is `other`). */
  relationCode: string;
}

/**
 * A citizen, as the national population database knows them.
 *
 * @example
 * ```ts
 * const citizen = await population(gateway).getCitizen({ personalId, fullName, birthDate }, ctx);
 * citizen.name.full;            // 'Nguyễn Thị Ngọc Diễm'
 * citizen.birthDate;            // { precision: 'day', year: 1990, month: 4, day: 17 }
 * citizen.addresses.permanent;  // { provinceCode: '79', wardCode: '26734', detail: '...', version: '2025' }
 * ```
 */
export interface Citizen {
  /** 12-digit personal identification number (`số định danh cá nhân`, wire `SoDinhDanh`). */
  personalId: string;
  /** Old 9-digit identity card number (`số CMND`, wire `SoCMND`), when the citizen had one. */
  oldId?: string;
  /** Name (`họ và tên`, wire `HoVaTen` {`Ho`, `ChuDem`, `Ten`}). */
  name: PersonName;
  /** Date of birth (`ngày tháng năm sinh`, wire `NgayThangNamSinh` {`NgayThangNam` | `Nam`}); may be a year alone. */
  birthDate: PartialDate;
  /** Gender (`giới tính`, wire `GioiTinh`). */
  gender: Gender;
  /** Ethnic group (`dân tộc`, wire `DanToc`). */
  ethnicity: Coded;
  /** Religion (`tôn giáo`, wire `TonGiao`); code `00` is none. */
  religion: Coded;
  /** Marital status (`tình trạng hôn nhân`, wire `TinhTrangHonNhan`). */
  maritalStatus: MaritalStatus;
  /** Blood type (`nhóm máu`, wire `NhomMau`), when recorded and known. */
  bloodType?: BloodType;
  /** Nationality (`quốc tịch`, wire `QuocTich`), ISO 3166-1 alpha-2; `VN` when the record leaves it empty. */
  nationality: string;
  addresses: {
    /** Where the birth was registered (`nơi đăng ký khai sinh`, wire `NoiDangKyKhaiSinh`). */
    birthRegistration: Address;
    /** Home town (`quê quán`, wire `QueQuan`). */
    homeTown: Address;
    /** Permanent residence (`nơi thường trú`, wire `ThuongTru`). */
    permanent: Address;
    /** Current residence (`nơi ở hiện tại`, wire `NoiOHienTai`). */
    current: Address;
  };
  /** Father (`cha`, wire `Cha`), when recorded. */
  father?: Relative;
  /** Mother (`mẹ`, wire `Me`), when recorded. */
  mother?: Relative;
  /** Current spouse (`vợ/chồng`, wire `VoChong`); present only while married. */
  spouse?: Relative;
  /** Legal representative (`người đại diện`, wire `NguoiDaiDien`), for minors and people under guardianship. */
  legalRepresentative?: Relative;
  /** The household (`hộ gia đình`, wire `ChuHo`, `SoSoHoKhau`) and the citizen's place in it. */
  household: Household;
  /** Which provider answered, and when (from the exchange, not the record). */
  provenance: Provenance;
}

/** A member of a household (`thành viên hộ gia đình`). */
export interface HouseholdMember {
  /** Personal id (`SoDinhDanh`), when held. */
  personalId?: string;
  /** Old id (`SoCMND`), when held. */
  oldId?: string;
  /** Full name (`HoVaTen`). */
  name: string;
  /** Date of birth (`NgayThangNamSinh`), when held. */
  birthDate?: PartialDate;
  /** Gender (`GioiTinh`), when known. */
  gender?: Gender;
  /** Relation to the head (`QuanHe`); `head` for the head. */
  relationToHead: RelationToHead;
  /** The raw relation code, kept for codes this version does not know. */
  relationCode: string;
}

/** A household as `getHousehold` returns it (`hộ gia đình`). */
export interface HouseholdRecord {
  /** Household book number (`SoSoHoKhau`), when held. */
  bookNumber?: string;
  /** Permanent residence of the household (`ThuongTru`), when held. */
  address?: Address;
  /** The head, when listed. */
  head?: HouseholdMember;
  /** Every member, the head included, in the order of the record. */
  members: HouseholdMember[];
  /** Which provider answered, and when. */
  provenance: Provenance;
}

/** The answer of `checkMaritalStatus` (`xác minh tình trạng hôn nhân`). */
export interface MaritalStatusRecord {
  /** Marital status (`TinhTrangHonNhan`). */
  maritalStatus: MaritalStatus;
  /** The current spouse (`VoChong`), only while married. */
  spouse?: Relative;
  /** Which provider answered, and when. */
  provenance: Provenance;
}

/** One registered residence (`cư trú`) and its dates. */
export interface ResidencePeriod {
  /** The address (`DiaChi`). */
  address: Address;
  /** Registered since (`TuNgay`), `yyyy-mm-dd`. */
  from: string;
  /** Until (`DenNgay`), `yyyy-mm-dd`: when it ended, or when a temporary residence expires. */
  until?: string;
}

/**
 * A citizen's residence as `getResidence` returns it (`thông tin cư trú`): the permanent residence and
 * since when, the earlier permanent residences, and a temporary residence. A deceased citizen has no
 * current residence (`permanent` and `temporary` absent; the last one is in `previousPermanent`).
 */
export interface Residence {
  /** 12-digit personal identification number (`SoDinhDanh`). */
  personalId: string;
  /** The permanent residence (`thường trú`, wire `ThuongTru`), when one is registered. */
  permanent?: ResidencePeriod;
  /** Earlier permanent residences (`ThuongTruTruocDay`), latest first; each with its end date. */
  previousPermanent: ResidencePeriod[];
  /** The temporary residence (`tạm trú`, wire `TamTru`), when one is registered; `until` is its expiry. */
  temporary?: ResidencePeriod;
  /** Which provider answered, and when. */
  provenance: Provenance;
}
