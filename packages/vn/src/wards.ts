import wards2025 from '../data/wards-2025.json' with { type: 'json' };
import { NameIndex } from './name-index.js';

/** Type of a commune-level unit since 2025-07-01: commune (`xã`), ward (`phường`) or special zone (`đặc khu`). */
export type WardType = 'xã' | 'phường' | 'đặc khu';

/**
 * A commune-level unit in force since 2025-07-01 (one of 3,321). "Ward" is used for all three types.
 *
 * @example
 * ```ts
 * { code: '00004', name: 'Ba Đình', fullName: 'Phường Ba Đình', type: 'phường', provinceCode: '01' }
 * ```
 */
export interface Ward {
  /** Five-digit NSO code. The same code may have meant another commune before 2025-07-01. */
  readonly code: string;
  /** Name without its type word. */
  readonly name: string;
  /** Official name, e.g. `'Xã Thượng Lâm'`. */
  readonly fullName: string;
  readonly type: WardType;
  /** Code of the 2025 province the ward belongs to. */
  readonly provinceCode: string;
}

/** Options of {@link findWards}. */
export interface FindWardsOptions {
  /**
   * Only wards of this 2025 province (two-digit code). Default: all provinces.
   * @example { provinceCode: '01' }
   */
  provinceCode?: string;
}

const TYPES: readonly [string, WardType][] = [
  ['Xã ', 'xã'],
  ['Phường ', 'phường'],
  ['Đặc khu ', 'đặc khu'],
];
const WARD_TYPE_WORDS = ['dac khu', 'thi tran', 'phuong', 'xa', 'tt', 'p', 'x'];

let all: readonly Ward[] | undefined;
let byCode: Map<string, Ward> | undefined;
let byProvince: Map<string, readonly Ward[]> | undefined;

function load(): readonly Ward[] {
  if (!all) {
    const list: Ward[] = [];
    const grouped = new Map<string, readonly Ward[]>();
    for (const [provinceCode, rows] of Object.entries(wards2025.wards)) {
      const inProvince: Ward[] = [];
      for (const [code, fullName] of rows) {
        const [prefix, type] = TYPES.find(([p]) => fullName!.startsWith(p)) ?? ['', 'xã'];
        const ward: Ward = Object.freeze({
          code: code!,
          name: fullName!.slice(prefix.length),
          fullName: fullName!,
          type,
          provinceCode,
        });
        inProvince.push(ward);
        list.push(ward);
      }
      grouped.set(provinceCode, Object.freeze(inProvince));
    }
    byProvince = grouped;
    all = Object.freeze(list);
  }
  return all;
}

const index = /* @__PURE__ */ new NameIndex(load, (w: Ward) => [w.name], WARD_TYPE_WORDS);

/**
 * The 2025 wards: of one province when `provinceCode` is given (empty for an unknown code), else all
 * 3,321, sorted by province then code.
 *
 * @example
 * ```ts
 * listWards().length; // 3321
 * listWards('01').length; // 126
 * ```
 */
export function listWards(provinceCode?: string): readonly Ward[] {
  const list = load();
  if (provinceCode === undefined) return list;
  return byProvince!.get(provinceCode) ?? [];
}

/**
 * A 2025 ward by its five-digit code, or `undefined`. Read the code as a 2025 code: `'00004'` is Phường
 * Ba Đình today, though it was Phường Trúc Bạch before (see {@link getOldWard}).
 *
 * @example
 * ```ts
 * getWard('00004')?.fullName; // 'Phường Ba Đình'
 * ```
 */
export function getWard(code: string): Ward | undefined {
  if (typeof code !== 'string') return undefined;
  byCode ??= new Map(load().map((w) => [w.code, w]));
  return byCode.get(code);
}

/**
 * 2025 wards whose name matches `name`, ignoring case, diacritics, spaces, punctuation, leading zeros of
 * numbers and a leading type word (`Xã`, `Phường`, `Đặc khu`, `P.`). Equal names win; if none is equal,
 * names containing the query as whole words are returned. Many names repeat across provinces: pass
 * `provinceCode` to narrow.
 *
 * @example
 * ```ts
 * findWards('phuong ba dinh', { provinceCode: '01' })[0]?.code; // '00004'
 * ```
 */
export function findWards(name: string, options: FindWardsOptions = {}): Ward[] {
  const provinceCode = options?.provinceCode;
  return index.find(name, provinceCode === undefined ? undefined : (w) => w.provinceCode === provinceCode);
}
