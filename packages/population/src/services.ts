/**
 * The population database's operations, each declared twice over one vocabulary: once for the SOAP
 * profile (how the real services are published) and once for the REST profile (the same field names
 * in JSON). The pair shares the request schema, the wire builder, the answer schema and the mapping;
 * only the encoding differs. `population()` picks one set by its `encoding` option.
 * @module
 */
import { defineService } from '@onceonly/core';
import type { Citizen, HouseholdRecord, MaritalStatusRecord } from './domain.js';
import { toExists, toHousehold, toMaritalStatus } from './map-answers.js';
import { citizenOf } from './map-citizen.js';
import { type AskerOptions, CitizenQuery, checkCitizenQuery, subjectOf, toLookupWire } from './query.js';
import {
  CongdanCollection,
  HoGiaDinh,
  KetQuaXacMinhHonNhan,
  KetQuaXacThucResponse,
  POPULATION_ANSWER_NAMESPACE,
  POPULATION_REQUEST_NAMESPACE,
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
    map: (wire, query): Citizen => {
      checkAnswerKey(wire.CongDan?.[0], query);
      return citizenOf(wire);
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
    map: (wire): HouseholdRecord => toHousehold(wire),
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
    map: (wire): MaritalStatusRecord => toMaritalStatus(wire),
    description: 'Marital status (xác minh tình trạng hôn nhân): status, and the spouse while married.',
  });
}

/** The four operations in one encoding, for one asker (`unit`, `callerCode`). */
export function populationOperationsFor(encoding: Encoding, asker: AskerOptions = {}) {
  return {
    getCitizen: citizenLookup(encoding, asker),
    verifyCitizen: citizenVerification(encoding, asker),
    getHousehold: householdLookup(encoding, asker),
    checkMaritalStatus: maritalStatusCheck(encoding, asker),
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
/** The REST definitions, one per operation. */
export const getCitizenRest = populationRestOperations.getCitizen;
export const verifyCitizenRest = populationRestOperations.verifyCitizen;
export const getHouseholdRest = populationRestOperations.getHousehold;
export const checkMaritalStatusRest = populationRestOperations.checkMaritalStatus;
/** @deprecated Use {@link getCitizenSoap} or {@link getCitizenRest}. */
export const getCitizenService = getCitizenSoap;

/** Every service of this adapter in both encodings, for the mock platform and the catalog. */
export const populationServices = [
  ...Object.values(populationOperations),
  ...Object.values(populationRestOperations),
] as const;
