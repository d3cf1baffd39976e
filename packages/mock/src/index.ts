export { createMockPlatform } from './platform/create-mock-platform.js';
export {
  MockPlatform,
  IN_PROCESS_ORIGIN,
  type MockClientCredentials,
  type ResolvedMockPlatformOptions,
} from './platform/mock-platform.js';
export { MockDispatcher } from './platform/dispatcher.js';
export type { ListenOptions, MockTlsOptions } from './platform/http-server.js';
export type { Fault, FaultTarget, FaultOptions, FaultHandle, FaultInjector } from './platform/faults.js';
export { MONITORING_FAULT_TARGET } from './platform/faults.js';
export { IDP_BASE_PATH, type ConsentTokenOptions } from './platform/identity-provider.js';
export type { AssuranceLevel, IdentityProviderOptions } from './platform/idp-settings.js';
export { AUTHORIZATION_CODE_TTL_SEC, IDP_PATHS, IDP_TOKEN_TTL_SEC } from './platform/idp-authorize.js';
export {
  DOSSIER_STATUSES,
  dossierEventBatchSchema,
  MAX_EVENTS_PER_BATCH,
  MONITORING_EVENTS_PATH,
  type DossierEvent,
  type DossierStatus,
  type MonitoringRecord,
} from './platform/monitoring.js';
export { DEFAULT_CLIENT } from './platform/registry.js';
export { requestHash, canonicalRequestHeaders } from './platform/request-hash.js';
export type { XRoadErrorType } from './platform/xroad-errors.js';
export type {
  Jwk,
  MockCall,
  MockClientRegistration,
  MockHandler,
  MockPlatformOptions,
  MockRequest,
  MockResponse,
  TransportFault,
} from './platform/types.js';
export { createWorld, employerOf, lookupOf, MOCK_OFFICER_ID } from './world/index.js';
export { defaultProviders } from './providers/index.js';
export type { Persona, World } from './world/types.js';
export type { PersonDescription } from './world/custom-people.js';
export type { PersonaTag, WorldTag } from './world/tags.js';
export type { LinkedPersonas, WorldRelation } from './world/linked.js';
export type {
  LandCertificateRecord,
  LandHolderRecord,
  LandParcelRecord,
  LandUseRecord,
  EnterpriseRecord,
  HouseholdBusinessRecord,
  PersonaEnterprise,
} from './world/index.js';
export type { ProviderBinding } from './providers/types.js';
export {
  useMockPlatform,
  type TestHooks,
  type UseMockPlatformOptions,
} from './platform/use-mock-platform.js';
