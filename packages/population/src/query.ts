/**
 * What a portal asks with (the domain input of every lookup) and how it becomes the wire request:
 * `{ personalId } | { oldId }` plus `fullName` and `birthDate`, checked with `@onceonly/vn` before
 * anything is sent, then written with the real services' field names by `toLookupWire`.
 * @module
 */
import { InputError, PolicyError, type Static, Type } from '@onceonly/core';
import {
  isValidOldId,
  isValidPersonalId,
  isVnDate,
  normalizeName,
  parseDate,
  type VnDate,
} from '@onceonly/vn';
import type { NgayThangNamSinh, YeuCauCongDan } from './wire.js';

const strict = { additionalProperties: false } as const;
const fullName = Type.String({
  minLength: 1,
  maxLength: 150,
  description: 'Full name (họ và tên), as on the id card.',
});
const birthDate = Type.Union(
  [
    Type.String({ minLength: 4, maxLength: 20, description: '22/11/1992, 1992-11-22, 11/1992 or 1958.' }),
    Type.Object(
      {
        precision: Type.Union([Type.Literal('day'), Type.Literal('month'), Type.Literal('year')]),
        year: Type.Integer(),
        month: Type.Optional(Type.Integer()),
        day: Type.Optional(Type.Integer()),
      },
      { ...strict, description: "A `VnDate` from `@onceonly/vn`'s `parseDate`." },
    ),
  ],
  { description: 'Date of birth (ngày tháng năm sinh): a string parseDate reads, or a VnDate.' },
);

/**
 * The key of every population lookup: the personal id (or, when that is all the citizen has, the old
 * 9-digit id), with the name and date of birth the real services also require.
 *
 * @example
 * ```ts
 * { personalId: '001203012345', fullName: 'Nguyễn Văn An', birthDate: '22/11/1992' }
 * { oldId: '012345678', fullName: 'Khổng Văn Lợi', birthDate: '1938' }
 * ```
 */
export const CitizenQuery = Type.Union(
  [
    Type.Object(
      {
        personalId: Type.String({
          pattern: '^[0-9]{12}$',
          description: 'Personal id (số định danh cá nhân).',
        }),
        fullName,
        birthDate,
      },
      strict,
    ),
    Type.Object(
      {
        oldId: Type.String({ pattern: '^[0-9]{9}$', description: 'Old identity card number (số CMND).' }),
        fullName,
        birthDate,
      },
      strict,
    ),
  ],
  { $id: 'https://onceonly.dev/schemas/population/citizen-query.json' },
);
export type CitizenQuery = Static<typeof CitizenQuery>;

/** The key of the lookup: the consent token's subject. */
export function subjectOf(query: CitizenQuery): string {
  return 'personalId' in query ? query.personalId : query.oldId;
}

function toVnDate(value: CitizenQuery['birthDate']): VnDate | undefined {
  if (typeof value === 'string') {
    const parsed = parseDate(value);
    return parsed.ok ? parsed.value : undefined;
  }
  return isVnDate(value) ? (value as VnDate) : undefined;
}

/** The date as the services write it: a year alone as `Nam`, a full date as `NgayThangNam` (yyyyMMdd). */
export function toWireDate(date: VnDate): NgayThangNamSinh {
  if (date.precision !== 'day') return { Nam: String(date.year).padStart(4, '0') };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { NgayThangNam: `${String(date.year).padStart(4, '0')}${pad(date.month)}${pad(date.day)}` };
}

/**
 * Refuses, before sending, an id that cannot exist, an empty name or a date `parseDate` cannot read.
 * Messages name the field, never its value (personal data).
 */
export function checkCitizenQuery(query: CitizenQuery): void {
  if ('personalId' in query && !isValidPersonalId(query.personalId)) {
    throw new InputError({
      code: 'INVALID_PERSONAL_ID',
      message:
        'personalId is not a valid 12-digit personal identification number (mã định danh cá nhân): ' +
        'check the province code (first 3 digits) and that the encoded birth year is not in the future.',
      fields: ['/personalId'],
    });
  }
  if ('oldId' in query && !isValidOldId(query.oldId)) {
    throw new InputError({
      code: 'INVALID_PERSONAL_ID',
      message: 'oldId is not a 9-digit identity card number (số CMND): pass the digits only.',
      fields: ['/oldId'],
    });
  }
  if (normalizeName(query.fullName) === '') {
    throw new InputError({
      code: 'INVALID_INPUT',
      message: 'fullName is empty: pass the name as on the id card (họ và tên).',
      fields: ['/fullName'],
    });
  }
  const date = toVnDate(query.birthDate);
  if (date === undefined || date.precision === 'month') {
    throw new InputError({
      code: 'INVALID_INPUT',
      message:
        'birthDate is not a date of birth the population services accept: pass dd/mm/yyyy, yyyy-mm-dd ' +
        'or a year alone (yyyy), or a VnDate of day or year precision.',
      fields: ['/birthDate'],
    });
  }
}

/** Who asks, as the gateway passes it to `toWire` (a subset of core's `WireContext`). */
export interface AskerContext {
  /** The call's X-Road id: becomes `MaYeuCau`. */
  xroadId: string;
  /** The officer's 12-digit personal id: becomes `MaCanBo`. */
  officerId?: string | undefined;
}

/** The adapter options that go on the wire. */
export interface AskerOptions {
  /** `MaDonVi`: the officer's unit. */
  unit?: string | undefined;
  /** `MaDVC`: the calling service's code. */
  callerCode?: string | undefined;
}

/**
 * The wire request of a lookup: who asks (`MaYeuCau`, `MaCanBo`, `MaDonVi`, `MaDVC`) and about whom
 * (`SoDinhDanh` or `SoCMND`, `HoVaTen` normalised, `NgayThangNamSinh`). Run after `checkCitizenQuery`.
 *
 * @example
 * ```ts
 * toLookupWire({ personalId, fullName: 'nguyễn  văn an', birthDate: '1958' }, { xroadId, officerId }, {});
 * // { MaYeuCau: xroadId, MaCanBo: officerId, SoDinhDanh: personalId, HoVaTen: 'Nguyễn Văn An', NgayThangNamSinh: { Nam: '1958' } }
 * ```
 */
export function toLookupWire(query: CitizenQuery, call: AskerContext, options: AskerOptions): YeuCauCongDan {
  if (call.officerId === undefined) {
    // The real services refuse a lookup without an officer; so do we, before sending.
    throw new PolicyError({
      code: 'OFFICER_REQUIRED',
      message: 'Population lookups are made by a named officer: set ctx.officerId (12 digits).',
    });
  }
  const date = toVnDate(query.birthDate);
  if (date === undefined) checkCitizenQuery(query);
  const wire: YeuCauCongDan = {
    MaYeuCau: call.xroadId,
    MaCanBo: call.officerId,
    HoVaTen: normalizeName(query.fullName),
    NgayThangNamSinh: toWireDate(date as VnDate),
  };
  if (options.callerCode !== undefined) wire.MaDVC = options.callerCode;
  if (options.unit !== undefined) wire.MaDonVi = options.unit;
  if ('personalId' in query) wire.SoDinhDanh = query.personalId;
  else wire.SoCMND = query.oldId;
  return wire;
}
