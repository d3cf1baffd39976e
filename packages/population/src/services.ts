/**
 * The population database's operations, each declared twice over one vocabulary: once for the SOAP
 * profile (how the real services are published) and once for the REST profile (the same field names
 * in JSON). The pair shares the request schema, the wire builder, the answer schema and the mapping;
 * only the encoding differs. `population()` picks one set by its `encoding` option.
 * @module
 */
import { defineService } from '@onceonly/core';
import type { Citizen, HouseholdRecord, MaritalStatusRecord, Residence } from './domain.js';
import { toExists, toHousehold, toMaritalStatus } from './map-answers.js';
import { toResidence } from './map-residence.js';
import { citizenOf } from './map-citizen.js';
import { type AskerOptions, CitizenQuery, checkCitizenQuery, subjectOf, toLookupWire } from './query.js';
import {
  CongdanCollection,
  HoGiaDinh,
  KetQuaXacMinhHonNhan,
  KetQuaXacThucResponse,
  POPULATION_ANSWER_NAMESPACE,
  POPULATION_REQUEST_NAMESPACE,
  ThongTinCuTru,
  TraCuuThongTinCongDan,
  XacThucThongTinCongDan,
  YeuCauCongDan,
} from './wire.js';
import { checkAnswerKey } from './answer-key.js';

/** Default provider subsystem of the population database (`CSDLQG về dân cư`), `CLASS/MEMBER/SUBSYSTEM`. */
export const POPULATION_PROVIDER = 'GOV/000.00.00.G10/CSDLDC';

/** The X-Road service codes: the real operation names. */
export const POPULATION_CODES = {
  getCitizen: 'TraCuuThongTinCongDan',
  verifyCitizen: 'XacThucThongTinCongDan',
  getHousehold: 'CungCapThongTinHoGiaDinh',
  checkMaritalStatus: 'XacMinhTinhTrangHonNhan',
  getResidence: 'CungCapThongTinCuTru',
} as const;

type Encoding = 'soap' | 'rest';
const soapOf = (code: string, responseElement: string, arrays: readonly string[] = []) => ({
  namespace: POPULATION_REQUEST_NAMESPACE,
  operation: code,
  responseElement,
  responseNamespace: POPULATION_ANSWER_NAMESPACE,
  arrays,
});
const idOf = (base: string, encoding: Encoding) => (encoding === 'soap' ? base : `${base}.rest`);
const profileOf = (encoding: Encoding) =>
  encoding === 'soap' ? ({ profile: 'soap' } as const) : ({ profile: 'rest' } as const);

/** Lookup 037 (`TraCuuThongTinCongDan`): the citizen's record; needs consent for `population.basic`. */
export function citizenLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('population.citizen.get', encoding),
    provider: POPULATION_PROVIDER,
    code: POPULATION_CODES.getCitizen,
    category: 'population.basic',
    idempotent: true,
    ...profileOf(encoding),
    ...(encoding === 'soap'
      ? { soap: soapOf(POPULATION_CODES.getCitizen, 'CongdanCollection', ['CongDan']) }
      : {}),
    request: CitizenQuery,
    wireRequest: TraCuuThongTinCongDan,
    toWire: (query, call) => ({ ...toLookupWire(query, call, asker), MaTichHop: '037' as const }),
    requiresOfficer: true,
    response: CongdanCollection,
    subject: subjectOf,
    check: checkCitizenQuery,
    map: (wire, query, source): Citizen => {
      checkAnswerKey(wire.CongDan?.[0], query);
      return citizenOf(wire, source);
    },
    description:
      'Citizen lookup (tra cứu thông tin công dân, 037 TraCuuThongTinCongDan): name, date of birth, gender, ' +
      'ethnicity, religion, marital status, addresses, parents, spouse, legal representative and household.',
  });
}

/** `XacThucThongTinCongDan`: does a citizen with these details exist? Discloses nothing, so no consent. */
export function citizenVerification(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('population.citizen.verify', encoding),
    provider: POPULATION_PROVIDER,
    code: POPULATION_CODES.verifyCitizen,
    category: 'population.verify',
    requiresConsent: false,
    requiresOfficer: true,
    idempotent: true,
    ...profileOf(encoding),
    ...(encoding === 'soap' ? { soap: soapOf(POPULATION_CODES.verifyCitizen, 'KetQuaXacThucResponse') } : {}),
    request: CitizenQuery,
    wireRequest: XacThucThongTinCongDan,
    toWire: (query, call) => toLookupWire(query, call, asker),
    response: KetQuaXacThucResponse,
    subject: subjectOf,
    check: checkCitizenQuery,
    map: (wire): boolean => toExists(wire),
    description:
      'Citizen verification (xác thực thông tin công dân): true when id, name and date of birth agree.',
  });
}

