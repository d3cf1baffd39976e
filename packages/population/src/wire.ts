/**
 * The population database's wire shapes for service 037 ("tra cứu thông tin công dân", citizen lookup),
 * declared once: each declaration is both the JSON Schema the gateway checks (strict: an unknown field or
 * a malformed code is refused rather than half-read) and, through `Static`, the TypeScript type. Field
 * descriptions carry the Vietnamese term; they reach the mock's OpenAPI document and the editor's hover.
 * Portals use the English domain type `Citizen`; `toCitizen` maps one to the other.
 * @module
 */
import { codeOf, type Static, Type } from '@onceonly/core';
import { GENDER_CODES } from './codes.js';

const strict = { additionalProperties: false } as const;
const personalId = (description: string) => Type.String({ pattern: '^[0-9]{12}$', description });
const oldId = (description: string) => Type.String({ pattern: '^[0-9]{9}$', description });
const country = (description: string) => Type.String({ pattern: '^[A-Z]{2}$', description });
const fullName = (description: string) => Type.String({ minLength: 1, maxLength: 150, description });
const digits = (n: number, description: string) => Type.String({ pattern: `^[0-9]{${n}}$`, description });

/**
 * The lookup request: `{ personalId }`, twelve ASCII digits. Whether the number can exist (province,
 * century, year) is checked by the service's `check`.
 *
 * @example
 * ```ts
 * { personalId: '001203012345' }
 * ```
 */
export const CitizenQuery = Type.Object(
  { personalId: personalId('12-digit personal identification number (số định danh cá nhân).') },
  { ...strict, $id: 'https://onceonly.dev/schemas/population/citizen-query.json' },
);
export type CitizenQuery = Static<typeof CitizenQuery>;

const addressFields = {
  maTinh: digits(2, 'Province code (mã tỉnh), of the map named by phienBan.'),
  maXa: digits(5, 'Ward / commune code (mã xã), of the same map as maTinh.'),
  chiTiet: Type.String({
    maxLength: 500,
    description: 'House number, street, hamlet (chi tiết); may be empty.',
  }),
};

/**
 * An address (`địa chỉ`) as codes plus free text, in one of two maps: the 2025 two-level one (province →
 * ward), or the older three-level one, which alone has a district.
 *
 * @example
 * ```ts
 * { maTinh: '01', maXa: '00004', chiTiet: 'Số 12 phố Đội Cấn', phienBan: '2025' }
 * { maTinh: '01', maHuyen: '001', maXa: '00001', chiTiet: 'Số 3 ngõ 45', phienBan: 'pre-2025' }
 * ```
 */
const Address2025 = Type.Object(
  { ...addressFields, phienBan: Type.Literal('2025', { description: 'Map version (phiên bản): 2025.' }) },
  { ...strict, description: 'An address in the 2025 map (province → ward): no district.' },
);
const AddressPre2025 = Type.Object(
  {
    maTinh: addressFields.maTinh,
    maHuyen: digits(3, 'District code (mã huyện): only in pre-2025 addresses (districts ended in 2025).'),
    maXa: addressFields.maXa,
    chiTiet: addressFields.chiTiet,
    phienBan: Type.Literal('pre-2025', { description: 'Map version (phiên bản): before 2025.' }),
  },
  { ...strict, description: 'An address in the pre-2025 map (province → district → ward).' },
);
const address = (description: string) => Type.Union([Address2025, AddressPre2025], { description });
export const AddressWire = address('An address (địa chỉ): codes of one map, and free text.');
export type AddressWire = Static<typeof AddressWire>;
/** Which administrative map an address is written in. */
export type AddressVersionWire = AddressWire['phienBan'];

/** A full name in its three parts (`họ`, `chữ đệm`, `tên`). */
export const NameWire = Type.Object(
  {
    ho: Type.String({ minLength: 1, maxLength: 50, description: 'Family name (họ): Nguyễn.' }),
    chuDem: Type.String({
      maxLength: 80,
      description: 'Middle name (chữ đệm), maybe several words or empty.',
    }),
    ten: Type.String({ minLength: 1, maxLength: 50, description: 'Given name (tên): Diễm.' }),
  },
  { ...strict, description: 'Full name in parts (họ và tên).' },
);
export type NameWire = Static<typeof NameWire>;

