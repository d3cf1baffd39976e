import { civilStatusProviders } from './civil-status.js';
import { enterpriseProviders } from './enterprise.js';
import { landProviders } from './land.js';
import { insuranceProviders } from './insurance.js';
import { populationProviders } from './population.js';
import type { ProviderBinding } from './types.js';

export {
  civilBirthProvider,
  civilDeathProvider,
  civilMaritalStatusProvider,
  civilMarriageProvider,
  civilStatusProviders,
  matchCivilPersona,
} from './civil-status.js';
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
export { landCertificatesProvider, landParcelProvider, landProviders } from './land.js';
export { toGiayChungNhan, toThuaDat } from './land-wire.js';
export {
  findInsured,
  insuranceContributionsProvider,
  insuranceHealthCardProvider,
  insuranceParticipantProvider,
  insuranceProviders,
} from './insurance.js';
export {
  enterpriseLookupProvider,
  enterpriseProviders,
  householdBusinessLookupProvider,
  ownerSearchProvider,
  representativeSearchProvider,
} from './enterprise.js';
export { toDoanhNghiep, toHoKinhDoanh } from './enterprise-wire.js';
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
export const defaultProviders: readonly ProviderBinding[] = [
  ...populationProviders,
  ...civilStatusProviders,
  ...landProviders,
  ...insuranceProviders,
  ...enterpriseProviders,
];
