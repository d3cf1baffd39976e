export { population, type PopulationClient, type PopulationOptions } from './population.js';
export {
  getCitizenService,
  populationOperations,
  populationServices,
  POPULATION_PROVIDER,
} from './services.js';
export { toCitizen } from './map-citizen.js';
export {
  AddressWire,
  CitizenQuery,
  CitizenWire,
  HouseholdHeadWire,
  NameWire,
  RelativeWire,
  addressWireSchema,
  citizenQuerySchema,
  citizenWireSchema,
  relativeWireSchema,
  type AddressVersionWire,
} from './wire.js';
export {
  BLOOD_TYPE_CODES,
  ETHNICITY_CODES,
  GENDER_CODES,
  MARITAL_STATUS_CODES,
  RELATION_CODES,
  RELIGION_CODES,
  type BloodType,
  type Gender,
  type MaritalStatus,
  type RelationToHead,
} from './codes.js';
export type {
  Address,
  Citizen,
  Coded,
  Household,
  PartialDate,
  PersonName,
  Relative,
} from './domain.js';
