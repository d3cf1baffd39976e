/**
 * Pieces every answer shares: dates, addresses, business lines, people, code tables, amounts.
 * @module
 */
import type { AnswerSource } from '@onceonly/core';
import { getProvince, getWard } from '@onceonly/vn';
import type { Address, BusinessLine, Provenance, RegisteredPerson } from './domain.js';
import type { DiaChi, NganhNghe, NguoiDangKy } from './wire.js';

/** A wire text trimmed; `''` when absent. */
export const clean = (value: string | undefined): string => value?.trim() ?? '';

/** `yyyyMMdd` (or ISO `yyyy-mm-dd…`) → `yyyy-mm-dd`; `undefined` when empty or unreadable. */
export function toIsoDate(value: string | undefined): string | undefined {
  const text = clean(value);
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m}-${d}`;
}

/** An amount in đồng from its digits; `undefined` when empty or not digits. */
export function toAmount(value: string | undefined): number | undefined {
  const text = clean(value);
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** A `DiaChi` in the 2025 map, with the names of its units when `@onceonly/vn` knows the codes. */
export function toAddress(wire: DiaChi): Address {
  const address: Address = {
    provinceCode: clean(wire.MaTinhThanh),
    wardCode: clean(wire.MaPhuongXa),
    detail: clean(wire.ChiTiet),
    country: clean(wire.QuocGia) || 'VN',
  };
  const province = getProvince(address.provinceCode);
  if (province) address.provinceName = province.fullName;
  const ward = getWard(address.wardCode);
  if (ward && ward.provinceCode === address.provinceCode) address.wardName = ward.fullName;
  return address;
}

/** Business lines, the main one first; lines without a code are dropped (nothing to act on). */
export function toBusinessLines(wire: readonly NganhNghe[] | undefined): BusinessLine[] {
  const lines = (wire ?? [])
    .filter((line) => clean(line.MaNganh) !== '')
    .map((line) => ({
      code: clean(line.MaNganh),
      name: clean(line.TenNganh),
      main: clean(line.LaNganhChinh) === '1',
    }));
  return [...lines.filter((l) => l.main), ...lines.filter((l) => !l.main)];
}

/** A person named in the register; `undefined` when the record names no one. */
export function toRegisteredPerson(wire: NguoiDangKy | undefined): RegisteredPerson | undefined {
  const name = clean(wire?.HoVaTen);
  if (wire === undefined || name === '') return undefined;
  const person: RegisteredPerson = { name };
  if (clean(wire.ChucDanh) !== '') person.title = clean(wire.ChucDanh);
  if (clean(wire.SoDinhDanh) !== '') person.personalId = clean(wire.SoDinhDanh);
  return person;
}

/** A code table row's domain value, or `fallback` for a code this version does not know. */
export function decode<T extends Record<string, readonly [string, string]>, F extends string>(
  table: T,
  code: string,
  fallback: F,
): T[keyof T][0] | F {
  return Object.hasOwn(table, code) ? (table[code as keyof T]![0] as T[keyof T][0]) : fallback;
}

/** The provenance of a value: who answered, and when. */
export function provenanceOf(source: AnswerSource): Provenance {
  return { provider: source.provider, retrievedAt: source.retrievedAt };
}
