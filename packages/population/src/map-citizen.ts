import { decode, NotFoundError, type Provenance, ResponseError } from '@onceonly/core';
import { normalizeName, splitName, type VnDate } from '@onceonly/vn';
import {
  BLOOD_TYPE_CODES,
  ETHNICITY_CODES,
  GENDER_CODES,
  MARITAL_STATUS_CODES,
  RELATION_CODES,
  RELIGION_CODES,
} from './codes.js';
import type { Citizen, Household, PartialDate, PersonName, Relative } from './domain.js';
import { clean, toAddress } from './map-address.js';
import type {
  ChuHo,
  CongDan,
  CongdanCollection,
  DiaChi,
  HoVaTen,
  NgayThangNamSinh,
  ThanNhan,
} from './wire.js';

const mapping = (message: string) => new ResponseError({ code: 'RESPONSE_MAPPING', message });

/**
 * The name in parts. Real answers often leave `Ho` and `ChuDem` empty and put the whole name in `Ten`:
 * then the whole name is split as Vietnamese names are (first word family, last word given).
 */
export function toPersonName(wire: HoVaTen | undefined): PersonName {
  const family = clean(wire?.Ho);
  const middle = clean(wire?.ChuDem);
  const given = clean(wire?.Ten);
  if (family === '' && middle === '' && given.includes(' ')) {
    const split = splitName(given);
    if (split.ok) {
      const { family: f, middle: m, given: g } = split.value;
      return { family: f, middle: m, given: g, full: normalizeName(given) };
    }
  }
  const full = normalizeName([family, middle, given].filter((part) => part !== '').join(' '));
  if (full === '') throw mapping('The record holds no name (HoVaTen).');
  return { family, middle, given, full };
}

/** `NgayThangNam` (yyyyMMdd) as a full date, else `Nam` (yyyy) as a year; `00` day or month is partial. */
export function toBirthDate(wire: NgayThangNamSinh | undefined): PartialDate {
  const full = clean(wire?.NgayThangNam);
  const yearOnly = clean(wire?.Nam);
  let date: VnDate | undefined;
  if (/^\d{8}$/.test(full)) {
    const year = Number(full.slice(0, 4));
    const month = Number(full.slice(4, 6));
    const day = Number(full.slice(6, 8));
    if (month === 0) date = { precision: 'year', year };
    else if (day === 0) date = { precision: 'month', year, month };
    else {
      const probe = new Date(Date.UTC(year, month - 1, day));
      const valid = probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
      if (valid) date = { precision: 'day', year, month, day };
    }
  } else if (full === '' && /^\d{4}$/.test(yearOnly) && yearOnly !== '0000') {
    date = { precision: 'year', year: Number(yearOnly) };
  }
  // The value itself is personal data: say which field, not what it held.
  if (date === undefined || date.year === 0) {
    throw mapping(
      'The record holds no valid date of birth (NgayThangNamSinh: NgayThangNam yyyyMMdd or Nam yyyy).',
    );
  }
  return date;
}

function toRelative(wire: ThanNhan | undefined): Relative | undefined {
  const name = normalizeName(clean(wire?.HoVaTen));
  if (wire === undefined || name === '') return undefined;
  const relative: Relative = { name };
  if (clean(wire.SoDinhDanh) !== '') relative.personalId = clean(wire.SoDinhDanh);
  if (clean(wire.SoCMND) !== '') relative.oldId = clean(wire.SoCMND);
  if (clean(wire.QuocTich) !== '') relative.nationality = clean(wire.QuocTich);
  return relative;
}

function toHousehold(wire: ChuHo | undefined, book: string | undefined): Household {
  const code = clean(wire?.QuanHe) || '99';
  const household: Household = {
    headName: normalizeName(clean(wire?.HoVaTen)),
    relationToHead: decode(RELATION_CODES, code) ?? 'other',
    relationCode: code,
  };
  if (clean(wire?.SoDinhDanh) !== '') household.headPersonalId = clean(wire?.SoDinhDanh);
  if (clean(book) !== '') household.bookNumber = clean(book);
  return household;
}

