/**
 * Wire → domain for a parcel (`ThuaDat` → `Parcel`), and the small readers the certificate mapping
 * shares: areas, land uses, commune references.
 * @module
 */
import type { AnswerSource } from '@onceonly/core';
import { getWard } from '@onceonly/vn';
import { landUseName } from './codes.js';
import type { CommuneRef, LandUse, Parcel, Provenance } from './domain.js';
import type { MucDichSuDung, ThuaDat } from './wire.js';

/** A wire text trimmed; `''` when absent. */
export const clean = (value: string | undefined): string => value?.trim() ?? '';

/** An area in m² as the record writes it (`123.5`, or `123,5` from older systems); `undefined` if none. */
export function toArea(text: string | undefined): number | undefined {
  const value = clean(text).replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}

/** A positive whole number (`SoTo`, `SoThua`, `SoTang`); `0` stands for "not given". */
export function toCount(text: string | undefined): number {
  const value = clean(text);
  return /^\d{1,9}$/.test(value) ? Number(value) : 0;
}

/** `yyyyMMdd` → `yyyy-mm-dd`; anything else → `undefined`. */
export function toIsoDay(text: string | undefined): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(clean(text));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** One land use: the code upper-cased and named, the area, the term (`Lâu dài` → `long-term`). */
export function toLandUse(wire: MucDichSuDung): LandUse {
  const code = clean(wire.MaMucDich).toUpperCase();
  const term = clean(wire.ThoiHan);
  return {
    code,
    name: landUseName(code),
    area: toArea(wire.DienTich),
    term: term === '' ? undefined : /^lâu dài$/iu.test(term) ? 'long-term' : (toIsoDay(term) ?? term),
  };
}

/** A 2025 commune code, named by `@onceonly/vn` when it knows it. */
export function toCommune(code: string | undefined, provinceCode?: string): CommuneRef {
  const value = clean(code);
  const ward = getWard(value);
  return {
    code: value,
    name: ward?.fullName,
    provinceCode: ward?.provinceCode ?? clean(provinceCode),
  };
}

/** The provenance every domain value carries. */
export function toProvenance(source: AnswerSource): Provenance {
  return { provider: source.provider, retrievedAt: source.retrievedAt };
}

/**
 * A parcel, from the `ThuaDat` answer.
 *
 * @example
 * ```ts
 * toParcel({ MaXa: '00004', SoTo: '12', SoThua: '345', DienTich: '82.5' }, source).area; // 82.5
 * ```
 */
export function toParcel(wire: ThuaDat, source: AnswerSource): Parcel {
  return {
    commune: toCommune(wire.MaXa ?? wire.DiaChi?.MaPhuongXa, wire.DiaChi?.MaTinhThanh),
    sheet: toCount(wire.SoTo),
    parcel: toCount(wire.SoThua),
    area: toArea(wire.DienTich),
    uses: (wire.MucDichSuDung ?? []).map(toLandUse),
    address: clean(wire.DiaChi?.ChiTiet),
    dataTime: clean(wire.ThoiDiemDuLieu),
    provenance: toProvenance(source),
  };
}
