/**
 * The business registration database's operations, each declared for the SOAP profile and for the
 * REST profile over one vocabulary (the answers' schemas and mappings are shared). Lookups by key are
 * public (no consent): over REST they are `GET`s with the key in the path
 * (`…/TraCuuThongTinDoanhNghiep/enterprises/{taxCode}`). Searches by person carry the personal id in
 * the body only and need the person's consent (`enterprise.basic`). `enterprise()` picks one set by its
 * `encoding` option.
 * @module
 */
import { type AnswerSource, defineService } from '@onceonly/core';
import { checkAnswerKey } from './answer-key.js';
import type { Enterprise, HouseholdBusiness } from './domain.js';
import { toEnterprise, toEnterprises } from './map-enterprise.js';
import { toHouseholdBusiness, toHouseholdBusinesses } from './map-household-business.js';
import {
  type AskerOptions,
  canonicalTaxCode,
  checkEnterpriseQuery,
  checkHouseholdBusinessQuery,
  checkPersonQuery,
  EnterpriseQuery,
  HouseholdBusinessQuery,
  PersonQuery,
  toEnterpriseWire,
  toHouseholdBusinessWire,
  toPersonWire,
} from './query.js';
import {
  DanhSachDoanhNghiep,
  DanhSachHoKinhDoanh,
  DoanhNghiep,
  ENTERPRISE_ANSWER_NAMESPACE,
  ENTERPRISE_REQUEST_NAMESPACE,
  HoKinhDoanh,
  TraCuuTheoCaNhan,
  TraCuuThongTinDoanhNghiep,
  TraCuuThongTinHoKinhDoanh,
} from './wire.js';

/** Default provider subsystem (modelled): the national business registration database, `CLASS/MEMBER/SUBSYSTEM`. */
export const ENTERPRISE_PROVIDER = 'GOV/000.00.00.G09/CSDLDKDN';

/** The X-Road service codes (modelled, in the population services' style). */
export const ENTERPRISE_CODES = {
  getEnterprise: 'TraCuuThongTinDoanhNghiep',
  getHouseholdBusiness: 'TraCuuThongTinHoKinhDoanh',
  findByRepresentative: 'TraCuuDoanhNghiepTheoNguoiDaiDien',
  findHouseholdBusinesses: 'TraCuuHoKinhDoanhTheoChuHo',
} as const;

/** Data categories: public lookups need no consent; a search by person needs `enterprise.basic`. */
export const ENTERPRISE_CATEGORIES = { public: 'enterprise.public', byPerson: 'enterprise.basic' } as const;

type Encoding = 'soap' | 'rest';
const soapOf = (code: string, responseElement: string, arrays: readonly string[] = []) => ({
  profile: 'soap' as const,
  soap: {
    namespace: ENTERPRISE_REQUEST_NAMESPACE,
    operation: code,
    responseElement,
    responseNamespace: ENTERPRISE_ANSWER_NAMESPACE,
    arrays: ['NganhNghe', ...arrays],
  },
});
const idOf = (base: string, encoding: Encoding) => (encoding === 'soap' ? base : `${base}.rest`);

const enterpriseCommon = {
  provider: ENTERPRISE_PROVIDER,
  code: ENTERPRISE_CODES.getEnterprise,
  category: ENTERPRISE_CATEGORIES.public,
  requiresConsent: false,
  idempotent: true,
  request: EnterpriseQuery,
  response: DoanhNghiep,
  check: checkEnterpriseQuery,
  map: (wire: DoanhNghiep, query: EnterpriseQuery, source: AnswerSource) => {
    checkAnswerKey(wire.MaSoDoanhNghiep, canonicalTaxCode(query.taxCode), 'enterprise');
    return toEnterprise(wire, source);
  },
  description:
    'Enterprise lookup (tra cứu thông tin doanh nghiệp), public: names, status, legal form, head office, ' +
    'legal representative, business lines (VSIC), charter capital.',
};

/** `TraCuuThongTinDoanhNghiep`: an enterprise by its tax code. Public: no consent. */
export function enterpriseLookup(encoding: Encoding, asker: AskerOptions = {}) {
  if (encoding === 'rest') {
    return defineService({
      ...enterpriseCommon,
      id: 'enterprise.enterprise.get.rest',
      method: 'GET',
      path: '/enterprises/{taxCode}',
    });
  }
  return defineService({
    ...enterpriseCommon,
    id: 'enterprise.enterprise.get',
    ...soapOf(ENTERPRISE_CODES.getEnterprise, 'DoanhNghiep'),
    wireRequest: TraCuuThongTinDoanhNghiep,
    toWire: (query, call) => toEnterpriseWire(query, call, asker),
  });
}

