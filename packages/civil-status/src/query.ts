/**
 * What a portal asks with: the personal id of the person the record is about (the child of a birth
 * record, a spouse, the deceased) and their name. Checked with `@onceonly/vn` before anything is sent,
 * then written with the wire names by `toCivilWire`.
 *
 * Why id + name and no date of birth: since 2016 the civil status books key every entry by the personal
 * id (issued at birth registration); the name is a second key that catches a mistyped id. Records of
 * people born before that carry a year alone or nothing reliable as a date of birth, so the date is not
 * a key here (modelled: the real services are not published).
 * @module
 */
import { InputError, PolicyError, type Static, Type } from '@onceonly/core';
import { isValidPersonalId, normalizeName } from '@onceonly/vn';
import type { YeuCauTraCuuHoTich } from './wire.js';

/**
 * The key of every civil status lookup.
 *
 * @example
 * ```ts
 * { personalId: '001203012345', fullName: 'Nguyễn Văn An' }
 * ```
 */
export const CivilQuery = Type.Object(
  {
    personalId: Type.String({
      pattern: '^[0-9]{12}$',
      description: 'Personal id (số định danh cá nhân) of the person the record is about.',
    }),
    fullName: Type.String({ minLength: 1, maxLength: 150, description: 'Full name (họ và tên).' }),
  },
  { additionalProperties: false, $id: 'https://onceonly.dev/schemas/civil-status/civil-query.json' },
);
export type CivilQuery = Static<typeof CivilQuery>;

/** The consent subject: the person the record is about. */
export function subjectOf(query: CivilQuery): string {
  return query.personalId;
}

/** Refuses, before sending, an id that cannot exist or an empty name; messages never carry the value. */
export function checkCivilQuery(query: CivilQuery): void {
  if (!isValidPersonalId(query.personalId)) {
    throw new InputError({
      code: 'INVALID_PERSONAL_ID',
      message:
        'personalId is not a valid 12-digit personal identification number (mã định danh cá nhân): ' +
        'check the province code (first 3 digits) and that the encoded birth year is not in the future.',
      fields: ['/personalId'],
    });
  }
  if (normalizeName(query.fullName) === '') {
    throw new InputError({
      code: 'INVALID_INPUT',
      message: 'fullName is empty: pass the name as on the civil status record (họ và tên).',
      fields: ['/fullName'],
    });
  }
}

/** Who asks, as the gateway passes it to `toWire`. */
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
 * The wire request: who asks (`MaYeuCau`, `MaCanBo`, `MaDonVi`, `MaDVC`) and about whom
 * (`SoDinhDanh`, `HoVaTen` normalised).
 *
 * @example
 * ```ts
 * toCivilWire({ personalId, fullName: 'nguyễn  văn an' }, { xroadId, officerId }, {});
 * // { MaYeuCau: xroadId, MaCanBo: officerId, SoDinhDanh: personalId, HoVaTen: 'Nguyễn Văn An' }
 * ```
 */
export function toCivilWire(
  query: CivilQuery,
  call: AskerContext,
  options: AskerOptions,
): YeuCauTraCuuHoTich {
  if (call.officerId === undefined) {
    // Civil status books are read by a named civil status officer (công chức tư pháp - hộ tịch).
    throw new PolicyError({
      code: 'OFFICER_REQUIRED',
      message: 'Civil status lookups are made by a named officer: set ctx.officerId (12 digits).',
    });
  }
  const wire: YeuCauTraCuuHoTich = {
    MaYeuCau: call.xroadId,
    MaCanBo: call.officerId,
    SoDinhDanh: query.personalId,
    HoVaTen: normalizeName(query.fullName),
  };
  if (options.callerCode !== undefined) wire.MaDVC = options.callerCode;
  if (options.unit !== undefined) wire.MaDonVi = options.unit;
  return wire;
}
