/**
 * What a portal asks with, checked with `@onceonly/vn` before anything is sent, and how each input
 * becomes the wire request (`toWire`). Messages name the field, never its value.
 * @module
 */
import { InputError, type Static, Type, type WireContext } from '@onceonly/core';
import { isValidPersonalId, parseTaxCode } from '@onceonly/vn';
import type { TraCuuTheoCaNhan, TraCuuThongTinDoanhNghiep, TraCuuThongTinHoKinhDoanh } from './wire.js';

const strict = { additionalProperties: false } as const;

/**
 * The key of `getEnterprise`: the enterprise code, which is its tax code (10 digits, check digit
 * verified), or a branch's 13-digit code written `XXXXXXXXXX-NNN` or without the dash.
 *
 * @example
 * ```ts
 * { taxCode: '0100109106' }
 * { taxCode: '0100109106-001' }
 * ```
 */
export const EnterpriseQuery = Type.Object(
  {
    taxCode: Type.String({
      pattern: '^[0-9]{10}(-?[0-9]{3})?$',
      description: 'Enterprise / tax code (mã số doanh nghiệp): 10 digits, or a branch code of 13.',
    }),
  },
  { ...strict, $id: 'https://onceonly.dev/schemas/enterprise/enterprise-query.json' },
);
export type EnterpriseQuery = Static<typeof EnterpriseQuery>;

/**
 * The key of `getHouseholdBusiness`: the registration number (`số đăng ký hộ kinh doanh`), two
 * digits, a capital letter, seven digits (modelled).
 *
 * @example
 * ```ts
 * { registrationNumber: '01A8012345' }
 * ```
 */
export const HouseholdBusinessQuery = Type.Object(
  {
    registrationNumber: Type.String({
      pattern: '^[0-9]{2}[A-Z][0-9]{7}$',
      description: 'Registration number (số đăng ký hộ kinh doanh).',
    }),
  },
  { ...strict, $id: 'https://onceonly.dev/schemas/enterprise/household-business-query.json' },
);
export type HouseholdBusinessQuery = Static<typeof HouseholdBusinessQuery>;

/**
 * The key of a search by person (`findByRepresentative`, `findHouseholdBusinesses`): their 12-digit
 * personal identification number. A search by person needs the person's consent (`enterprise.basic`).
 *
 * @example
 * ```ts
 * { personalId: '001203012345' }
 * ```
 */
export const PersonQuery = Type.Object(
  {
    personalId: Type.String({
      pattern: '^[0-9]{12}$',
      description: 'Personal identification number (số định danh cá nhân).',
    }),
  },
  strict,
);
export type PersonQuery = Static<typeof PersonQuery>;

/** The canonical form of a valid enterprise or branch code (`0100109106`, `0100109106-001`). */
export function canonicalTaxCode(taxCode: string): string {
  const parsed = parseTaxCode(taxCode);
  return parsed.ok ? parsed.value.code : taxCode;
}

/**
 * Refuses, before sending, a code that cannot be an enterprise's: a wrong check digit, serial digits
 * all zero, branch `000`, or a 12-digit personal tax code (an individual is not an enterprise).
 */
export function checkEnterpriseQuery(query: EnterpriseQuery): void {
  const parsed = parseTaxCode(query.taxCode);
  if (!parsed.ok || parsed.value.kind === 'individual') {
    throw new InputError({
      code: 'INVALID_INPUT',
      message:
        'taxCode is not a valid enterprise code (mã số doanh nghiệp): 10 digits whose last is the ' +
        'check digit, or a branch code XXXXXXXXXX-NNN; check the digits.',
      fields: ['/taxCode'],
    });
  }
}

/** Refuses a registration number whose province part is `00` (no such registration office). */
export function checkHouseholdBusinessQuery(query: HouseholdBusinessQuery): void {
  if (
    !/^[0-9]{2}[A-Z][0-9]{7}$/.test(query.registrationNumber) ||
    query.registrationNumber.startsWith('00')
  ) {
    throw new InputError({
      code: 'INVALID_INPUT',
      message:
        'registrationNumber is not a household business registration number (số đăng ký hộ kinh doanh): ' +
        'two digits, a capital letter and seven digits.',
      fields: ['/registrationNumber'],
    });
  }
}

/** Refuses a personal id that cannot exist (province code, encoded birth year). */
export function checkPersonQuery(query: PersonQuery): void {
  if (!isValidPersonalId(query.personalId)) {
    throw new InputError({
      code: 'INVALID_PERSONAL_ID',
      message:
        'personalId is not a valid 12-digit personal identification number (mã định danh cá nhân): ' +
        'check the province code (first 3 digits) and that the encoded birth year is not in the future.',
      fields: ['/personalId'],
    });
  }
}

/** The adapter options that go on the wire. */
export interface AskerOptions {
  /** `MaDonVi`: the asking unit. */
  unit?: string | undefined;
  /** `MaDVC`: the calling service's code. */
  callerCode?: string | undefined;
}

type Asker = Pick<TraCuuTheoCaNhan, 'MaYeuCau' | 'MaDVC' | 'MaDonVi' | 'MaCanBo'>;

/** Who asks: the X-Road id, the unit and service code of the options, the officer when one is named. */
function askerOf(call: WireContext, options: AskerOptions): Asker {
  const asker: Asker = { MaYeuCau: call.xroadId };
  if (options.callerCode !== undefined) asker.MaDVC = options.callerCode;
  if (options.unit !== undefined) asker.MaDonVi = options.unit;
  if (call.officerId !== undefined) asker.MaCanBo = call.officerId;
  return asker;
}

/** The wire request of `TraCuuThongTinDoanhNghiep`: the code in its canonical form. */
export function toEnterpriseWire(
  query: EnterpriseQuery,
  call: WireContext,
  options: AskerOptions,
): TraCuuThongTinDoanhNghiep {
  return { ...askerOf(call, options), MaSoDoanhNghiep: canonicalTaxCode(query.taxCode) };
}

/** The wire request of `TraCuuThongTinHoKinhDoanh`. */
export function toHouseholdBusinessWire(
  query: HouseholdBusinessQuery,
  call: WireContext,
  options: AskerOptions,
): TraCuuThongTinHoKinhDoanh {
  return { ...askerOf(call, options), SoDangKy: query.registrationNumber };
}

/** The wire request of a search by person. */
export function toPersonWire(query: PersonQuery, call: WireContext, options: AskerOptions): TraCuuTheoCaNhan {
  return { ...askerOf(call, options), SoDinhDanh: query.personalId };
}
