export { enterprise, type EnterpriseClient, type EnterpriseOptions } from './enterprise.js';
export {
  ENTERPRISE_CATEGORIES,
  ENTERPRISE_CODES,
  ENTERPRISE_PROVIDER,
  enterpriseLookup,
  enterpriseOperations,
  enterpriseOperationsFor,
  enterpriseRestOperations,
  enterpriseServices,
  householdBusinessLookup,
  ownerSearch,
  representativeSearch,
} from './services.js';
export { toEnterprise, toEnterprises } from './map-enterprise.js';
export { toHouseholdBusiness, toHouseholdBusinesses } from './map-household-business.js';
export { toAddress, toBusinessLines, toIsoDate } from './map-common.js';
export {
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
export {
  DanhSachDoanhNghiep,
  DanhSachHoKinhDoanh,
  DiaChi,
  DoanhNghiep,
  ENTERPRISE_ANSWER_NAMESPACE,
  ENTERPRISE_REQUEST_NAMESPACE,
  HoKinhDoanh,
  NganhNghe,
  NguoiDangKy,
  TraCuuTheoCaNhan,
  TraCuuThongTinDoanhNghiep,
  TraCuuThongTinHoKinhDoanh,
} from './wire.js';
export {
  ENTERPRISE_STATUS_CODES,
  type EnterpriseStatus,
  type EnterpriseStatusCode,
  HOUSEHOLD_BUSINESS_STATUS_CODES,
  type HouseholdBusinessStatus,
  type HouseholdBusinessStatusCode,
  LEGAL_FORM_CODES,
  type LegalForm,
  type LegalFormCode,
} from './codes.js';
export type {
  Address,
  BusinessLine,
  Enterprise,
  HouseholdBusiness,
  Provenance,
  RegisteredPerson,
} from './domain.js';
