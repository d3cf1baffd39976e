import {
  districtLevelWardCode,
  getOldDistrict,
  getOldWard,
  listOldWards,
  type OldDistrict,
  type OldWard,
  unmappedOldWard,
} from './old-units.js';
import { getOldProvince, getProvince, type OldProvince, type Province } from './provinces.js';
import { fail, ok, type VnResult } from './reasons.js';
import { getWard, type Ward } from './wards.js';

/**
 * An address in pre-2025 codes, as old records and the population database may still return it. Each
 * code is a string of ASCII digits; shorter strings are left-padded with zeros (`'1'` → `'01'`), and an
 * empty string counts as absent.
 *
 * @example
 * ```ts
 * { provinceCode: '01', districtCode: '001', wardCode: '00001' }
 * ```
 */
export interface OldAddress {
  /** Pre-2025 province code (2 digits). */
  provinceCode?: string;
  /** Pre-2025 district code (3 digits). */
  districtCode?: string;
  /** Pre-2025 commune code (5 digits). */
  wardCode?: string;
}

/**
 * Why a resolved address has no single 2025 ward:
 * - `SPLIT_WARD`: the old commune was split between several 2025 communes (see `candidates`);
 * - `UNMAPPED_WARD`: one of the 12 communes merged between March and June 2025 that the NSO conversion
 *   table does not list;
 * - `UNKNOWN_WARD`: the commune code does not exist, but the province or district does;
 * - `NO_WARD`: the address has no commune code; `candidates` lists the 2025 communes the old district
 *   went into, when a district was given.
 */
export type OldAddressIssue = 'SPLIT_WARD' | 'UNMAPPED_WARD' | 'UNKNOWN_WARD' | 'NO_WARD';

/**
 * An old address translated to the units in force since 2025-07-01. The province is always known; the
 * ward is known when `exact` is `true`.
 */
export interface ResolvedOldAddress {
  /** The 2025 province the address is in now. */
  readonly province: Province;
  /** The 2025 ward, when it is determined (`exact`). */
  readonly ward?: Ward;
  /** Every 2025 ward the address may now be in: `[ward]` when exact, several when split, else empty. */
  readonly candidates: readonly Ward[];
  /** `true` when the 2025 ward is determined. */
  readonly exact: boolean;
  /** Why the ward is not determined; absent when `exact`. */
  readonly issue?: OldAddressIssue;
  /** An English sentence that explains `issue`, safe to show to an officer. */
  readonly note?: string;
  readonly oldProvince: OldProvince;
  readonly oldDistrict?: OldDistrict;
  /** The old commune, when the code is in the conversion table. */
  readonly oldWard?: OldWard;
}

/** Reasons {@link resolveOldAddress} can refuse an address. */
export type OldAddressReason =
  | 'NOT_AN_OBJECT'
  | 'EMPTY'
  | 'FORMAT'
  | 'UNKNOWN_PROVINCE'
  | 'UNKNOWN_DISTRICT'
  | 'UNKNOWN_WARD'
  | 'MISMATCH';

type Code = string | undefined | null;

function normaliseCode(value: unknown, length: number): Code {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > length || !/^[0-9]+$/.test(value)) return null;
  return value.padStart(length, '0');
}

function wardsOf(codes: readonly string[]): Ward[] {
  return codes.map((c) => getWard(c)).filter((w): w is Ward => w !== undefined);
}

/**
 * Translates an address in pre-2025 codes (province, district, commune) to the 2025 province and, where
 * the NSO conversion table allows, the 2025 commune. The province is found whenever any code is
 * known; when the commune was split, or cannot be mapped, the result says so (`exact: false`, `issue`,
 * `note`) and lists the candidate 2025 communes. Codes are read as pre-2025 codes: the same code may
 * mean another unit today.
 *
 * Refused (reason codes): `NOT_AN_OBJECT`; `EMPTY` (no code given); `FORMAT` (a code that is not up to
 * 2/3/5 ASCII digits); `UNKNOWN_PROVINCE`, `UNKNOWN_DISTRICT`; `UNKNOWN_WARD` (unknown commune and no
 * province or district to fall back on); `MISMATCH` (the commune is not in the given district or
 * province, or the district not in the province).
 *
 * @example
 * ```ts
 * const r = resolveOldAddress({ provinceCode: '01', districtCode: '001', wardCode: '00001' });
 * // r.ok && r.value: province Hà Nội (01), ward Phường Hồng Hà (00097), exact: true
 *
 * const split = resolveOldAddress({ wardCode: '00007' }); // old Phường Cống Vị, split in two
 * // split.ok && split.value: exact: false, issue: 'SPLIT_WARD', candidates: Ngọc Hà (00008), Giảng Võ (00025)
 * ```
 */
