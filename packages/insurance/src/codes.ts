/**
 * Code tables of the insurance records, each `as const` (modelled: no published list was found for the
 * shared services; the health card's groups and benefit levels follow the card's printed layout).
 * A code missing here is kept by the mapping as-is, never dropped.
 * @module
 */

/** Gender codes (`giới tính`), as the population database writes them. */
export const GENDER_CODES = { '1': 'male', '2': 'female' } as const;

/** Participation status (`trạng thái tham gia`). */
export const PARTICIPATION_CODES = {
  '1': 'contributing',
  '2': 'stopped',
  '3': 'health-only',
} as const;

/**
 * Salary bands of contribution periods (`mức lương đóng`), in VND a month: the services share a band,
 * not the salary. `max` is absent for the top band (the contribution ceiling is 20 × the base salary).
 */
export const SALARY_BANDS = {
  '01': { min: 0, max: 5_000_000 },
  '02': { min: 5_000_000, max: 10_000_000 },
  '03': { min: 10_000_000, max: 20_000_000 },
  '04': { min: 20_000_000, max: 36_000_000 },
  '05': { min: 36_000_000 },
} as const;

/** Benefit levels of a health card (`mức hưởng`): the share of costs the fund pays, in percent. */
export const BENEFIT_LEVELS = { '1': 100, '2': 100, '3': 95, '4': 80, '5': 100 } as const;

/** Gender. */
export type Gender = (typeof GENDER_CODES)[keyof typeof GENDER_CODES];
/** Whether the person contributes to social insurance now, did once, or holds only a health card. */
export type ParticipationStatus = (typeof PARTICIPATION_CODES)[keyof typeof PARTICIPATION_CODES];
/** A salary band code, `01` to `05`. */
export type SalaryBandCode = keyof typeof SALARY_BANDS;
