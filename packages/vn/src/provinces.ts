import provinces2025 from '../data/provinces-2025.json' with { type: 'json' };
import provincesPre2025 from '../data/provinces-pre-2025.json' with { type: 'json' };
import { NameIndex } from './name-index.js';

/** Type of a provincial-level unit: a province (`tỉnh`) or a centrally-run city (`thành phố`). */
export type ProvinceType = 'tỉnh' | 'thành phố';

/**
 * A provincial-level unit in force since 2025-07-01 (one of 34).
 *
 * @example
 * ```ts
 * { code: '79', name: 'Hồ Chí Minh', fullName: 'Thành phố Hồ Chí Minh', type: 'thành phố' }
 * ```
 */
export interface Province {
  /** Two-digit NSO code, e.g. `'01'`. */
  readonly code: string;
  /** Name without its type word, e.g. `'Hà Nội'`. */
  readonly name: string;
  /** Official name, e.g. `'Thành phố Hà Nội'`. */
  readonly fullName: string;
  readonly type: ProvinceType;
}

/**
 * A provincial-level unit in force until 2025-06-30 (one of 63), with the 2025 province it became part
 * of. Its code, with a leading zero, is the first three digits of a personal identification number.
 *
 * @example
 * ```ts
 * { code: '02', name: 'Hà Giang', fullName: 'Tỉnh Hà Giang', type: 'tỉnh', newCode: '08' }
 * ```
 */
export interface OldProvince extends Province {
  /** Code of the 2025 province the whole old province went into (Resolution 202/2025/QH15). */
  readonly newCode: string;
}

const PROVINCE_TYPE_WORDS = ['thanh pho', 'tinh', 'tp'];
/**
 * Other names in common use that folding alone does not catch: Thừa Thiên Huế became Thành phố Huế on
 * 2025-01-01; Hồ Chí Minh City is often written HCM or Sài Gòn.
 */
const ALIASES: Record<string, readonly string[]> = {
  '46': ['Thừa Thiên Huế'],
  '79': ['HCM', 'TPHCM', 'Sài Gòn', 'Saigon'],
};

function provinceType(fullName: string): ProvinceType {
  return fullName.startsWith('Thành phố ') ? 'thành phố' : 'tỉnh';
}

function stripType(fullName: string): string {
  return fullName.replace(/^(Thành phố|Tỉnh) /, '');
}

let current: readonly Province[] | undefined;
let currentByCode: Map<string, Province> | undefined;
let old: readonly OldProvince[] | undefined;
let oldByCode: Map<string, OldProvince> | undefined;

function loadCurrent(): readonly Province[] {
  current ??= Object.freeze(
    provinces2025.provinces.map(([code, fullName]) =>
      Object.freeze({
        code: code!,
        name: stripType(fullName!),
        fullName: fullName!,
        type: provinceType(fullName!),
      }),
    ),
  );
  return current;
}

function loadOld(): readonly OldProvince[] {
  old ??= Object.freeze(
    provincesPre2025.provinces.map(([code, fullName, newCode]) =>
      Object.freeze({
        code: code!,
        name: stripType(fullName!),
        fullName: fullName!,
        type: provinceType(fullName!),
        newCode: newCode!,
      }),
    ),
  );
  return old;
}

const names = (p: Province) => [p.name, ...(ALIASES[p.code] ?? [])];
const currentIndex = /* @__PURE__ */ new NameIndex(loadCurrent, names, PROVINCE_TYPE_WORDS);
const oldIndex = /* @__PURE__ */ new NameIndex(loadOld, names, PROVINCE_TYPE_WORDS);

/**
 * The 34 provincial-level units in force since 2025-07-01, sorted by code.
 *
 * @example
 * ```ts
 * listProvinces().length; // 34
 * ```
 */
export function listProvinces(): readonly Province[] {
  return loadCurrent();
}

/**
 * A 2025 province by its two-digit code, or `undefined`. Codes are read as 2025 codes: `'15'` is Lào
 * Cai today (it was Yên Bái before 2025; use {@link getOldProvince} for old codes).
 *
 * @example
 * ```ts
 * getProvince('01')?.name; // 'Hà Nội'
 * getProvince('79')?.fullName; // 'Thành phố Hồ Chí Minh'
 * ```
 */
export function getProvince(code: string): Province | undefined {
  if (typeof code !== 'string') return undefined;
  currentByCode ??= new Map(loadCurrent().map((p) => [p.code, p]));
  return currentByCode.get(code);
}

/**
 * 2025 provinces whose name matches `name`, ignoring case, diacritics, spaces, punctuation and a
 * leading type word (`Tỉnh`, `Thành phố`, `TP`). Equal names win; if none is equal, names that contain
 * the query as whole words are returned. Empty when nothing matches.
 *
 * @example
 * ```ts
 * findProvinces('thanh pho ho chi minh')[0]?.code; // '79'
 * findProvinces('TP. HCM')[0]?.code; // '79'
 * ```
 */
export function findProvinces(name: string): Province[] {
  return currentIndex.find(name);
}

/**
 * The 63 provincial-level units in force until 2025-06-30, sorted by code.
 *
 * @example
 * ```ts
 * listOldProvinces().length; // 63
 * ```
 */
export function listOldProvinces(): readonly OldProvince[] {
  return loadOld();
}

/**
 * A pre-2025 province by its two-digit code, or `undefined`. `'15'` is Yên Bái here.
 *
 * @example
 * ```ts
 * getOldProvince('15')?.name; // 'Yên Bái'
 * getOldProvince('15')?.newCode; // '15' (now part of Lào Cai)
 * ```
 */
export function getOldProvince(code: string): OldProvince | undefined {
  if (typeof code !== 'string') return undefined;
  oldByCode ??= new Map(loadOld().map((p) => [p.code, p]));
  return oldByCode.get(code);
}

/**
 * Pre-2025 provinces whose name matches `name`; same matching rules as {@link findProvinces}.
 *
 * @example
 * ```ts
 * findOldProvinces('Thừa Thiên Huế')[0]?.code; // '46'
 * ```
 */
export function findOldProvinces(name: string): OldProvince[] {
  return oldIndex.find(name);
}
