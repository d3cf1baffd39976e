/**
 * The participant answer (`NguoiThamGia`) as a domain value.
 * @module
 */
import { decode } from '@onceonly/core';
import { PARTICIPATION_CODES } from './codes.js';
import type { Participant, Provenance } from './domain.js';
import { clean, genderOf, keysOf, mappingError, nameOf, wireBirthDate } from './read-wire.js';
import type { NguoiThamGia } from './wire.js';

/**
 * A participant: keys, name, date of birth, whether they contribute, and months contributed in all.
 * An answer without `MaSoBHXH` is a `NotFoundError`; an unknown status code a `ResponseError`.
 *
 * @example
 * ```ts
 * toParticipant(wire, { provider: 'VN/GOV/000.00.00.G21/CSDLBH', retrievedAt: '2026-01-01T00:00:00Z' }).status; // 'contributing'
 * ```
 */
export function toParticipant(wire: NguoiThamGia, provenance: Provenance): Participant {
  const keys = keysOf(wire);
  const status = decode(PARTICIPATION_CODES, clean(wire.TrangThaiThamGia));
  if (status === undefined) {
    throw mappingError('The participation status (TrangThaiThamGia) is not one of 1, 2, 3.');
  }
  const months = clean(wire.TongSoThangDong);
  if (!/^\d*$/.test(months)) throw mappingError('TongSoThangDong is not a number of months.');
  const participant: Participant = {
    ...keys,
    fullName: nameOf(wire),
    birthDate: wireBirthDate(wire.NgaySinh),
    status,
    totalMonths: months === '' ? 0 : Number(months),
    provenance,
  };
  const gender = genderOf(wire);
  if (gender !== undefined) participant.gender = gender;
  return participant;
}
