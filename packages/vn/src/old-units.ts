import conversion from '../data/wards-old-to-new-2025.json' with { type: 'json' };
import { NameIndex } from './name-index.js';

/** Type of a pre-2025 district-level unit. */
export type OldDistrictType = 'quận' | 'huyện' | 'thị xã' | 'thành phố';

/**
 * A district-level unit as it stood just before 2025-07-01, when districts were abolished (one of 696).
 *
 * @example
 * ```ts
 * { code: '001', name: 'Ba Đình', fullName: 'Quận Ba Đình', type: 'quận', provinceCode: '01' }
 * ```
 */
export interface OldDistrict {
  /** Three-digit GSO code. */
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly type: OldDistrictType;
  /** Code of the pre-2025 province (see {@link getOldProvince}). */
  readonly provinceCode: string;
}

/** Type of a pre-2025 commune-level unit. */
export type OldWardType = 'xã' | 'phường' | 'thị trấn';

/**
 * How an old commune went into the 2025 communes, per the NSO conversion table: `whole` (all of it into
 * one), `part` (split between several), `unchanged` (same code and name), `renamed` (same code, new
 * name or type).
 */
export type OldWardChange = 'whole' | 'part' | 'unchanged' | 'renamed';

/**
 * A commune-level unit as it stood just before 2025-07-01 (one of the 10,035 in the NSO conversion
 * table), with the 2025 commune(s) it went into.
 *
 * @example
 * ```ts
 * getOldWard('00001');
 * // { code: '00001', name: 'Phúc Xá', fullName: 'Phường Phúc Xá', type: 'phường', districtCode: '001',
 * //   provinceCode: '01', change: 'whole', newWardCodes: ['00097'], notes: {} }
 * ```
 */
export interface OldWard {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly type: OldWardType;
  readonly districtCode: string;
  /** Code of the pre-2025 province. */
  readonly provinceCode: string;
  readonly change: OldWardChange;
  /** The 2025 ward codes that received all or part of it: one, or several when `change` is `part`. */
  readonly newWardCodes: readonly string[];
  /** The NSO's own wording (Vietnamese) where it says more than `change`, keyed by new ward code. */
  readonly notes: Readonly<Record<string, string>>;
}

const DISTRICT_TYPES: readonly [string, OldDistrictType][] = [
  ['Quận ', 'quận'],
  ['Huyện ', 'huyện'],
  ['Thị xã ', 'thị xã'],
  ['Thành phố ', 'thành phố'],
];
const WARD_TYPES: readonly [string, OldWardType][] = [
  ['xã ', 'xã'],
  ['phường ', 'phường'],
  ['thị trấn ', 'thị trấn'],
];
const CHANGES: Record<string, OldWardChange> = { w: 'whole', p: 'part', u: 'unchanged', r: 'renamed' };
const DISTRICT_TYPE_WORDS = ['thanh pho', 'thi xa', 'quan', 'huyen', 'tp', 'tx', 'q', 'h'];
const WARD_TYPE_WORDS = ['thi tran', 'phuong', 'xa', 'tt', 'p', 'x'];

/**
 * Twelve communes of the GSO list of 2025-03-01 that are missing from the NSO conversion table: they
 * were merged into neighbours between March and June 2025. Code → [name, pre-2025 province code].
 * Source: shared/data/README.md, "Caveats".
 */
const UNMAPPED: Readonly<Record<string, readonly [string, string]>> = {
  '07693': ['Xã Tân An', '24'],
  '07732': ['Xã Nham Sơn', '24'],
  '07744': ['Xã Thắng Cương', '24'],
  '16387': ['Xã Đông Khê', '38'],
  '16411': ['Xã Đông Xuân', '38'],
  '18448': ['Xã Bình Lộc', '42'],
  '20176': ['Xã Hương Hòa', '46'],
  '20674': ['Xã Quế Phước', '49'],
  '25102': ["Xã Đạ M'ri", '68'],
  '25174': ['Xã Mỹ Lâm', '68'],
  '25177': ['Xã Tư Nghĩa', '68'],
  '25186': ['Xã Phù Mỹ', '68'],
};

let districts: Map<string, OldDistrict> | undefined;
let wards: Map<string, OldWard> | undefined;
let wardsByDistrict: Map<string, OldWard[]> | undefined;
let districtLevel: Map<string, string> | undefined;

function loadDistricts(): Map<string, OldDistrict> {
  if (!districts) {
    districts = new Map();
    for (const [code, [fullName, provinceCode]] of Object.entries(conversion.districts) as [
      string,
      [string, string],
    ][]) {
      const [prefix, type] = DISTRICT_TYPES.find(([p]) => fullName.startsWith(p)) ?? ['', 'huyện'];
      districts.set(
        code,
        Object.freeze({ code, name: fullName.slice(prefix.length), fullName, type, provinceCode }),
      );
    }
  }
  return districts;
}

