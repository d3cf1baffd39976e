/**
 * The population database's wire shape for service 037 ("tra cứu thông tin công dân", citizen
 * lookup): what the provider puts in `data`, field for field, in the database's own (Vietnamese)
 * names. Portals use the English domain type {@link Citizen} instead; `toCitizen` maps one to the other.
 *
 * Codes are strings as the database sends them (see `codes.ts` for the tables the mapping knows).
 * @module
 */

/** Which administrative map an address is written in: the 2025 two-level one, or the older three-level one. */
export type AddressVersionWire = '2025' | 'pre-2025';

/**
 * An address (`địa chỉ`) as province / district / ward codes plus free text.
 *
 * @example
 * ```ts
 * { maTinh: '01', maXa: '00004', chiTiet: 'Số 12 phố Đội Cấn', phienBan: '2025' }
 * { maTinh: '01', maHuyen: '001', maXa: '00001', chiTiet: 'Số 3 ngõ 45', phienBan: 'pre-2025' }
 * ```
 */
export interface AddressWire {
  /** Province code (`mã tỉnh`), two digits: a 2025 code, or a pre-2025 one when `phienBan` is `pre-2025`. */
  maTinh: string;
  /** District code (`mã huyện`), three digits: only in pre-2025 addresses (districts were abolished in 2025). */
  maHuyen?: string;
  /** Ward / commune code (`mã xã`), five digits, of the same map as `maTinh`. */
  maXa: string;
  /** Free-text detail below the ward (`chi tiết`): house number, street, hamlet. May be empty. */
  chiTiet: string;
  /** Which map the codes belong to (`phiên bản`). */
  phienBan: AddressVersionWire;
}

/** A full name in its three parts (`họ`, `chữ đệm`, `tên`). */
export interface NameWire {
  /** Family name (`họ`): `Nguyễn`. */
  ho: string;
  /** Middle name (`chữ đệm`), possibly several words or empty: `Thị Ngọc`. */
  chuDem: string;
  /** Given name (`tên`): `Diễm`. */
  ten: string;
}

/**
 * A relative as the record names them (`thông tin cha/mẹ/vợ chồng/người đại diện`). Ids are present only
 * when the database holds them.
 */
export interface RelativeWire {
  /** Full name as one string (`họ và tên`). */
  hoVaTen: string;
  /** 12-digit personal identification number (`số định danh cá nhân`), when known. */
  soDinhDanh?: string;
  /** Old 9-digit identity card number (`số CMND`), when known. */
  soCMND?: string;
  /** Nationality (`quốc tịch`), ISO 3166-1 alpha-2: `VN`. */
  quocTich: string;
}

/** The head of the citizen's household (`chủ hộ`). */
export interface HouseholdHeadWire {
  /** Full name of the head (`họ và tên chủ hộ`). */
  hoVaTen: string;
  /** Personal identification number of the head (`số định danh chủ hộ`). */
  soDinhDanh: string;
}

/**
 * One citizen's record, as service 037 returns it.
 *
 * @example
 * ```ts
 * const wire: CitizenWire = {
 *   soDinhDanh: '001203012345', hoVaTen: { ho: 'Nguyễn', chuDem: 'Văn', ten: 'An' },
 *   ngaySinh: '05/03/2003', gioiTinh: '1', danToc: '01', tonGiao: '00', tinhTrangHonNhan: '1', quocTich: 'VN',
 *   noiDangKyKhaiSinh: { maTinh: '01', maXa: '00004', chiTiet: '', phienBan: '2025' }, ...
 * };
 * ```
 */
export interface CitizenWire {
  /** Personal identification number (`số định danh cá nhân`), 12 digits. */
  soDinhDanh: string;
  /** Old identity card number (`số chứng minh nhân dân`), 9 digits, when the citizen had one. */
  soCMND?: string;
  /** Full name in parts (`họ và tên`). */
  hoVaTen: NameWire;
  /**
   * Date of birth (`ngày sinh`): `dd/mm/yyyy`, or `mm/yyyy` / `yyyy` when old records hold only the
   * month and year, or the year alone.
   */
  ngaySinh: string;
  /** Gender code (`giới tính`): `1` male, `2` female. */
  gioiTinh: string;
  /** Ethnic group code (`dân tộc`), two digits from the GSO list of 54 groups: `01` Kinh. */
  danToc: string;
  /** Religion code (`tôn giáo`), two digits: `00` none. */
  tonGiao: string;
  /** Marital status code (`tình trạng hôn nhân`): `0` unknown, `1` single, `2` married, `3` divorced, `4` widowed. */
  tinhTrangHonNhan: string;
  /** Blood type code (`nhóm máu`): `0` unknown, `1` A, `2` B, `3` AB, `4` O. Absent when never recorded. */
  nhomMau?: string;
  /** Nationality (`quốc tịch`), ISO 3166-1 alpha-2: `VN`. */
  quocTich: string;
  /** Place where the birth was registered (`nơi đăng ký khai sinh`). */
  noiDangKyKhaiSinh: AddressWire;
  /** Home town (`quê quán`): usually the father's. */
  queQuan: AddressWire;
  /** Permanent residence (`nơi thường trú`). */
  thuongTru: AddressWire;
  /** Where the citizen lives now (`nơi ở hiện tại`). */
  noiOHienTai: AddressWire;
  /** Father (`cha`), when recorded. */
  cha?: RelativeWire;
  /** Mother (`mẹ`), when recorded. */
  me?: RelativeWire;
  /** Current spouse (`vợ/chồng`), only while married. */
  voChong?: RelativeWire;
  /** Legal representative (`người đại diện hợp pháp`), for minors and people under guardianship. */
  nguoiDaiDien?: RelativeWire;
  /** Head of the household the citizen is registered in (`chủ hộ`). */
  chuHo: HouseholdHeadWire;
  /** Relation to the household head (`quan hệ với chủ hộ`), a code from `RELATION_CODES`: `01` is the head. */
  quanHeVoiChuHo: string;
}
