/**
 * Readings shared by the mappings: trimmed text, the data day, wire dates and months, the person's
 * identity fields, and the guard that the answer is about the person asked for.
 * @module
 */
import { decode, NotFoundError, ResponseError } from '@onceonly/core';
import { normalizeName, type VnDate } from '@onceonly/vn';
import { GENDER_CODES, type Gender } from './codes.js';
import type { Provenance } from './domain.js';
import type { InsuranceQuery } from './query.js';

/** Trimmed text; `''` when absent. */
export const clean = (value: string | undefined): string => value?.trim() ?? '';

/** A `ResponseError` for an answer the mapping cannot read (the message names fields, never values). */
export const mappingError = (message: string) => new ResponseError({ code: 'RESPONSE_MAPPING', message });

/** The day the data was taken, `yyyy-mm-dd`: the answer's `ThoiDiemDuLieu`, else when it was retrieved. */
export function dataDayOf(thoiDiem: string | undefined, provenance: Provenance): string {
  const value = clean(thoiDiem);
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{6})?$/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value) ?? /^(\d{4}-\d{2}-\d{2})/.exec(provenance.retrievedAt);
  if (iso) return iso[1]!;
  throw mappingError(
    'The answer says neither when its data was taken (ThoiDiemDuLieu) nor when it was read.',
  );
}

/** `yyyyMMdd` → `yyyy-mm-dd`, checked to be a real day; `undefined` when empty. */
export function wireDay(value: string | undefined, field: string): string | undefined {
  const text = clean(value);
  if (text === '') return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const date = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (
    !match ||
    !date ||
    date.getUTCMonth() !== Number(match[2]) - 1 ||
    date.getUTCDate() !== Number(match[3])
  ) {
    throw mappingError(`${field} is not a date (yyyyMMdd).`);
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** `yyyyMM` → `yyyy-mm`; `undefined` when empty. */
export function wireMonth(value: string | undefined, field: string): string | undefined {
  const text = clean(value);
  if (text === '') return undefined;
  const match = /^(\d{4})(\d{2})$/.exec(text);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
    throw mappingError(`${field} is not a month (yyyyMM).`);
  }
  return `${match[1]}-${match[2]}`;
}

/** `NgaySinh`: `yyyyMMdd`, or `yyyy` when only the year is recorded. */
export function wireBirthDate(value: string | undefined): VnDate {
  const text = clean(value);
  if (/^\d{4}$/.test(text) && text !== '0000') return { precision: 'year', year: Number(text) };
  const day = /^\d{8}$/.test(text) ? wireDay(text, 'NgaySinh') : undefined;
  if (day === undefined)
    throw mappingError('The record holds no valid date of birth (NgaySinh: yyyyMMdd or yyyy).');
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return { precision: 'day', year, month, day: dayOfMonth };
}

/** The identity fields every answer shares. */
export interface WirePerson {
  MaSoBHXH?: string | undefined;
  SoDinhDanh?: string | undefined;
  HoVaTen?: string | undefined;
  GioiTinh?: string | undefined;
}

/** The keys of the record: an answer without an insurance code is "not found". */
export function keysOf(wire: WirePerson): { insuranceCode: string; personalId?: string } {
  const insuranceCode = clean(wire.MaSoBHXH);
  if (insuranceCode === '') {
    throw new NotFoundError({
      message: 'The insurance database holds no participant with this personal id or insurance code.',
    });
  }
  const personalId = clean(wire.SoDinhDanh);
  return personalId === '' ? { insuranceCode } : { insuranceCode, personalId };
}

/** The name, normalised; a record without one cannot be used. */
export function nameOf(wire: WirePerson): string {
  const name = normalizeName(clean(wire.HoVaTen));
  if (name === '') throw mappingError('The record holds no name (HoVaTen).');
  return name;
}

/** The gender, when the code is known. */
export function genderOf(wire: WirePerson): Gender | undefined {
  return decode(GENDER_CODES, clean(wire.GioiTinh));
}

/**
 * Guards against cross-talk in the body: the record answered must carry the key asked for (the
 * personal id, or the insurance code; a code asked for may also be answered as the personal id).
 */
export function checkAnswerKey(wire: WirePerson, query: InsuranceQuery): void {
  const asked = 'personalId' in query ? query.personalId : query.insuranceCode;
  const answered =
    'personalId' in query ? [clean(wire.SoDinhDanh), clean(wire.MaSoBHXH)] : [clean(wire.MaSoBHXH)];
  if (!answered.includes(asked)) {
    throw new ResponseError({
      code: 'RESPONSE_SUBJECT_MISMATCH',
      message:
        'The answer is about another person than the one asked for; it was discarded. Report it to the provider.',
    });
  }
}
