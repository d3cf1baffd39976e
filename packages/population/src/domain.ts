/**
 * The citizen as a portal uses it: English names, decoded codes, a date that says how precise it is.
 * Built from the wire record by `toCitizen`.
 * @module
 */
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

/**
 * An address as codes plus free text. Names of the units are not in the record: look them up with
 * `@onceonly/vn` (`getProvince`, `getWard`, or `getOldProvince`, `getOldDistrict`, `getOldWard` for
 * `pre-2025` addresses). Only a `pre-2025` address has a district.
 */
export type Address = {
  /** Province code (`mã tỉnh`) of the map named by `version`. */
  provinceCode: string;
  /** Ward / commune code (`mã xã`) of the map named by `version`. */
  wardCode: string;
  /** House number, street, hamlet (`chi tiết`); may be `''`. */
  detail: string;
} & (
  | {
      /** The 2025 map: province → ward. */
      version: '2025';
      /** Districts ended in 2025: never in a 2025 address. */
      districtCode?: never;
    }
  | {
      /** The pre-2025 map: province → district → ward. */
      version: 'pre-2025';
      /** District code (`mã huyện`). */
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
  /** ISO 3166-1 alpha-2 nationality: `VN`. */
  nationality: string;
}

/** The household the citizen is registered in. */
export interface Household {
  /** Full name of the household head. */
  headName: string;
  /** Personal identification number of the household head. */
  headPersonalId: string;
  /** How the citizen relates to the head; `head` when they are the head. */
  relationToHead: RelationToHead;
  /** The raw relation code, kept for codes this version does not know (then `relationToHead` is `other`). */
  relationCode: string;
}

/**
 * A citizen, as the national population database knows them.
 *
 * @example
 * ```ts
 * const citizen = await population(gateway).getCitizen({ personalId }, ctx);
 * citizen.name.full;            // 'Nguyễn Thị Ngọc Diễm'
 * citizen.birthDate;            // { precision: 'day', year: 1990, month: 4, day: 17 }
 * citizen.addresses.permanent;  // { provinceCode: '79', wardCode: '26734', detail: '...', version: '2025' }
 * ```
 */
export interface Citizen {
  /** 12-digit personal identification number (`số định danh cá nhân`). */
  personalId: string;
  /** Old 9-digit identity card number (`số CMND`), when the citizen had one. */
  oldId?: string;
  /** Name (`họ và tên`). */
  name: PersonName;
  /** Date of birth; may be a month and year, or a year alone. */
  birthDate: PartialDate;
  /** Gender (`giới tính`). */
  gender: Gender;
  /** Ethnic group (`dân tộc`). */
  ethnicity: Coded;
  /** Religion (`tôn giáo`); code `00` is none. */
  religion: Coded;
  /** Marital status (`tình trạng hôn nhân`). */
  maritalStatus: MaritalStatus;
  /** Blood type (`nhóm máu`), when recorded and known. */
  bloodType?: BloodType;
  /** ISO 3166-1 alpha-2 nationality: `VN`. */
  nationality: string;
  addresses: {
    /** Where the birth was registered (`nơi đăng ký khai sinh`). */
    birthRegistration: Address;
    /** Home town (`quê quán`). */
    homeTown: Address;
    /** Permanent residence (`nơi thường trú`). */
    permanent: Address;
    /** Current residence (`nơi ở hiện tại`). */
    current: Address;
  };
  /** Father (`cha`), when recorded. */
  father?: Relative;
  /** Mother (`mẹ`), when recorded. */
  mother?: Relative;
  /** Current spouse; present only while married. */
  spouse?: Relative;
  /** Legal representative, for minors and people under guardianship. */
  legalRepresentative?: Relative;
  /** The household (`hộ gia đình`) and the citizen's place in it. */
  household: Household;
}
