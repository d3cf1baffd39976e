/**
 * What a portal asks the land database with, how it is checked with `@onceonly/vn` before anything is
 * sent, and how it becomes the wire request (`toParcelWire`, `toOwnerWire`).
 * @module
 */
import { InputError, type Static, Type, type WireContext } from '@onceonly/core';
import { getOldWard, getWard, isValidPersonalId } from '@onceonly/vn';
import type { TraCuuGiayChungNhanTheoChuSuDung, TraCuuThongTinThuaDat } from './wire.js';

const strict = { additionalProperties: false } as const;

/**
 * A parcel by its place in the cadastral map: the 2025 commune (`mã xã`), the map sheet (`số tờ bản
 * đồ`) and the parcel number (`số thửa`), as printed on a certificate or a cadastral extract.
 *
 * @example
 * ```ts
 * { communeCode: '00004', sheet: 12, parcel: 345 }
 * ```
 */
export const ParcelQuery = Type.Object(
  {
    communeCode: Type.String({
      pattern: '^[0-9]{5}$',
      description: 'Five-digit commune code (mã xã) of the 2025 map.',
    }),
    sheet: Type.Integer({ minimum: 1, maximum: 9999, description: 'Map sheet number (số tờ bản đồ).' }),
    parcel: Type.Integer({ minimum: 1, maximum: 99999, description: 'Parcel number (số thửa).' }),
  },
  { ...strict, $id: 'https://onceonly.dev/schemas/land/parcel-query.json' },
);
export type ParcelQuery = Static<typeof ParcelQuery>;

/**
 * A holder by personal id: the certificates naming them.
 *
 * @example
 * ```ts
 * { personalId: '001203012345' }
 * ```
 */
export const OwnerQuery = Type.Object(
  {
    personalId: Type.String({ pattern: '^[0-9]{12}$', description: 'Personal id (số định danh cá nhân).' }),
  },
  { ...strict, $id: 'https://onceonly.dev/schemas/land/owner-query.json' },
);
export type OwnerQuery = Static<typeof OwnerQuery>;

/**
 * Refuses, before sending, a commune code that is not a 2025 commune. A code that only existed before
 * 2025-07-01 gets a message saying how to convert it (parcels are filed under the current communes).
 */
export function checkParcelQuery(query: ParcelQuery): void {
  if (getWard(query.communeCode) !== undefined) return;
  const old = getOldWard(query.communeCode) !== undefined;
  throw new InputError({
    code: 'INVALID_INPUT',
    message: old
      ? 'communeCode is a pre-2025 commune code: parcels are filed under the 2025 communes. Convert it ' +
        "with @onceonly/vn's resolveOldAddress (a split commune gives several candidates)."
      : 'communeCode is not a commune code of the 2025 map (5 digits, see listWards() in @onceonly/vn).',
    fields: ['/communeCode'],
  });
}

/** Refuses, before sending, a personal id that cannot exist. The message never quotes it. */
export function checkOwnerQuery(query: OwnerQuery): void {
  if (isValidPersonalId(query.personalId)) return;
  throw new InputError({
    code: 'INVALID_PERSONAL_ID',
    message:
      'personalId is not a valid 12-digit personal identification number (mã định danh cá nhân): ' +
      'check the province code (first 3 digits) and that the encoded birth year is not in the future.',
    fields: ['/personalId'],
  });
}

/** The adapter options that go on the wire. */
export interface AskerOptions {
  /** `MaDonVi`: the officer's unit. */
  unit?: string | undefined;
  /** `MaDVC`: the calling service's code. */
  callerCode?: string | undefined;
}

type Asker = Pick<TraCuuThongTinThuaDat, 'MaYeuCau' | 'MaDVC' | 'MaCanBo' | 'MaDonVi'>;

/** Who asks: the X-Road id, and the officer, unit and service when known (none is required). */
function askerOf(call: Pick<WireContext, 'xroadId' | 'officerId'>, options: AskerOptions): Asker {
  const asker: Asker = { MaYeuCau: call.xroadId };
  if (options.callerCode !== undefined) asker.MaDVC = options.callerCode;
  if (call.officerId !== undefined) asker.MaCanBo = call.officerId;
  if (options.unit !== undefined) asker.MaDonVi = options.unit;
  return asker;
}

/**
 * The wire request of a parcel lookup.
 *
 * @example
 * ```ts
 * toParcelWire({ communeCode: '00004', sheet: 12, parcel: 345 }, { xroadId }, {});
 * // { MaYeuCau: xroadId, MaXa: '00004', SoTo: '12', SoThua: '345' }
 * ```
 */
export function toParcelWire(
  query: ParcelQuery,
  call: Pick<WireContext, 'xroadId' | 'officerId'>,
  options: AskerOptions,
): TraCuuThongTinThuaDat {
  return {
    ...askerOf(call, options),
    MaXa: query.communeCode,
    SoTo: String(query.sheet),
    SoThua: String(query.parcel),
  };
}

/** The wire request of a certificate search by holder. */
export function toOwnerWire(
  query: OwnerQuery,
  call: Pick<WireContext, 'xroadId' | 'officerId'>,
  options: AskerOptions,
): TraCuuGiayChungNhanTheoChuSuDung {
  return { ...askerOf(call, options), SoDinhDanh: query.personalId };
}
