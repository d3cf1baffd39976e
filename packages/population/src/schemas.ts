import type { JsonSchema } from '@onceonly/core';

/**
 * JSON Schemas (draft 2020-12) of the citizen lookup: strict, so that an answer with an unknown field or
 * a malformed code is refused by the gateway rather than half-read.
 * @module
 */

const PERSONAL_ID = { type: 'string', pattern: '^[0-9]{12}$' } as const;
const OLD_ID = { type: 'string', pattern: '^[0-9]{9}$' } as const;
const COUNTRY = { type: 'string', pattern: '^[A-Z]{2}$' } as const;
const FULL_NAME = { type: 'string', minLength: 1, maxLength: 150 } as const;

/**
 * The lookup request: `{ personalId }`, twelve ASCII digits. Whether the number can exist (province,
 * century, year) is checked by the service's `check`.
 *
 * @example
 * ```ts
 * { personalId: '001203012345' }
 * ```
 */
export const citizenQuerySchema: JsonSchema = {
  $id: 'https://onceonly.dev/schemas/population/citizen-query.json',
  type: 'object',
  additionalProperties: false,
  required: ['personalId'],
  properties: { personalId: PERSONAL_ID },
};

/** An address: pre-2025 addresses carry a district, 2025 ones must not. */
export const addressWireSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['maTinh', 'maXa', 'chiTiet', 'phienBan'],
  properties: {
    maTinh: { type: 'string', pattern: '^[0-9]{2}$' },
    maHuyen: { type: 'string', pattern: '^[0-9]{3}$' },
    maXa: { type: 'string', pattern: '^[0-9]{5}$' },
    chiTiet: { type: 'string', maxLength: 500 },
    phienBan: { enum: ['2025', 'pre-2025'] },
  },
  // One branch per map (not if/then: an object with a `then` key looks like a promise to `await`).
  oneOf: [
    { properties: { phienBan: { const: '2025' }, maHuyen: false } },
    { properties: { phienBan: { const: 'pre-2025' }, maHuyen: true }, required: ['maHuyen'] },
  ],
};

/** A relative (parent, spouse, legal representative). */
export const relativeWireSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['hoVaTen', 'quocTich'],
  properties: { hoVaTen: FULL_NAME, soDinhDanh: PERSONAL_ID, soCMND: OLD_ID, quocTich: COUNTRY },
};

/**
 * The provider's `data` for service 037: one {@link CitizenWire}.
 *
 * `ngaySinh` is `dd/mm/yyyy`, `mm/yyyy` or `yyyy`; calendar validity (30/02) is checked by the mapping.
 */
export const citizenWireSchema: JsonSchema = {
  $id: 'https://onceonly.dev/schemas/population/citizen-wire.json',
  type: 'object',
  additionalProperties: false,
  required: [
    'soDinhDanh',
    'hoVaTen',
    'ngaySinh',
    'gioiTinh',
    'danToc',
    'tonGiao',
    'tinhTrangHonNhan',
    'quocTich',
    'noiDangKyKhaiSinh',
    'queQuan',
    'thuongTru',
    'noiOHienTai',
    'chuHo',
    'quanHeVoiChuHo',
  ],
  properties: {
    soDinhDanh: PERSONAL_ID,
    soCMND: OLD_ID,
    hoVaTen: {
      type: 'object',
      additionalProperties: false,
      required: ['ho', 'chuDem', 'ten'],
      properties: {
        ho: { type: 'string', minLength: 1, maxLength: 50 },
        chuDem: { type: 'string', maxLength: 80 },
        ten: { type: 'string', minLength: 1, maxLength: 50 },
      },
    },
    ngaySinh: {
      type: 'string',
      pattern: '^(?:(?:(?:0[1-9]|[12][0-9]|3[01])/)?(?:0[1-9]|1[0-2])/)?[0-9]{4}$',
    },
    gioiTinh: { enum: ['1', '2'] },
    danToc: { type: 'string', pattern: '^[0-9]{2}$' },
    tonGiao: { type: 'string', pattern: '^[0-9]{2}$' },
    tinhTrangHonNhan: { type: 'string', pattern: '^[0-9]$' },
    nhomMau: { type: 'string', pattern: '^[0-9]$' },
    quocTich: COUNTRY,
    noiDangKyKhaiSinh: addressWireSchema,
    queQuan: addressWireSchema,
    thuongTru: addressWireSchema,
    noiOHienTai: addressWireSchema,
    cha: relativeWireSchema,
    me: relativeWireSchema,
    voChong: relativeWireSchema,
    nguoiDaiDien: relativeWireSchema,
    chuHo: {
      type: 'object',
      additionalProperties: false,
      required: ['hoVaTen', 'soDinhDanh'],
      properties: { hoVaTen: FULL_NAME, soDinhDanh: PERSONAL_ID },
    },
    quanHeVoiChuHo: { type: 'string', pattern: '^[0-9]{2}$' },
  },
};
