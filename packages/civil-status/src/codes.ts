/**
 * The code tables of the civil status answers (modelled on the population database's: the same
 * gender and marital status codes, so the two databases read alike).
 * @module
 */

/** Gender (`giới tính`). */
export const GENDER_CODES = { '1': 'male', '2': 'female' } as const;

/** Marital status (`tình trạng hôn nhân`), as the population database codes it. */
export const MARITAL_STATUS_CODES = {
  '1': 'single',
  '2': 'married',
  '3': 'divorced',
  '4': 'widowed',
} as const;

/** State of a marriage registration (`trạng thái`). */
export const MARRIAGE_STATE_CODES = {
  '1': 'in-force',
  '2': 'divorced',
  '3': 'ended-by-death',
} as const;

/** Male or female. */
export type Gender = (typeof GENDER_CODES)[keyof typeof GENDER_CODES];
/** `single`, `married`, `divorced` or `widowed`. */
export type MaritalStatus = (typeof MARITAL_STATUS_CODES)[keyof typeof MARITAL_STATUS_CODES];
/** `in-force`, `divorced` (a court's decision is noted against it) or `ended-by-death`. */
export type MarriageState = (typeof MARRIAGE_STATE_CODES)[keyof typeof MARRIAGE_STATE_CODES];
