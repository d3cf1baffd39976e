export { population, type PopulationClient, type PopulationOptions } from './population.js';
export { getCitizenService, populationServices, POPULATION_PROVIDER } from './services.js';
export { toCitizen } from './map-citizen.js';
export { addressWireSchema, citizenQuerySchema, citizenWireSchema, relativeWireSchema } from './schemas.js';
export {
  BLOOD_TYPE_CODES,
  ETHNICITY_CODES,
  GENDER_CODES,
  MARITAL_STATUS_CODES,
  RELATION_CODES,
  RELIGION_CODES,
} from './codes.js';
export type {
  Address,
  BloodType,
  Citizen,
  CitizenQuery,
  Coded,
  Gender,
  Household,
  MaritalStatus,
  PartialDate,
  PersonName,
  Relative,
  RelationToHead,
} from './domain.js';
export type {
  AddressVersionWire,
  AddressWire,
  CitizenWire,
  HouseholdHeadWire,
  NameWire,
  RelativeWire,
} from './wire.js';
