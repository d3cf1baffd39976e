import { decode, ResponseError } from '@onceonly/core';
import { parseDate } from '@onceonly/vn';
import {
  BLOOD_TYPE_CODES,
  ETHNICITY_CODES,
  GENDER_CODES,
  MARITAL_STATUS_CODES,
  RELATION_CODES,
  RELIGION_CODES,
} from './codes.js';
import type { Address, Citizen, PartialDate, Relative } from './domain.js';
import type { AddressWire, CitizenWire, NameWire, RelativeWire } from './wire.js';

function joinName(name: NameWire): string {
  return [name.ho, name.chuDem, name.ten]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

function toBirthDate(text: string): PartialDate {
  // The schema already limits the form to dd/mm/yyyy, mm/yyyy or yyyy; this catches 30/02 and the like.
  const parsed = parseDate(text);
  if (parsed.ok) return parsed.value;
  // The value itself is personal data: say which field, not what it held.
  throw new ResponseError({
    code: 'RESPONSE_MAPPING',
    message:
      'The record holds a date of birth (ngaySinh) that is not a valid dd/mm/yyyy, mm/yyyy or yyyy date.',
  });
}

function toAddress(wire: AddressWire): Address {
  const common = { provinceCode: wire.maTinh, wardCode: wire.maXa, detail: wire.chiTiet.trim() };
  if (wire.phienBan === 'pre-2025') return { ...common, districtCode: wire.maHuyen, version: wire.phienBan };
  return { ...common, version: wire.phienBan };
}

function toRelative(wire: RelativeWire | undefined): Relative | undefined {
  if (wire === undefined) return undefined;
  const relative: Relative = { name: wire.hoVaTen.trim(), nationality: wire.quocTich };
  if (wire.soDinhDanh !== undefined) relative.personalId = wire.soDinhDanh;
  if (wire.soCMND !== undefined) relative.oldId = wire.soCMND;
  return relative;
}

/**
 * Maps the population database's record (service 037) to the domain {@link Citizen}: the one place
 * where Vietnamese field names and codes become English names and values. Optional fields are absent
 * (not `undefined`-valued) when the record does not hold them. Unknown ethnicity, religion and relation
 * codes are kept; an unknown gender code, or an impossible date of birth, throws a `ResponseError`
 * that names the field but never its value.
 *
 * @example
 * ```ts
 * const citizen = toCitizen(wire);
 * citizen.name.full;   // 'Nguyễn Thị Ngọc Diễm'
 * citizen.birthDate;   // { precision: 'year', year: 1938 } for ngaySinh '1938'
 * ```
 */
export function toCitizen(wire: CitizenWire): Citizen {
  const gender = decode(GENDER_CODES, wire.gioiTinh);
  if (gender === undefined) {
    throw new ResponseError({
      code: 'RESPONSE_MAPPING',
      message: 'The record holds an unknown gender code (gioiTinh).',
    });
  }
  const citizen: Citizen = {
    personalId: wire.soDinhDanh,
    name: {
      family: wire.hoVaTen.ho.trim(),
      middle: wire.hoVaTen.chuDem.trim(),
      given: wire.hoVaTen.ten.trim(),
      full: joinName(wire.hoVaTen),
    },
    birthDate: toBirthDate(wire.ngaySinh),
    gender,
    ethnicity: { code: wire.danToc, name: decode(ETHNICITY_CODES, wire.danToc) },
    religion: { code: wire.tonGiao, name: decode(RELIGION_CODES, wire.tonGiao) },
    maritalStatus: decode(MARITAL_STATUS_CODES, wire.tinhTrangHonNhan) ?? 'unknown',
    nationality: wire.quocTich,
    addresses: {
      birthRegistration: toAddress(wire.noiDangKyKhaiSinh),
      homeTown: toAddress(wire.queQuan),
      permanent: toAddress(wire.thuongTru),
      current: toAddress(wire.noiOHienTai),
    },
    household: {
      headName: wire.chuHo.hoVaTen.trim(),
      headPersonalId: wire.chuHo.soDinhDanh,
      relationToHead: decode(RELATION_CODES, wire.quanHeVoiChuHo) ?? 'other',
      relationCode: wire.quanHeVoiChuHo,
    },
  };
  if (wire.soCMND !== undefined) citizen.oldId = wire.soCMND;
  const bloodType = wire.nhomMau === undefined ? undefined : decode(BLOOD_TYPE_CODES, wire.nhomMau);
  if (bloodType !== undefined) citizen.bloodType = bloodType;
  const father = toRelative(wire.cha);
  if (father) citizen.father = father;
  const mother = toRelative(wire.me);
  if (mother) citizen.mother = mother;
  const spouse = toRelative(wire.voChong);
  if (spouse) citizen.spouse = spouse;
  const representative = toRelative(wire.nguoiDaiDien);
  if (representative) citizen.legalRepresentative = representative;
  return citizen;
}
