/**
 * What a portal asks with, and how it becomes the wire request: `{ personalId }` or `{ insuranceCode }`,
 * checked with `@onceonly/vn` before anything is sent. Since 1 July 2025 a citizen's personal id is
 * also their social insurance code (Law on Social Insurance 2024), so most lookups go by `personalId`;
 * the 10-digit code remains on older cards and records, and foreigners working in Vietnam hold only it.
 * @module
 */
import { InputError, type Static, Type } from '@onceonly/core';
import { isValidInsuranceCode, isValidPersonalId } from '@onceonly/vn';
import type { YeuCauBaoHiem } from './wire.js';

const strict = { additionalProperties: false } as const;

/**
 * The key of every insurance lookup.
 *
 * @example
 * ```ts
 * { personalId: '001203012345' }
 * { insuranceCode: '0123456789' }
 * ```
 */
export const InsuranceQuery = Type.Union(
  [
    Type.Object(
      {
        personalId: Type.String({
          pattern: '^[0-9]{12}$',
          description: 'Personal id (số định danh cá nhân), also the insurance code since 2025.',
        }),
      },
      strict,
    ),
    Type.Object(
      {
        insuranceCode: Type.String({
          pattern: '^[0-9]{10}$',
          description: 'Social insurance code (mã số BHXH), 10 digits.',
        }),
      },
      strict,
    ),
  ],
  { $id: 'https://onceonly.dev/schemas/insurance/insurance-query.json' },
);
export type InsuranceQuery = Static<typeof InsuranceQuery>;

/** The key asked for: the consent token's subject (the personal id, or the insurance code). */
export function subjectOf(query: InsuranceQuery): string {
  return 'personalId' in query ? query.personalId : query.insuranceCode;
}

/** Refuses, before sending, a key that cannot exist. Messages name the field, never its value. */
export function checkInsuranceQuery(query: InsuranceQuery): void {
  if ('personalId' in query && !isValidPersonalId(query.personalId)) {
    throw new InputError({
      code: 'INVALID_PERSONAL_ID',
      message:
        'personalId is not a valid 12-digit personal identification number (mã định danh cá nhân): ' +
        'check the province code (first 3 digits) and that the encoded birth year is not in the future.',
      fields: ['/personalId'],
    });
  }
  if ('insuranceCode' in query && !isValidInsuranceCode(query.insuranceCode)) {
    throw new InputError({
      code: 'INVALID_INPUT',
      message:
        'insuranceCode is not a 10-digit social insurance code (mã số BHXH): pass the digits only, or ' +
        'the personal id as personalId.',
      fields: ['/insuranceCode'],
    });
  }
}

/** Who asks, as the gateway passes it to `toWire` (a subset of core's `WireContext`). */
export interface AskerContext {
  /** The call's X-Road id: becomes `MaYeuCau`. */
  xroadId: string;
  /** The officer's personal id, when an officer asks: becomes `MaCanBo`. */
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
 * The wire request: who asks and about whom (`SoDinhDanh` or `MaSoBHXH`). Run after the check.
 *
 * @example
 * ```ts
 * toInsuranceWire({ insuranceCode: '0123456789' }, { xroadId: 'x1' }, { unit: 'H23.01' });
 * // { MaYeuCau: 'x1', MaDonVi: 'H23.01', MaSoBHXH: '0123456789' }
 * ```
 */
export function toInsuranceWire(
  query: InsuranceQuery,
  call: AskerContext,
  options: AskerOptions,
): YeuCauBaoHiem {
  const wire: YeuCauBaoHiem = { MaYeuCau: call.xroadId };
  if (options.callerCode !== undefined) wire.MaDVC = options.callerCode;
  if (options.unit !== undefined) wire.MaDonVi = options.unit;
  if (call.officerId !== undefined) wire.MaCanBo = call.officerId;
  if ('personalId' in query) wire.SoDinhDanh = query.personalId;
  else wire.MaSoBHXH = query.insuranceCode;
  return wire;
}
