/**
 * Code tables of the business registration record, each `as const`: the domain's unions are derived
 * from them, never restated. No public list of the database's codes was found: the codes are modelled
 * (two digits, as the population database's tables), the labels are the legal terms of the Law on
 * Enterprises 2020 (Luật Doanh nghiệp) and the national business registration portal. A code missing
 * here is kept as-is by the mapping (status `unknown`, legal form `other`), never dropped.
 * @module
 */

/** Enterprise status codes (`tình trạng hoạt động`): code → [domain value, Vietnamese label]. */
export const ENTERPRISE_STATUS_CODES = {
  '01': ['active', 'Đang hoạt động'],
  '02': ['suspended', 'Tạm ngừng kinh doanh'],
  '03': ['dissolving', 'Đang làm thủ tục giải thể'],
  '04': ['dissolved', 'Đã giải thể'],
  '05': ['not-at-registered-address', 'Không hoạt động tại địa chỉ đã đăng ký'],
  '06': ['certificate-revoked', 'Bị thu hồi giấy chứng nhận đăng ký doanh nghiệp'],
  '07': ['bankrupt', 'Đã phá sản'],
} as const;

/** Legal form codes (`loại hình doanh nghiệp`): code → [domain value, Vietnamese label]. */
export const LEGAL_FORM_CODES = {
  '01': ['single-member-llc', 'Công ty trách nhiệm hữu hạn một thành viên'],
  '02': ['multi-member-llc', 'Công ty trách nhiệm hữu hạn hai thành viên trở lên'],
  '03': ['joint-stock', 'Công ty cổ phần'],
  '04': ['partnership', 'Công ty hợp danh'],
  '05': ['private-enterprise', 'Doanh nghiệp tư nhân'],
} as const;

/** Household business status codes (`tình trạng hoạt động của hộ kinh doanh`). */
export const HOUSEHOLD_BUSINESS_STATUS_CODES = {
  '01': ['active', 'Đang hoạt động'],
  '02': ['suspended', 'Tạm ngừng kinh doanh'],
  '03': ['ended', 'Chấm dứt hoạt động'],
} as const;

type ValueOf<T> = T[keyof T];
/** An enterprise's status; `unknown` for a code this version does not know. */
export type EnterpriseStatus = ValueOf<typeof ENTERPRISE_STATUS_CODES>[0] | 'unknown';
/** An enterprise's legal form; `other` for a code this version does not know. */
export type LegalForm = ValueOf<typeof LEGAL_FORM_CODES>[0] | 'other';
/** A household business's status; `unknown` for a code this version does not know. */
export type HouseholdBusinessStatus = ValueOf<typeof HOUSEHOLD_BUSINESS_STATUS_CODES>[0] | 'unknown';
/** A code of {@link ENTERPRISE_STATUS_CODES}. */
export type EnterpriseStatusCode = keyof typeof ENTERPRISE_STATUS_CODES;
/** A code of {@link LEGAL_FORM_CODES}. */
export type LegalFormCode = keyof typeof LEGAL_FORM_CODES;
/** A code of {@link HOUSEHOLD_BUSINESS_STATUS_CODES}. */
export type HouseholdBusinessStatusCode = keyof typeof HOUSEHOLD_BUSINESS_STATUS_CODES;
