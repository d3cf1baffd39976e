/**
 * The land database's operations, each declared twice over one vocabulary: for the SOAP profile and
 * for the REST profile (the same field names in JSON). The pair shares the request schema, the wire
 * builder, the answer schema and the mapping; only the encoding differs. `land()` picks one set by its
 * `encoding` option. The operation names and shapes are modelled, not published (see wire.ts).
 * @module
 */
import { defineService } from '@onceonly/core';
import type { CertificateList, Parcel } from './domain.js';
import { toCertificateList } from './map-certificates.js';
import { toParcel } from './map-parcel.js';
import {
  type AskerOptions,
  checkOwnerQuery,
  checkParcelQuery,
  OwnerQuery,
  ParcelQuery,
  toOwnerWire,
  toParcelWire,
} from './query.js';
import {
  DanhSachGiayChungNhan,
  LAND_ANSWER_NAMESPACE,
  LAND_REQUEST_NAMESPACE,
  ThuaDat,
  TraCuuGiayChungNhanTheoChuSuDung,
  TraCuuThongTinThuaDat,
} from './wire.js';

/** Default provider subsystem of the land database (`CSDL quốc gia về đất đai`, modelled), `CLASS/MEMBER/SUBSYSTEM`. */
export const LAND_PROVIDER = 'GOV/000.00.00.G14/CSDLDD';

/** The X-Road service codes (modelled on the population services' naming). */
export const LAND_CODES = {
  getParcel: 'TraCuuThongTinThuaDat',
  getCertificatesByOwner: 'TraCuuGiayChungNhanTheoChuSuDung',
} as const;

type Encoding = 'soap' | 'rest';
const soapOf = (code: string, responseElement: string, arrays: readonly string[]) => ({
  namespace: LAND_REQUEST_NAMESPACE,
  operation: code,
  responseElement,
  responseNamespace: LAND_ANSWER_NAMESPACE,
  arrays,
});
const idOf = (base: string, encoding: Encoding) => (encoding === 'soap' ? base : `${base}.rest`);
const profileOf = (encoding: Encoding) =>
  encoding === 'soap' ? ({ profile: 'soap' } as const) : ({ profile: 'rest' } as const);

/**
 * `TraCuuThongTinThuaDat`: a parcel by commune, map sheet and parcel number. Public cadastral data:
 * the answer names no holder (no name, no id), so it needs no consent (`land.parcel`,
 * `requiresConsent: false`); who holds a parcel is only disclosed by the search by holder, with consent.
 */
export function parcelLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('land.parcel.get', encoding),
    provider: LAND_PROVIDER,
    code: LAND_CODES.getParcel,
    category: 'land.parcel',
    requiresConsent: false,
    idempotent: true,
    ...profileOf(encoding),
    ...(encoding === 'soap' ? { soap: soapOf(LAND_CODES.getParcel, 'ThuaDat', ['MucDichSuDung']) } : {}),
    request: ParcelQuery,
    wireRequest: TraCuuThongTinThuaDat,
    toWire: (query, call) => toParcelWire(query, call, asker),
    response: ThuaDat,
    check: checkParcelQuery,
    map: (wire, _query, source): Parcel => toParcel(wire, source),
    description:
      'Parcel lookup (tra cứu thông tin thửa đất): commune, map sheet, parcel number, area and land uses; ' +
      'no holder.',
  });
}

/**
 * `TraCuuGiayChungNhanTheoChuSuDung`: the certificates naming a person as holder or co-holder. A search
 * by person: consent `land.basic`, the consent subject is the holder's personal id.
 */
export function certificatesByOwner(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('land.certificates.get', encoding),
    provider: LAND_PROVIDER,
    code: LAND_CODES.getCertificatesByOwner,
    category: 'land.basic',
    idempotent: true,
    ...profileOf(encoding),
    ...(encoding === 'soap'
      ? {
          soap: soapOf(LAND_CODES.getCertificatesByOwner, 'DanhSachGiayChungNhan', [
            'GiayChungNhan',
            'MucDichSuDung',
            'ChuSuDung',
            'TaiSan',
          ]),
        }
      : {}),
    request: OwnerQuery,
    wireRequest: TraCuuGiayChungNhanTheoChuSuDung,
    toWire: (query, call) => toOwnerWire(query, call, asker),
    response: DanhSachGiayChungNhan,
    personal: ['personalId'],
    subject: (query) => query.personalId,
    answerSubject: (wire) => wire.SoDinhDanh,
    check: checkOwnerQuery,
    map: (wire, query, source): CertificateList => toCertificateList(wire, query, source),
    description:
      'Certificates by holder (tra cứu giấy chứng nhận theo chủ sử dụng): number, parcel, area, land use ' +
      'and co-holders of every land-use and house ownership certificate naming the person.',
  });
}

/** The two operations in one encoding, for one asker (`unit`, `callerCode`). */
export function landOperationsFor(encoding: Encoding, asker: AskerOptions = {}) {
  return {
    getParcel: parcelLookup(encoding, asker),
    getCertificatesByOwner: certificatesByOwner(encoding, asker),
  } as const;
}

/** The operations over SOAP (the default), without `unit` or `callerCode`. */
export const landOperations = landOperationsFor('soap');
/** The operations over the REST profile, without `unit` or `callerCode`. */
export const landRestOperations = landOperationsFor('rest');

export const getParcelSoap = landOperations.getParcel;
export const getParcelRest = landRestOperations.getParcel;
export const getCertificatesByOwnerSoap = landOperations.getCertificatesByOwner;
export const getCertificatesByOwnerRest = landRestOperations.getCertificatesByOwner;

/** Every service of this adapter in both encodings, for the mock platform and the catalog. */
export const landServices = [...Object.values(landOperations), ...Object.values(landRestOperations)] as const;