/** `CungCapThongTinHoGiaDinh`: the household and each member's relation to the head. */
export function householdLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('population.household.get', encoding),
    provider: POPULATION_PROVIDER,
    code: POPULATION_CODES.getHousehold,
    category: 'population.household',
    idempotent: true,
    requiresOfficer: true,
    ...profileOf(encoding),
    ...(encoding === 'soap'
      ? { soap: soapOf(POPULATION_CODES.getHousehold, 'HoGiaDinh', ['ThanhVien']) }
      : {}),
    request: CitizenQuery,
    wireRequest: YeuCauCongDan,
    toWire: (query, call) => toLookupWire(query, call, asker),
    response: HoGiaDinh,
    subject: subjectOf,
    check: checkCitizenQuery,
    map: (wire, _query, source): HouseholdRecord => toHousehold(wire, source),
    description: 'Household (cung cấp thông tin hộ gia đình): members and their relation to the head.',
  });
}

/** `XacMinhTinhTrangHonNhan`: the citizen's marital status, and the spouse while married. */
export function maritalStatusCheck(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('population.marital.check', encoding),
    provider: POPULATION_PROVIDER,
    code: POPULATION_CODES.checkMaritalStatus,
    category: 'population.marital',
    idempotent: true,
    requiresOfficer: true,
    ...profileOf(encoding),
    ...(encoding === 'soap'
      ? { soap: soapOf(POPULATION_CODES.checkMaritalStatus, 'KetQuaXacMinhHonNhan') }
      : {}),
    request: CitizenQuery,
    wireRequest: YeuCauCongDan,
    toWire: (query, call) => toLookupWire(query, call, asker),
    response: KetQuaXacMinhHonNhan,
    subject: subjectOf,
    check: checkCitizenQuery,
    map: (wire, _query, source): MaritalStatusRecord => toMaritalStatus(wire, source),
    description: 'Marital status (xác minh tình trạng hôn nhân): status, and the spouse while married.',
  });
}

/**
 * `CungCapThongTinCuTru`: the permanent residence and since when, earlier permanent residences and a
 * temporary residence with its dates (modelled: no public description was found).
 */
export function residenceLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('population.residence.get', encoding),
    provider: POPULATION_PROVIDER,
    code: POPULATION_CODES.getResidence,
    category: 'population.residence',
    idempotent: true,
    requiresOfficer: true,
    ...profileOf(encoding),
    ...(encoding === 'soap'
      ? { soap: soapOf(POPULATION_CODES.getResidence, 'ThongTinCuTru', ['ThuongTruTruocDay']) }
      : {}),
    request: CitizenQuery,
    wireRequest: YeuCauCongDan,
    toWire: (query, call) => toLookupWire(query, call, asker),
    response: ThongTinCuTru,
    subject: subjectOf,
    check: checkCitizenQuery,
    map: (wire, _query, source): Residence => toResidence(wire, source),
    description:
      'Residence (cung cấp thông tin cư trú): permanent residence since when, earlier permanent residences, ' +
      'temporary residence with its dates.',
  });
}

/** The five operations in one encoding, for one asker (`unit`, `callerCode`). */
export function populationOperationsFor(encoding: Encoding, asker: AskerOptions = {}) {
  return {
    getCitizen: citizenLookup(encoding, asker),
    verifyCitizen: citizenVerification(encoding, asker),
    getHousehold: householdLookup(encoding, asker),
    checkMaritalStatus: maritalStatusCheck(encoding, asker),
    getResidence: residenceLookup(encoding, asker),
  } as const;
}

/** The operations over SOAP (the default), without `unit` or `callerCode`. */
export const populationOperations = populationOperationsFor('soap');
/** The operations over the REST profile, without `unit` or `callerCode`. */
export const populationRestOperations = populationOperationsFor('rest');

/** The SOAP definitions, one per operation. */
export const getCitizenSoap = populationOperations.getCitizen;
export const verifyCitizenSoap = populationOperations.verifyCitizen;
export const getHouseholdSoap = populationOperations.getHousehold;
export const checkMaritalStatusSoap = populationOperations.checkMaritalStatus;
export const getResidenceSoap = populationOperations.getResidence;
/** The REST definitions, one per operation. */
export const getCitizenRest = populationRestOperations.getCitizen;
export const verifyCitizenRest = populationRestOperations.verifyCitizen;
export const getHouseholdRest = populationRestOperations.getHousehold;
export const checkMaritalStatusRest = populationRestOperations.checkMaritalStatus;
export const getResidenceRest = populationRestOperations.getResidence;
/** @deprecated Use {@link getCitizenSoap} or {@link getCitizenRest}. */
export const getCitizenService = getCitizenSoap;

/** Every service of this adapter in both encodings, for the mock platform and the catalog. */
export const populationServices = [
  ...Object.values(populationOperations),
  ...Object.values(populationRestOperations),
] as const;
