/**
 * Readings shared by every civil status answer: dates (`yyyyMMdd`), a registration, a place, the
 * person a record is about, and the provenance.
 * @module
 */
import { type AnswerSource, decode, ResponseError } from '@onceonly/core';
import { normalizeName, type VnDate } from '@onceonly/vn';
import { GENDER_CODES } from './codes.js';
import type { PartialDate, Place, Provenance, RecordedPerson, Registration } from './domain.js';
import type { CoQuanDangKy, DiaChi, NgayThangNamSinh, NguoiTrenGiayTo } from './wire.js';

/** Trimmed text, `''` when absent. */
export const clean = (value: string | undefined): string => value?.trim() ?? '';

/** A mapping failure; the message names the field, never its value. */
export const mapping = (message: string) => new ResponseError({ code: 'RESPONSE_MAPPING', message });

/** Where the answer came from, as the domain value carries it. */
export function provenanceOf(source: AnswerSource): Provenance {
  return { provider: source.provider, retrievedAt: source.retrievedAt };
}

function validDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** `yyyyMMdd` (or `yyyy`) as a partial date: `00` day or month makes it partial; `undefined` when unreadable. */
export function toPartialDate(text: string): PartialDate | undefined {
  if (/^\d{4}$/.test(text)) return { precision: 'year', year: Number(text) };
  if (!/^\d{8}$/.test(text)) return undefined;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  if (month === 0) return { precision: 'year', year };
  if (month > 12) return undefined;
  if (day === 0) return { precision: 'month', year, month };
  return validDay(year, month, day) ? ({ precision: 'day', year, month, day } as VnDate) : undefined;
}

/** A full `yyyyMMdd` date as `yyyy-mm-dd`; a mapping error when it is not one (`field` names it). */
export function toIsoDate(text: string | undefined, field: string): string {
  const date = toPartialDate(clean(text));
  if (date?.precision !== 'day') throw mapping(`The record's ${field} is not a date (yyyyMMdd).`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** `NgayThangNam` when readable, else `Nam`; `undefined` when the record holds neither. */
export function toBirthDate(wire: NgayThangNamSinh | undefined): PartialDate | undefined {
  return toPartialDate(clean(wire?.NgayThangNam)) ?? toPartialDate(clean(wire?.Nam));
}

/** The entry's place in the books; number, date and authority are required. */
export function toRegistration(wire: {
  SoDangKy?: string | undefined;
  QuyenSo?: string | undefined;
  NgayDangKy?: string | undefined;
  CoQuanDangKy?: CoQuanDangKy | undefined;
}): Registration {
  const number = clean(wire.SoDangKy);
  if (number === '') throw mapping('The record has no registration number (SoDangKy).');
  const authority = wire.CoQuanDangKy;
  const name = clean(authority?.TenCoQuan);
  if (name === '') throw mapping('The record names no registering authority (CoQuanDangKy).');
  return {
    number,
    book: clean(wire.QuyenSo),
    date: toIsoDate(wire.NgayDangKy, 'registration date (NgayDangKy)'),
    authority: {
      code: clean(authority?.MaCoQuan),
      name,
      provinceCode: clean(authority?.MaTinhThanh),
      wardCode: clean(authority?.MaPhuongXa),
    },
  };
}

/** A place as recorded; an empty country reads `VN`. */
export function toPlace(wire: DiaChi | undefined): Place {
  const place: Place = {
    provinceCode: clean(wire?.MaTinhThanh),
    wardCode: clean(wire?.MaPhuongXa),
    detail: clean(wire?.ChiTiet),
    country: clean(wire?.QuocGia) || 'VN',
  };
  if (clean(wire?.MaQuanHuyen) !== '') place.districtCode = clean(wire?.MaQuanHuyen);
  return place;
}

/** The person a record is about: id and name required. */
export function toRecordedPerson(wire: NguoiTrenGiayTo | undefined, role: string): RecordedPerson {
  const personalId = clean(wire?.SoDinhDanh);
  const name = normalizeName(clean(wire?.HoVaTen));
  if (personalId === '' || name === '') throw mapping(`The record does not name the ${role} (id and name).`);
  const person: RecordedPerson = { personalId, name, nationality: clean(wire?.QuocTich) || 'VN' };
  const gender = decode(GENDER_CODES, clean(wire?.GioiTinh));
  if (gender !== undefined) person.gender = gender;
  const birthDate = toBirthDate(wire?.NgayThangNamSinh);
  if (birthDate !== undefined) person.birthDate = birthDate;
  return person;
}