const relative = (description: string) =>
  Type.Object(
    {
      hoVaTen: fullName('Full name as one string (họ và tên).'),
      soDinhDanh: Type.Optional(
        personalId('Personal identification number (số định danh cá nhân), when known.'),
      ),
      soCMND: Type.Optional(oldId('Old 9-digit identity card number (số CMND), when known.')),
      quocTich: country('Nationality (quốc tịch), ISO 3166-1 alpha-2: VN.'),
    },
    { ...strict, description },
  );
/** A relative as the record names them (parent, spouse, legal representative); ids only when held. */
export const RelativeWire = relative('A relative (thông tin cha/mẹ/vợ chồng/người đại diện).');
export type RelativeWire = Static<typeof RelativeWire>;

/** The head of the citizen's household (`chủ hộ`). */
export const HouseholdHeadWire = Type.Object(
  {
    hoVaTen: fullName('Full name of the head (họ và tên chủ hộ).'),
    soDinhDanh: personalId('Personal identification number of the head (số định danh chủ hộ).'),
  },
  { ...strict, description: 'Head of the household the citizen is registered in (chủ hộ).' },
);
export type HouseholdHeadWire = Static<typeof HouseholdHeadWire>;

/**
 * One citizen's record, as service 037 returns it in `data`. `ngaySinh` is `dd/mm/yyyy`, `mm/yyyy` or
 * `yyyy`; calendar validity (30/02) is checked by the mapping.
 */
export const CitizenWire = Type.Object(
  {
    soDinhDanh: personalId('Personal identification number (số định danh cá nhân), 12 digits.'),
    soCMND: Type.Optional(
      oldId('Old identity card number (số chứng minh nhân dân), when the citizen had one.'),
    ),
    hoVaTen: NameWire,
    ngaySinh: Type.String({
      pattern: '^(?:(?:(?:0[1-9]|[12][0-9]|3[01])/)?(?:0[1-9]|1[0-2])/)?[0-9]{4}$',
      description: 'Date of birth (ngày sinh): dd/mm/yyyy, or mm/yyyy / yyyy when the record holds no more.',
    }),
    gioiTinh: codeOf(GENDER_CODES, { description: 'Gender code (giới tính): 1 male, 2 female.' }),
    danToc: digits(2, 'Ethnic group code (dân tộc), the GSO list of 54 groups: 01 Kinh.'),
    tonGiao: digits(2, 'Religion code (tôn giáo): 00 none.'),
    tinhTrangHonNhan: digits(
      1,
      'Marital status code (tình trạng hôn nhân): 0 unknown, 1 single, 2 married, …',
    ),
    nhomMau: Type.Optional(digits(1, 'Blood type code (nhóm máu): 0 unknown, 1 A, 2 B, 3 AB, 4 O.')),
    quocTich: country('Nationality (quốc tịch), ISO 3166-1 alpha-2: VN.'),
    noiDangKyKhaiSinh: address('Where the birth was registered (nơi đăng ký khai sinh).'),
    queQuan: address('Home town (quê quán): usually the father’s.'),
    thuongTru: address('Permanent residence (nơi thường trú).'),
    noiOHienTai: address('Where the citizen lives now (nơi ở hiện tại).'),
    cha: Type.Optional(relative('Father (cha), when recorded.')),
    me: Type.Optional(relative('Mother (mẹ), when recorded.')),
    voChong: Type.Optional(relative('Current spouse (vợ/chồng), only while married.')),
    nguoiDaiDien: Type.Optional(
      relative('Legal representative (người đại diện hợp pháp), for minors and wards.'),
    ),
    chuHo: HouseholdHeadWire,
    quanHeVoiChuHo: digits(2, 'Relation to the household head (quan hệ với chủ hộ): 01 is the head.'),
  },
  { ...strict, $id: 'https://onceonly.dev/schemas/population/citizen-wire.json' },
);
export type CitizenWire = Static<typeof CitizenWire>;

/** @deprecated Use {@link CitizenQuery} (the declaration is the schema). */
export const citizenQuerySchema = CitizenQuery;
/** @deprecated Use {@link CitizenWire} (the declaration is the schema). */
export const citizenWireSchema = CitizenWire;
/** @deprecated Use {@link AddressWire} (the declaration is the schema). */
export const addressWireSchema = AddressWire;
/** @deprecated Use {@link RelativeWire} (the declaration is the schema). */
export const relativeWireSchema = RelativeWire;
