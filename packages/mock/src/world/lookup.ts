import type { Persona } from './types.js';

/**
 * A synthetic officer's 12-digit personal id, for `ctx.officerId` in tests (the population services
 * need a named officer: `MaCanBo`). Not the id of any persona.
 */
export const MOCK_OFFICER_ID = '001085009999';

/**
 * The key of a population lookup for a persona, as a portal would have it from the id card: personal
 * id, full name, and the date of birth the database holds (a year alone for records that hold no more;
 * a month-and-year record is asked by its year, which the service accepts).
 *
 * @example
 * ```ts
 * await population(gw).getCitizen(lookupOf(persona), { ...ctx, officerId: MOCK_OFFICER_ID });
 * ```
 */
export function lookupOf(persona: Persona): { personalId: string; fullName: string; birthDate: string } {
  const { ho, chuDem, ten } = persona.population.hoVaTen;
  const fullName = [ho, chuDem, ten].filter((part) => part !== '').join(' ');
  const parts = persona.population.ngaySinh.split('/');
  const birthDate = parts.length === 3 ? persona.population.ngaySinh : (parts.at(-1) as string);
  return { personalId: persona.personalId, fullName, birthDate };
}
