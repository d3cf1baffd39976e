/**
 * `DoanhNghiep` → {@link Enterprise}, and the answer of a search by representative.
 * @module
 */
import type { AnswerSource } from '@onceonly/core';
import { ENTERPRISE_STATUS_CODES, LEGAL_FORM_CODES } from './codes.js';
import type { Enterprise } from './domain.js';
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
import type { DanhSachDoanhNghiep, DoanhNghiep } from './wire.js';

/**
 * One enterprise record, with its provenance. Codes this version does not know are kept
 * (`statusCode`, `legalFormCode`) and read as `unknown` / `other`.
 *
 * @example
 * ```ts
 * toEnterprise({ MaSoDoanhNghiep: '0100109106', TenTiengViet: 'CÔNG TY ...', TinhTrangHoatDong: '01' }, source);
 * // { taxCode: '0100109106', names: { vietnamese: 'CÔNG TY ...' }, status: 'active', ... }
 * ```
 */
export function toEnterprise(wire: DoanhNghiep, source: AnswerSource): Enterprise {
  const statusCode = clean(wire.TinhTrangHoatDong);
  const legalFormCode = clean(wire.LoaiHinhDoanhNghiep);
  const enterprise: Enterprise = {
    taxCode: clean(wire.MaSoDoanhNghiep),
    names: { vietnamese: clean(wire.TenTiengViet) },
    status: decode(ENTERPRISE_STATUS_CODES, statusCode, 'unknown'),
    statusCode,
    legalForm: decode(LEGAL_FORM_CODES, legalFormCode, 'other'),
    legalFormCode,
    businessLines: toBusinessLines(wire.NganhNghe),
    provenance: provenanceOf(source),
  };
  if (clean(wire.TenNuocNgoai) !== '') enterprise.names.foreign = clean(wire.TenNuocNgoai);
  if (clean(wire.TenVietTat) !== '') enterprise.names.abbreviated = clean(wire.TenVietTat);
  const founded = toIsoDate(wire.NgayThanhLap);
  if (founded !== undefined) enterprise.founded = founded;
  const dissolved = toIsoDate(wire.NgayGiaiThe);
  if (dissolved !== undefined) enterprise.dissolved = dissolved;
  if (wire.DiaChiTruSo) enterprise.address = toAddress(wire.DiaChiTruSo);
  const representative = toRegisteredPerson(wire.NguoiDaiDien);
  if (representative) enterprise.representative = representative;
  const capital = toAmount(wire.VonDieuLe);
  if (capital !== undefined) enterprise.charterCapital = capital;
  return enterprise;
}

/** The enterprises a person represents (`DanhSachDoanhNghiep`); `[]` when none. */
export function toEnterprises(wire: DanhSachDoanhNghiep, source: AnswerSource): Enterprise[] {
  return (wire.DoanhNghiep ?? []).map((record) => toEnterprise(record, source));
}
