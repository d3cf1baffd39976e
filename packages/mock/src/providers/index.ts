import { populationProviders } from './population.js';
import type { ProviderBinding } from './types.js';

export {
  matchPersona,
  populationCitizenProvider,
  populationHouseholdProvider,
  populationMaritalProvider,
  populationProvider,
  populationProviders,
  populationResidenceProvider,
  populationVerifyProvider,
} from './population.js';
export { dataDateOf, toCongDan } from './population-wire.js';
export type { ProviderBinding } from './types.js';

/**
 * Every provider the mock platform serves by default, one binding per X-Road service (each serves the
 * REST profile, and SOAP when it has a `soapService`). Adapters added later append theirs here.
 *
 * @example
 * ```ts
 * for (const binding of defaultProviders) routes.set(binding.service.id, binding);
 * ```
 */
export const defaultProviders: readonly ProviderBinding[] = [...populationProviders];
