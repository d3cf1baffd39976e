export { createWorld, DEFAULT_WORLD_DATE, DEFAULT_WORLD_SIZE, type WorldOptions } from './create-world.js';
export { type PersonaTag, WORLD_TAGS, type WorldTag } from './tags.js';
export type { PersonDescription } from './custom-people.js';
export type { HouseholdKind } from './model.js';
export type { Persona, World, WorldHousehold } from './types.js';
export type {
  LandCertificateRecord,
  LandHolderRecord,
  LandParcelRecord,
  LandUseRecord,
} from './land-record.js';
export { lookupOf, MOCK_OFFICER_ID } from './lookup.js';
export type { LinkedPersonas, WorldRelation } from './linked.js';
export { employerOf } from './insurance-links.js';
export type { InsuranceRecord } from './insurance-record.js';
export type {
  EnterpriseRecord,
  HouseholdBusinessRecord,
  PersonaEnterprise,
} from './enterprise-record.js';
