/**
 * Maps the answers of the household, marital status and verification services to domain values, with
 * the same readings as `toCitizen` (names normalised, dates by `NgayThangNam` or `Nam`, empty fields
 * made sense of).
 * @module
 */
import { decode, NotFoundError, type Provenance, ResponseError } from '@onceonly/core';
import { normalizeName } from '@onceonly/vn';
import { GENDER_CODES, MARITAL_STATUS_CODES, RELATION_CODES } from './codes.js';
import type { HouseholdMember, HouseholdRecord, MaritalStatusRecord, Relative } from './domain.js';
import { toAddress } from './map-address.js';
import { toBirthDate } from './map-citizen.js';
import type { HoGiaDinh, KetQuaXacMinhHonNhan, KetQuaXacThucResponse, ThanhVienHo } from './wire.js';

const clean = (value: string | undefined) => value?.trim() ?? '';

function toMember(wire: ThanhVienHo): HouseholdMember {
  const code = clean(wire.QuanHe) || '99';
  const member: HouseholdMember = {
    name: normalizeName(clean(wire.HoVaTen)),
    relationToHead: decode(RELATION_CODES, code) ?? 'other',
    relationCode: code,
  };
  if (clean(wire.SoDinhDanh) !== '') member.personalId = clean(wire.SoDinhDanh);
  if (clean(wire.SoCMND) !== '') member.oldId = clean(wire.SoCMND);
  const gender = decode(GENDER_CODES, clean(wire.GioiTinh));
  if (gender !== undefined) member.gender = gender;
  if (clean(wire.NgayThangNamSinh?.NgayThangNam) !== '' || clean(wire.NgayThangNamSinh?.Nam) !== '') {
    member.birthDate = toBirthDate(wire.NgayThangNamSinh);
  }
  return member;
}

/**
 * The household (`CungCapThongTinHoGiaDinh`): its members and each one's relation to the head. An answer
 * without members is a `NotFoundError` (the service found no household for these details).
 */
export function toHousehold(wire: HoGiaDinh, source: Provenance): HouseholdRecord {
  const members = (wire.ThanhVien ?? []).map(toMember);
  if (members.length === 0) {
    throw new NotFoundError({
      message:
        'The population database holds no household for this id, name and date of birth: check all three.',
    });
  }
  const household: HouseholdRecord = { members, provenance: source };
  const head = members.find((member) => member.relationCode === '01');
  if (head) household.head = head;
  if (clean(wire.SoSoHoKhau) !== '') household.bookNumber = clean(wire.SoSoHoKhau);
  if (wire.ThuongTru) household.address = toAddress(wire.ThuongTru, wire.ThoiDiemDuLieu);
  return household;
}

/** The marital status (`XacMinhTinhTrangHonNhan`); the spouse only while married. */
export function toMaritalStatus(wire: KetQuaXacMinhHonNhan, source: Provenance): MaritalStatusRecord {
  const code = clean(wire.TinhTrangHonNhan);
  if (code === '' && clean(wire.SoDinhDanh) === '') {
    throw new NotFoundError({
      message:
        'The population database holds no citizen with this id, name and date of birth: check all three.',
    });
  }
  const record: MaritalStatusRecord = {
    maritalStatus: decode(MARITAL_STATUS_CODES, code) ?? 'unknown',
    provenance: source,
  };
  const name = normalizeName(clean(wire.VoChong?.HoVaTen));
  if (record.maritalStatus === 'married' && name !== '') {
    const spouse: Relative = { name };
    if (clean(wire.VoChong?.SoDinhDanh) !== '') spouse.personalId = clean(wire.VoChong?.SoDinhDanh);
    if (clean(wire.VoChong?.QuocTich) !== '') spouse.nationality = clean(wire.VoChong?.QuocTich);
    record.spouse = spouse;
  }
  return record;
}

/** `TonTai` as a boolean: `true`/`false` in JSON, `'true'`/`'false'` (or `1`/`0`) in XML. */
export function toExists(wire: KetQuaXacThucResponse): boolean {
  const value: unknown = wire.TonTai;
  if (value === true || value === 'true' || value === '1') return true;
  if (value === false || value === 'false' || value === '0') return false;
  throw new ResponseError({
    code: 'RESPONSE_MAPPING',
    message: 'The verification answer (TonTai) is not a boolean.',
  });
}
