import { getCitizenService, type CitizenQuery, type CitizenWire } from '@onceonly/population';
import type { ProviderBinding } from './types.js';

/**
 * The population database in the mock: service 037 (`population.citizen.get`) answers with the
 * persona's population record, or nothing (404 `NOT_FOUND`) for an id the world does not hold.
 * Looks up 12-digit ids only, as the real service does (an old 9-digit number finds nobody here).
 *
 * @example
 * ```ts
 * populationProvider.resolve({ personalId: persona.personalId }, world); // persona.population
 * ```
 */
export const populationProvider: ProviderBinding<CitizenQuery, CitizenWire> = {
  service: getCitizenService,
  resolve(request, world) {
    const persona = world.byPersonalId(request.personalId);
    return persona?.personalId === request.personalId ? persona.population : undefined;
  },
};
