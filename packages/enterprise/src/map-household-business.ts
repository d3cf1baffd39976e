/**
 * `HoKinhDoanh` → {@link HouseholdBusiness}, and the answer of a search by owner.
 * @module
 */
import type { AnswerSource } from '@onceonly/core';
import { HOUSEHOLD_BUSINESS_STATUS_CODES } from './codes.js';
import type { HouseholdBusiness } from './domain.js';
import {
  clean,
  decode,
  provenanceOf,
  toAddress,
  toAmount,
  toBusinessLines,
  toIsoDate,
  toRegisteredPerson,
} from './map-common.js';
import type { DanhSachHoKinhDoanh, HoKinhDoanh } from './wire.js';

/**
 * One household business record, with its provenance.
 *
 * @example
 * ```ts
 * toHouseholdBusiness({ SoDangKy: '01A8012345', TenHoKinhDoanh: 'HỘ KINH DOANH TẠP HÓA AN', TinhTrangHoatDong: '01' }, source);
 * // { registrationNumber: '01A8012345', name: 'HỘ KINH DOANH TẠP HÓA AN', status: 'active', ... }
 * ```
 */
export function toHouseholdBusiness(wire: HoKinhDoanh, source: AnswerSource): HouseholdBusiness {
  const statusCode = clean(wire.TinhTrangHoatDong);
  const business: HouseholdBusiness = {
    registrationNumber: clean(wire.SoDangKy),
    name: clean(wire.TenHoKinhDoanh),
    status: decode(HOUSEHOLD_BUSINESS_STATUS_CODES, statusCode, 'unknown'),
    statusCode,
    businessLines: toBusinessLines(wire.NganhNghe),
    provenance: provenanceOf(source),
  };
  if (clean(wire.MaSoThue) !== '') business.taxCode = clean(wire.MaSoThue);
  const registered = toIsoDate(wire.NgayDangKy);
  if (registered !== undefined) business.registered = registered;
  if (wire.DiaChiKinhDoanh) business.address = toAddress(wire.DiaChiKinhDoanh);
  const owner = toRegisteredPerson(wire.ChuHoKinhDoanh);
  if (owner) business.owner = owner;
  const capital = toAmount(wire.VonKinhDoanh);
  if (capital !== undefined) business.capital = capital;
  return business;
}

/** The household businesses a person owns (`DanhSachHoKinhDoanh`); `[]` when none. */
export function toHouseholdBusinesses(wire: DanhSachHoKinhDoanh, source: AnswerSource): HouseholdBusiness[] {
  return (wire.HoKinhDoanh ?? []).map((record) => toHouseholdBusiness(record, source));
}
