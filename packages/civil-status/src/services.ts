/**
 * The civil status database's operations, each declared twice over one vocabulary: for the SOAP
 * profile and for the REST profile (the same field names in JSON). The pair shares the request schema,
 * the wire builder, the answer schema and the mapping. `civilStatus()` picks one set by `encoding`.
 * Operation names, namespaces and the provider subsystem are modelled (no published description).
 * @module
 */
import { defineService } from '@onceonly/core';
import type { BirthRecord, DeathRecord, MaritalStatusConfirmation, MarriageRecord } from './domain.js';
import { toBirthRecord } from './map-birth.js';
import { toDeathRecord } from './map-death.js';
import { toMaritalStatus, toMarriageRecords } from './map-marriage.js';
import { type AskerOptions, CivilQuery, checkCivilQuery, subjectOf, toCivilWire } from './query.js';
import {
  CIVIL_ANSWER_NAMESPACE,
  CIVIL_REQUEST_NAMESPACE,
  DanhSachKetHon,
  ThongTinKhaiSinh,
  ThongTinKhaiTu,
  ThongTinTinhTrangHonNhan,
  YeuCauTraCuuHoTich,
} from './wire.js';

/** Default provider subsystem: Bộ Tư pháp's electronic civil status database (modelled). */
export const CIVIL_STATUS_PROVIDER = 'GOV/000.00.00.G12/CSDLHT';

/** The X-Road service codes (modelled, in the population services' style). */
export const CIVIL_STATUS_CODES = {
  getBirthRecord: 'TraCuuThongTinKhaiSinh',
  getMarriageRecord: 'TraCuuThongTinKetHon',
  getMaritalStatus: 'XacNhanTinhTrangHonNhan',
  getDeathRecord: 'TraCuuThongTinKhaiTu',
} as const;

type Encoding = 'soap' | 'rest';
const idOf = (base: string, encoding: Encoding) => (encoding === 'soap' ? base : `${base}.rest`);
const encodingOf = (encoding: Encoding, code: string, responseElement: string, arrays: string[] = []) =>
  encoding === 'soap'
    ? ({
        profile: 'soap',
        soap: {
          namespace: CIVIL_REQUEST_NAMESPACE,
          operation: code,
          responseElement,
          responseNamespace: CIVIL_ANSWER_NAMESPACE,
          arrays,
        },
      } as const)
    : ({ profile: 'rest' } as const);

/** What every operation shares: the key, its check, the wire request, the officer, the subject. */
const lookup = (asker: AskerOptions) =>
  ({
    provider: CIVIL_STATUS_PROVIDER,
    idempotent: true,
    requiresOfficer: true,
    request: CivilQuery,
    wireRequest: YeuCauTraCuuHoTich,
    toWire: (query: CivilQuery, call: { xroadId: string; officerId?: string | undefined }) =>
      toCivilWire(query, call, asker),
    subject: subjectOf,
    check: checkCivilQuery,
  }) as const;

/** `TraCuuThongTinKhaiSinh`: the birth registration; the subject is the child (consent `civil.birth`). */
export function birthRecordLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    ...lookup(asker),
    id: idOf('civil.birth.get', encoding),
    code: CIVIL_STATUS_CODES.getBirthRecord,
    category: 'civil.birth',
    ...encodingOf(encoding, CIVIL_STATUS_CODES.getBirthRecord, 'ThongTinKhaiSinh'),
    response: ThongTinKhaiSinh,
    answerSubject: (wire) => wire.NguoiDuocKhaiSinh?.SoDinhDanh,
    map: (wire, _query, source): BirthRecord => toBirthRecord(wire, source),
    description:
      'Birth registration (tra cứu thông tin khai sinh): the child, both parents, place of birth, ' +
      'registration number and date, and the registering authority (UBND cấp xã).',
  });
}