const EMPTY_ADDRESS: DiaChi = {};

/**
 * Maps one `CongDan` of the population database to the domain {@link Citizen}: the one place where the
 * real services' field names and codes become English names and values, whichever encoding carried
 * them. `dataDate` is the collection's `ThoiDiemDuLieu` (it decides how address codes read). Empty
 * fields are made sense of (an empty `QuocTich` is `VN` for the national population database; a whole
 * name in `Ten` is split); a record without an id, name, date of birth or a known gender throws a
 * `ResponseError` that names the field but never its value.
 *
 * @example
 * ```ts
 * const citizen = toCitizen(congDan, '20260101083000', { provider, retrievedAt });
 * citizen.name.full;   // 'Nguyễn Thị Ngọc Diễm'
 * citizen.birthDate;   // { precision: 'year', year: 1938 } for NgayThangNamSinh { Nam: '1938' }
 * ```
 */
export function toCitizen(wire: CongDan, dataDate: string | undefined, source: Provenance): Citizen {
  const personalId = clean(wire.SoDinhDanh);
  if (!/^\d{12}$/.test(personalId)) throw mapping('The record holds no 12-digit personal id (SoDinhDanh).');
  const gender = decode(GENDER_CODES, clean(wire.GioiTinh));
  if (gender === undefined) throw mapping('The record holds an unknown gender code (GioiTinh).');
  const ethnicity = clean(wire.DanToc);
  const religion = clean(wire.TonGiao) || '00';
  const citizen: Citizen = {
    personalId,
    name: toPersonName(wire.HoVaTen),
    birthDate: toBirthDate(wire.NgayThangNamSinh),
    gender,
    ethnicity: { code: ethnicity, name: decode(ETHNICITY_CODES, ethnicity) },
    religion: { code: religion, name: decode(RELIGION_CODES, religion) },
    maritalStatus: decode(MARITAL_STATUS_CODES, clean(wire.TinhTrangHonNhan)) ?? 'unknown',
    nationality: clean(wire.QuocTich) || 'VN',
    addresses: {
      birthRegistration: toAddress(wire.NoiDangKyKhaiSinh ?? EMPTY_ADDRESS, dataDate),
      homeTown: toAddress(wire.QueQuan ?? EMPTY_ADDRESS, dataDate),
      permanent: toAddress(wire.ThuongTru ?? EMPTY_ADDRESS, dataDate),
      current: toAddress(wire.NoiOHienTai ?? EMPTY_ADDRESS, dataDate),
    },
    household: toHousehold(wire.ChuHo, wire.SoSoHoKhau),
    provenance: source,
  };
  if (clean(wire.SoCMND) !== '') citizen.oldId = clean(wire.SoCMND);
  const bloodType = decode(BLOOD_TYPE_CODES, clean(wire.NhomMau));
  if (bloodType !== undefined) citizen.bloodType = bloodType;
  const relatives = [
    ['father', wire.Cha],
    ['mother', wire.Me],
    ['spouse', wire.VoChong],
    ['legalRepresentative', wire.NguoiDaiDien],
  ] as const;
  for (const [key, value] of relatives) {
    const relative = toRelative(value);
    if (relative) citizen[key] = relative;
  }
  return citizen;
}

/**
 * The one citizen of a lookup answer. An empty collection (`SoCongDan="0"`, as the real service answers
 * when id, name and date of birth do not agree) is a `NotFoundError`; several is a `ResponseError`.
 */
export function citizenOf(collection: CongdanCollection, source: Provenance): Citizen {
  const list = collection.CongDan ?? [];
  if (list.length === 0) {
    throw new NotFoundError({
      message:
        'The population database holds no citizen with this id, name and date of birth: check all three ' +
        'against the id card (the lookup needs them to agree).',
    });
  }
  if (list.length > 1) throw mapping('The lookup answered several citizens (CongDan) for one id.');
  return toCitizen(list[0] as CongDan, collection.ThoiDiemDuLieu, source);
}
