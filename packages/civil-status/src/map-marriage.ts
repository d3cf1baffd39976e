/**
 * Marriage registrations (`TraCuuThongTinKetHon`) and the marital status behind a confirmation
 * (`XacNhanTinhTrangHonNhan`): one reading of `ThongTinKetHon` serves both.
 * @module
 */
import { type AnswerSource, decode, NotFoundError } from '@onceonly/core';
import { normalizeName } from '@onceonly/vn';
import { MARITAL_STATUS_CODES, MARRIAGE_STATE_CODES } from './codes.js';
import type { MaritalStatusConfirmation, MarriageRecord, Spouse } from './domain.js';
import { clean, mapping, provenanceOf, toBirthDate, toIsoDate, toRegistration } from './map-common.js';
import type { BenKetHon, DanhSachKetHon, ThongTinKetHon, ThongTinTinhTrangHonNhan } from './wire.js';

function toSpouse(wire: BenKetHon | undefined, role: string): Spouse {
  const name = normalizeName(clean(wire?.HoVaTen));
  if (name === '') throw mapping(`The marriage record does not name the ${role}.`);
  const spouse: Spouse = { name, nationality: clean(wire?.QuocTich) || 'VN' };
  if (clean(wire?.SoDinhDanh) !== '') spouse.personalId = clean(wire?.SoDinhDanh);
  if (clean(wire?.HoChieu) !== '') spouse.passport = clean(wire?.HoChieu);
  const birthDate = toBirthDate(wire?.NgayThangNamSinh);
  if (birthDate !== undefined) spouse.birthDate = birthDate;
  return spouse;
}

/**
 * One marriage registration. A divorced marriage carries the court's decision (`GhiChuLyHon`); a state
 * this version does not know is a mapping error rather than a guess.
 */
export function toMarriageRecord(wire: ThongTinKetHon, source: AnswerSource): MarriageRecord {
  const state = decode(MARRIAGE_STATE_CODES, clean(wire.TrangThai) || '1');
  if (state === undefined) throw mapping('The marriage record has an unknown state (TrangThai).');
  const record: MarriageRecord = {
    registration: toRegistration(wire),
    husband: toSpouse(wire.Chong, 'husband (Chong)'),
    wife: toSpouse(wire.Vo, 'wife (Vo)'),
    state,
    provenance: provenanceOf(source),
  };
  if (state !== 'in-force') record.endedOn = toIsoDate(wire.NgayChamDut, 'end date (NgayChamDut)');
  const note = wire.GhiChuLyHon;
  if (state === 'divorced') {
    if (clean(note?.SoQuyetDinh) === '' || clean(note?.ToaAn) === '') {
      throw mapping('A divorced marriage record has no divorce note (GhiChuLyHon).');
    }
    record.divorce = {
      decision: clean(note?.SoQuyetDinh),
      date: toIsoDate(note?.NgayQuyetDinh, 'court decision date (NgayQuyetDinh)'),
      court: clean(note?.ToaAn),
    };
    if (clean(note?.NgayGhiChu) !== '') record.divorce.notedOn = toIsoDate(note?.NgayGhiChu, 'note date');
  }
  return record;
}

/** Every marriage the person registered, earliest first; `[]` when they never married. */
export function toMarriageRecords(wire: DanhSachKetHon, source: AnswerSource): MarriageRecord[] {
  return (wire.KetHon ?? [])
    .map((entry) => toMarriageRecord(entry, source))
    .sort((a, b) => a.registration.date.localeCompare(b.registration.date));
}

/**
 * The marital status with the records behind it. The current spouse is the other party of the one
 * marriage in force, while `married`. An answer with neither status nor id is a `NotFoundError`.
 */
export function toMaritalStatus(
  wire: ThongTinTinhTrangHonNhan,
  source: AnswerSource,
): MaritalStatusConfirmation {
  const personalId = clean(wire.SoDinhDanh);
  const code = clean(wire.TinhTrangHonNhan);
  if (personalId === '' && code === '') {
    throw new NotFoundError({
      message: 'The civil status database holds no person with this id and name: check both.',
    });
  }
  const status = decode(MARITAL_STATUS_CODES, code);
  if (status === undefined) throw mapping('The answer has an unknown marital status (TinhTrangHonNhan).');
  const marriages = (wire.KetHon ?? [])
    .map((entry) => toMarriageRecord(entry, source))
    .sort((a, b) => a.registration.date.localeCompare(b.registration.date));
  const confirmation: MaritalStatusConfirmation = {
    personalId,
    status,
    marriages,
    registeredIn: [...new Set(marriages.map((m) => m.registration.authority.provinceCode))],
    provenance: provenanceOf(source),
  };
  const current = marriages.filter((m) => m.state === 'in-force').at(-1);
  if (status === 'married' && current !== undefined) {
    confirmation.spouse = current.husband.personalId === personalId ? current.wife : current.husband;
  }
  return confirmation;
}