function loadWards(): Map<string, OldWard> {
  if (!wards) {
    const byDistrict = new Map<string, OldWard[]>();
    const notes = conversion.notes as Record<string, string>;
    const all = loadDistricts();
    wards = new Map();
    for (const [code, fullName, districtCode, targets, kind] of conversion.rows) {
      const lower = fullName!.toLowerCase();
      const [prefix, type] = WARD_TYPES.find(([p]) => lower.startsWith(p)) ?? ['', 'xã'];
      const newWardCodes = Object.freeze(targets!.split(' '));
      const wardNotes: Record<string, string> = {};
      for (const target of newWardCodes) {
        const note = notes[`${code}>${target}`];
        if (note !== undefined) wardNotes[target] = note;
      }
      const ward: OldWard = Object.freeze({
        code: code!,
        name: fullName!.slice(prefix.length),
        fullName: fullName!,
        type,
        districtCode: districtCode!,
        provinceCode: all.get(districtCode!)?.provinceCode ?? '',
        change: CHANGES[kind!] ?? 'whole',
        newWardCodes,
        notes: Object.freeze(wardNotes),
      });
      wards.set(ward.code, ward);
      const list = byDistrict.get(ward.districtCode);
      if (list) list.push(ward);
      else byDistrict.set(ward.districtCode, [ward]);
    }
    wardsByDistrict = byDistrict;
  }
  return wards;
}

const districtIndex = /* @__PURE__ */ new NameIndex(
  () => [...loadDistricts().values()],
  (d: OldDistrict) => [d.name],
  DISTRICT_TYPE_WORDS,
);
const wardIndex = /* @__PURE__ */ new NameIndex(
  () => [...loadWards().values()],
  (w: OldWard) => [w.name],
  WARD_TYPE_WORDS,
);

/**
 * A pre-2025 district by its three-digit code, or `undefined`.
 *
 * @example
 * ```ts
 * getOldDistrict('001')?.fullName; // 'Quận Ba Đình'
 * ```
 */
export function getOldDistrict(code: string): OldDistrict | undefined {
  if (typeof code !== 'string') return undefined;
  return loadDistricts().get(code);
}

/**
 * The pre-2025 districts, of one old province when `provinceCode` is given, sorted by code.
 *
 * @example
 * ```ts
 * listOldDistricts('01').length; // 30
 * ```
 */
export function listOldDistricts(provinceCode?: string): OldDistrict[] {
  const list = [...loadDistricts().values()];
  return provinceCode === undefined ? list : list.filter((d) => d.provinceCode === provinceCode);
}

/**
 * Pre-2025 districts whose name matches `name` (same rules as {@link findWards}; type words `Quận`,
 * `Huyện`, `Thị xã`, `Thành phố` are ignored). Narrow with `provinceCode` (a pre-2025 code).
 *
 * @example
 * ```ts
 * findOldDistricts('quan ba dinh')[0]?.code; // '001'
 * ```
 */
export function findOldDistricts(name: string, options: { provinceCode?: string } = {}): OldDistrict[] {
  const provinceCode = options?.provinceCode;
  return districtIndex.find(
    name,
    provinceCode === undefined ? undefined : (d) => d.provinceCode === provinceCode,
  );
}

/**
 * A pre-2025 commune by its five-digit code, with the 2025 commune(s) it went into, or `undefined`.
 * Read the code as a pre-2025 code: `'00004'` is the old Phường Trúc Bạch here.
 *
 * @example
 * ```ts
 * getOldWard('00004')?.fullName; // 'Phường Trúc Bạch'
 * getOldWard('00007')?.newWardCodes; // ['00008', '00025'] (split)
 * ```
 */
export function getOldWard(code: string): OldWard | undefined {
  if (typeof code !== 'string') return undefined;
  return loadWards().get(code);
}

/**
 * The pre-2025 communes of one old district, sorted by code (empty for an unknown district).
 *
 * @example
 * ```ts
 * listOldWards('001').length; // 14
 * ```
 */
export function listOldWards(districtCode: string): readonly OldWard[] {
  loadWards();
  return wardsByDistrict!.get(districtCode) ?? [];
}

/**
 * Pre-2025 communes whose name matches `name` (type words `Xã`, `Phường`, `Thị trấn` ignored). Narrow
 * with `districtCode` or `provinceCode` (pre-2025 codes).
 *
 * @example
 * ```ts
 * findOldWards('Phúc Xá', { districtCode: '001' })[0]?.code; // '00001'
 * ```
 */
export function findOldWards(
  name: string,
  options: { districtCode?: string; provinceCode?: string } = {},
): OldWard[] {
  const { districtCode, provinceCode } = options ?? {};
  return wardIndex.find(
    name,
    (w) =>
      (districtCode === undefined || w.districtCode === districtCode) &&
      (provinceCode === undefined || w.provinceCode === provinceCode),
  );
}

/** @internal The 2025 đặc khu made from a whole old district that had no communes, if `districtCode` is one. */
export function districtLevelWardCode(districtCode: string): string | undefined {
  districtLevel ??= new Map(conversion.districtLevel as [string, string][]);
  return districtLevel.get(districtCode);
}

/** @internal An old commune missing from the conversion table: its name and pre-2025 province code. */
export function unmappedOldWard(code: string): { name: string; provinceCode: string } | undefined {
  const entry = Object.hasOwn(UNMAPPED, code) ? UNMAPPED[code] : undefined;
  return entry && { name: entry[0], provinceCode: entry[1] };
}