const householdCommon = {
  provider: ENTERPRISE_PROVIDER,
  code: ENTERPRISE_CODES.getHouseholdBusiness,
  category: ENTERPRISE_CATEGORIES.public,
  requiresConsent: false,
  idempotent: true,
  request: HouseholdBusinessQuery,
  response: HoKinhDoanh,
  check: checkHouseholdBusinessQuery,
  map: (wire: HoKinhDoanh, query: HouseholdBusinessQuery, source: AnswerSource) => {
    checkAnswerKey(wire.SoDangKy, query.registrationNumber, 'household business');
    return toHouseholdBusiness(wire, source);
  },
  description:
    'Household business lookup (tra cứu thông tin hộ kinh doanh) by registration number, public: name, ' +
    'status, place of business, owner, business lines, capital.',
};

/** `TraCuuThongTinHoKinhDoanh`: a household business by its registration number. Public: no consent. */
export function householdBusinessLookup(encoding: Encoding, asker: AskerOptions = {}) {
  if (encoding === 'rest') {
    return defineService({
      ...householdCommon,
      id: 'enterprise.household-business.get.rest',
      method: 'GET',
      path: '/household-businesses/{registrationNumber}',
    });
  }
  return defineService({
    ...householdCommon,
    id: 'enterprise.household-business.get',
    ...soapOf(ENTERPRISE_CODES.getHouseholdBusiness, 'HoKinhDoanh'),
    wireRequest: TraCuuThongTinHoKinhDoanh,
    toWire: (query, call) => toHouseholdBusinessWire(query, call, asker),
  });
}

/** `TraCuuDoanhNghiepTheoNguoiDaiDien`: the enterprises a person legally represents. Consent `enterprise.basic`. */
export function representativeSearch(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('enterprise.enterprise.find', encoding),
    provider: ENTERPRISE_PROVIDER,
    code: ENTERPRISE_CODES.findByRepresentative,
    category: ENTERPRISE_CATEGORIES.byPerson,
    idempotent: true,
    ...(encoding === 'soap'
      ? soapOf(ENTERPRISE_CODES.findByRepresentative, 'DanhSachDoanhNghiep', ['DoanhNghiep'])
      : { profile: 'rest' as const }),
    request: PersonQuery,
    personal: ['personalId'],
    wireRequest: TraCuuTheoCaNhan,
    toWire: (query, call) => toPersonWire(query, call, asker),
    response: DanhSachDoanhNghiep,
    subject: (query) => query.personalId,
    check: checkPersonQuery,
    map: (wire, query, source): Enterprise[] => {
      for (const record of wire.DoanhNghiep ?? [])
        checkAnswerKey(record.NguoiDaiDien?.SoDinhDanh, query.personalId, 'person');
      return toEnterprises(wire, source);
    },
    description:
      'Enterprises by legal representative (tra cứu doanh nghiệp theo người đại diện): a search by person, ' +
      'with their consent; [] when they represent none.',
  });
}

/** `TraCuuHoKinhDoanhTheoChuHo`: the household businesses a person owns. Consent `enterprise.basic`. */
export function ownerSearch(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('enterprise.household-business.find', encoding),
    provider: ENTERPRISE_PROVIDER,
    code: ENTERPRISE_CODES.findHouseholdBusinesses,
    category: ENTERPRISE_CATEGORIES.byPerson,
    idempotent: true,
    ...(encoding === 'soap'
      ? soapOf(ENTERPRISE_CODES.findHouseholdBusinesses, 'DanhSachHoKinhDoanh', ['HoKinhDoanh'])
      : { profile: 'rest' as const }),
    request: PersonQuery,
    personal: ['personalId'],
    wireRequest: TraCuuTheoCaNhan,
    toWire: (query, call) => toPersonWire(query, call, asker),
    response: DanhSachHoKinhDoanh,
    subject: (query) => query.personalId,
    check: checkPersonQuery,
    map: (wire, query, source): HouseholdBusiness[] => {
      for (const record of wire.HoKinhDoanh ?? [])
        checkAnswerKey(record.ChuHoKinhDoanh?.SoDinhDanh, query.personalId, 'person');
      return toHouseholdBusinesses(wire, source);
    },
    description:
      'Household businesses by owner (tra cứu hộ kinh doanh theo chủ hộ): a search by person, with their ' +
      'consent; [] when they own none.',
  });
}

/** The four operations in one encoding, for one asker (`unit`, `callerCode`). */
export function enterpriseOperationsFor(encoding: Encoding, asker: AskerOptions = {}) {
  return {
    getEnterprise: enterpriseLookup(encoding, asker),
    getHouseholdBusiness: householdBusinessLookup(encoding, asker),
    findByRepresentative: representativeSearch(encoding, asker),
    findHouseholdBusinesses: ownerSearch(encoding, asker),
  } as const;
}

/** The operations over SOAP (the default), without `unit` or `callerCode`. */
export const enterpriseOperations = enterpriseOperationsFor('soap');
/** The operations over the REST profile, without `unit` or `callerCode`. */
export const enterpriseRestOperations = enterpriseOperationsFor('rest');

/** Every service of this adapter in both encodings, for the mock platform and the catalog. */
export const enterpriseServices = [
  ...Object.values(enterpriseOperations),
  ...Object.values(enterpriseRestOperations),
] as const;