export function resolveOldAddress(address: OldAddress): VnResult<ResolvedOldAddress, OldAddressReason> {
  if (typeof address !== 'object' || address === null || Array.isArray(address)) return fail('NOT_AN_OBJECT');
  let provinceCode: Code;
  let districtCode: Code;
  let wardCode: Code;
  try {
    provinceCode = normaliseCode(address.provinceCode, 2);
    districtCode = normaliseCode(address.districtCode, 3);
    wardCode = normaliseCode(address.wardCode, 5);
  } catch {
    return fail('NOT_AN_OBJECT'); // a getter that throws, a revoked proxy, …
  }
  if (provinceCode === null || districtCode === null || wardCode === null) return fail('FORMAT');
  if (provinceCode === undefined && districtCode === undefined && wardCode === undefined)
    return fail('EMPTY');

  let oldProvince = provinceCode === undefined ? undefined : getOldProvince(provinceCode);
  if (provinceCode !== undefined && !oldProvince) return fail('UNKNOWN_PROVINCE');
  const oldDistrict = districtCode === undefined ? undefined : getOldDistrict(districtCode);
  if (districtCode !== undefined && !oldDistrict) return fail('UNKNOWN_DISTRICT');
  if (oldDistrict) {
    if (oldProvince && oldDistrict.provinceCode !== oldProvince.code) return fail('MISMATCH');
    oldProvince ??= getOldProvince(oldDistrict.provinceCode);
  }

  const build = (
    from: OldProvince,
    candidates: Ward[],
    extra: { oldWard?: OldWard; issue?: OldAddressIssue; note?: string },
  ): VnResult<ResolvedOldAddress, OldAddressReason> => {
    const province = getProvince(from.newCode)!;
    const exact = candidates.length === 1 && extra.issue === undefined;
    const value: ResolvedOldAddress = {
      province,
      ...(exact ? { ward: candidates[0] } : {}),
      candidates,
      exact,
      ...(exact ? {} : { issue: extra.issue ?? 'NO_WARD' }),
      ...(extra.note === undefined ? {} : { note: extra.note }),
      oldProvince: from,
      ...(oldDistrict ? { oldDistrict } : {}),
      ...(extra.oldWard ? { oldWard: extra.oldWard } : {}),
    };
    return ok(value);
  };

  if (wardCode !== undefined) {
    const oldWard = getOldWard(wardCode);
    if (oldWard) {
      if (oldDistrict && oldWard.districtCode !== oldDistrict.code) return fail('MISMATCH');
      if (oldProvince && oldWard.provinceCode !== oldProvince.code) return fail('MISMATCH');
      const candidates = wardsOf(oldWard.newWardCodes);
      const split = candidates.length > 1;
      return build(getOldProvince(oldWard.provinceCode)!, candidates, {
        oldWard,
        ...(split
          ? {
              issue: 'SPLIT_WARD' as const,
              note: `The old commune was split between ${candidates.length} communes in 2025; the street address decides which.`,
            }
          : {}),
      });
    }
    const unmapped = unmappedOldWard(wardCode);
    if (unmapped) {
      if (oldProvince && oldProvince.code !== unmapped.provinceCode) return fail('MISMATCH');
      return build(getOldProvince(unmapped.provinceCode)!, [], {
        issue: 'UNMAPPED_WARD',
        note: 'The old commune was merged into a neighbour between March and June 2025 and is not in the NSO conversion table; only the province is known.',
      });
    }
    if (!oldProvince) return fail('UNKNOWN_WARD');
    return build(oldProvince, [], {
      issue: 'UNKNOWN_WARD',
      note: 'The commune code does not exist in the pre-2025 list (is it a 2025 code?); only the province is known.',
    });
  }

  if (oldDistrict) {
    const special = districtLevelWardCode(oldDistrict.code);
    const codes = special
      ? [special]
      : [...new Set(listOldWards(oldDistrict.code).flatMap((w) => w.newWardCodes))];
    const candidates = wardsOf(codes.sort());
    return build(
      oldProvince!,
      candidates,
      candidates.length === 1
        ? {}
        : { note: `No commune given; the old district went into ${candidates.length} communes in 2025.` },
    );
  }
  return build(oldProvince!, [], { note: 'No commune or district given; only the province is known.' });
}
