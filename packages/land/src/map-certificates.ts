/**
 * Wire → domain for the search by holder (`DanhSachGiayChungNhan` → `CertificateList`).
 * @module
 */
import { type AnswerSource, ResponseError } from '@onceonly/core';
import type { AttachedAsset, Certificate, CertificateList, Holder } from './domain.js';
import { clean, toArea, toCommune, toCount, toIsoDay, toLandUse, toProvenance } from './map-parcel.js';
import type { ChuSuDung, DanhSachGiayChungNhan, GiayChungNhan, TaiSanGanLienVoiDat } from './wire.js';

const orUndefined = (value: string | undefined) => (clean(value) === '' ? undefined : clean(value));

function toHolder(wire: ChuSuDung): Holder {
  return {
    fullName: clean(wire.HoVaTen).normalize('NFC'),
    personalId: orUndefined(wire.SoDinhDanh),
    oldId: orUndefined(wire.SoCMND),
  };
}

function toAsset(wire: TaiSanGanLienVoiDat): AttachedAsset {
  const floors = toCount(wire.SoTang);
  return {
    kind: clean(wire.LoaiTaiSan),
    builtArea: toArea(wire.DienTichXayDung),
    floors: floors === 0 ? undefined : floors,
  };
}

/**
 * One certificate. `ownership` is `joint` when the record says `Chung`, or names several holders
 * although it says nothing.
 */
export function toCertificate(wire: GiayChungNhan, source: AnswerSource): Certificate {
  const holders = (wire.ChuSuDung ?? []).map(toHolder);
  const form = clean(wire.HinhThucSuDung).toLowerCase();
  const parcel = wire.ThuaDat;
  return {
    serial: clean(wire.SoPhatHanh),
    registerNumber: clean(wire.SoVaoSo),
    issued: toIsoDay(wire.NgayCap),
    parcel: {
      commune: toCommune(parcel?.MaXa ?? parcel?.DiaChi?.MaPhuongXa, parcel?.DiaChi?.MaTinhThanh),
      sheet: toCount(parcel?.SoTo),
      parcel: toCount(parcel?.SoThua),
      address: clean(parcel?.DiaChi?.ChiTiet),
    },
    area: toArea(wire.DienTich),
    uses: (wire.MucDichSuDung ?? []).map(toLandUse),
    ownership: form === 'chung' || (form !== 'riêng' && holders.length > 1) ? 'joint' : 'sole',
    holders,
    assets: (wire.TaiSan ?? []).map(toAsset),
    provenance: toProvenance(source),
  };
}

/**
 * Guards against cross-talk in the body: every certificate listed must name the person asked about.
 * A certificate whose holders all carry a personal id, none of them theirs, is someone else's: the
 * whole answer is discarded. (Old certificates may name holders by old id only: those are let through.)
 */
function checkNamesHolder(certificate: Certificate, personalId: string): void {
  const ids = certificate.holders.map((h) => h.personalId);
  if (ids.length === 0 || ids.includes(personalId) || ids.some((id) => id === undefined)) return;
  throw new ResponseError({
    code: 'RESPONSE_SUBJECT_MISMATCH',
    message:
      'The land database listed a certificate that does not name the person asked about; the answer was ' +
      'discarded. Report it to the provider.',
  });
}

/**
 * The certificates naming one person. `personalId` is the one asked about: the gateway has already
 * refused an answer that echoes another (`RESPONSE_SUBJECT_MISMATCH`), and each certificate must name
 * them too.
 *
 * @example
 * ```ts
 * toCertificateList({ SoDinhDanh: id, SoLuong: '0' }, { personalId: id }, source).certificates; // []
 * ```
 */
export function toCertificateList(
  wire: DanhSachGiayChungNhan,
  query: { personalId: string },
  source: AnswerSource,
): CertificateList {
  const certificates = (wire.GiayChungNhan ?? []).map((c) => toCertificate(c, source));
  for (const certificate of certificates) checkNamesHolder(certificate, query.personalId);
  return {
    personalId: query.personalId,
    certificates,
    dataTime: clean(wire.ThoiDiemDuLieu),
    provenance: toProvenance(source),
  };
}
