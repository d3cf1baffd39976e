export type { VnErr, VnOk, VnReason, VnResult } from './reasons.js';
export { VnValidationError } from './errors.js';
export {
  type Gender,
  isValidPersonalId,
  type ParsedPersonalId,
  type PersonalIdOptions,
  type PersonalIdReason,
  parsePersonalId,
} from './personal-id.js';
export { isValidOldId, type OldIdReason, parseOldId } from './old-id.js';
export {
  isValidTaxCode,
  type ParsedTaxCode,
  parseTaxCode,
  type TaxCodeKind,
  type TaxCodeReason,
  taxCodeCheckDigit,
} from './tax-code.js';
export { type InsuranceCodeReason, isValidInsuranceCode, parseInsuranceCode } from './insurance-code.js';
export {
  type NameParts,
  normalizeName,
  sameName,
  type SplitNameOptions,
  type SplitNameReason,
  splitName,
  toAsciiUpper,
} from './names.js';
export { removeDiacritics } from './fold.js';
export {
  type DateFormat,
  type DateReason,
  daysInMonth,
  formatDate,
  isVnDate,
  parseDate,
  type VnDate,
} from './dates.js';
export {
  findOldProvinces,
  findProvinces,
  getOldProvince,
  getProvince,
  listOldProvinces,
  listProvinces,
  type OldProvince,
  type Province,
  type ProvinceType,
} from './provinces.js';
export { type FindWardsOptions, findWards, getWard, listWards, type Ward, type WardType } from './wards.js';
export {
  findOldDistricts,
  findOldWards,
  getOldDistrict,
  getOldWard,
  listOldDistricts,
  listOldWards,
  type OldDistrict,
  type OldDistrictType,
  type OldWard,
  type OldWardChange,
  type OldWardType,
} from './old-units.js';
export {
  type OldAddress,
  type OldAddressIssue,
  type OldAddressReason,
  type ResolvedOldAddress,
  resolveOldAddress,
} from './old-address.js';
export {
  isValidPhoneNumber,
  type MobileCarrier,
  type ParsedPhoneNumber,
  type PhoneReason,
  parsePhoneNumber,
} from './phone.js';