/** `TraCuuThongTinKetHon`: every marriage the person registered (consent `civil.marriage`). */
export function marriageRecordLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    ...lookup(asker),
    id: idOf('civil.marriage.get', encoding),
    code: CIVIL_STATUS_CODES.getMarriageRecord,
    category: 'civil.marriage',
    ...encodingOf(encoding, CIVIL_STATUS_CODES.getMarriageRecord, 'DanhSachKetHon', ['KetHon']),
    response: DanhSachKetHon,
    answerSubject: (wire) => wire.SoDinhDanh,
    map: (wire, _query, source): MarriageRecord[] => toMarriageRecords(wire, source),
    description:
      'Marriage registrations (tra cứu thông tin đăng ký kết hôn): each marriage with both spouses ' +
      '(a foreign spouse by passport), its divorce note (ghi chú ly hôn) when divorced.',
  });
}

/** `XacNhanTinhTrangHonNhan`: the status and the records behind it (consent `civil.status`). */
export function maritalStatusLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    ...lookup(asker),
    id: idOf('civil.status.get', encoding),
    code: CIVIL_STATUS_CODES.getMaritalStatus,
    category: 'civil.status',
    ...encodingOf(encoding, CIVIL_STATUS_CODES.getMaritalStatus, 'ThongTinTinhTrangHonNhan', ['KetHon']),
    response: ThongTinTinhTrangHonNhan,
    answerSubject: (wire) => wire.SoDinhDanh,
    map: (wire, _query, source): MaritalStatusConfirmation => toMaritalStatus(wire, source),
    description:
      'Marital status confirmation (xác nhận tình trạng hôn nhân): the status with every marriage ' +
      'registration behind it, wherever it was registered.',
  });
}

/** `TraCuuThongTinKhaiTu`: the death registration; the subject is the deceased (consent `civil.death`). */
export function deathRecordLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    ...lookup(asker),
    id: idOf('civil.death.get', encoding),
    code: CIVIL_STATUS_CODES.getDeathRecord,
    category: 'civil.death',
    ...encodingOf(encoding, CIVIL_STATUS_CODES.getDeathRecord, 'ThongTinKhaiTu'),
    response: ThongTinKhaiTu,
    answerSubject: (wire) => wire.NguoiDaKhuat?.SoDinhDanh,
    map: (wire, _query, source): DeathRecord => toDeathRecord(wire, source),
    description:
      'Death registration (tra cứu thông tin khai tử): date and place of death and the registering ' +
      'authority; the cause of death is not disclosed.',
  });
}

/** The four operations in one encoding, for one asker (`unit`, `callerCode`). */
export function civilStatusOperationsFor(encoding: Encoding, asker: AskerOptions = {}) {
  return {
    getBirthRecord: birthRecordLookup(encoding, asker),
    getMarriageRecord: marriageRecordLookup(encoding, asker),
    getMaritalStatus: maritalStatusLookup(encoding, asker),
    getDeathRecord: deathRecordLookup(encoding, asker),
  } as const;
}

/** The operations over SOAP (the default). */
export const civilStatusOperations = civilStatusOperationsFor('soap');
/** The operations over the REST profile. */
export const civilStatusRestOperations = civilStatusOperationsFor('rest');

/** The SOAP definitions, one per operation. */
export const getBirthRecordSoap = civilStatusOperations.getBirthRecord;
export const getMarriageRecordSoap = civilStatusOperations.getMarriageRecord;
export const getMaritalStatusSoap = civilStatusOperations.getMaritalStatus;
export const getDeathRecordSoap = civilStatusOperations.getDeathRecord;
/** The REST definitions, one per operation. */
export const getBirthRecordRest = civilStatusRestOperations.getBirthRecord;
export const getMarriageRecordRest = civilStatusRestOperations.getMarriageRecord;
export const getMaritalStatusRest = civilStatusRestOperations.getMaritalStatus;
export const getDeathRecordRest = civilStatusRestOperations.getDeathRecord;

/** Every service of this adapter in both encodings, for the mock platform and the catalog. */
export const civilStatusServices = [
  ...Object.values(civilStatusOperations),
  ...Object.values(civilStatusRestOperations),
] as const;
