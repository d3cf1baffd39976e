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
