// The public surface of @onceonly/identity: only what is listed here.
export {
  createRelyingParty,
  type AuthorizationUrlOptions,
  type ConsentExpectation,
  type RelyingParty,
  type SignInResult,
  type SignInTransaction,
} from './relying-party.js';
export type { ClientAuth, RelyingPartyOptions } from './options.js';
export {
  oidcProfile,
  vneidDirectProfile,
  type IdentityProfile,
  type ProfileOptions,
  type VneidDirectOptions,
} from './profiles.js';
export type { ClaimNames } from './map-claims.js';
export type { AssuranceLevel, SignedInCitizen } from './citizen.js';
export type { DecryptionKey } from './decrypt-answer.js';
export { verifyConsent, type VerifyConsentOptions } from './verify-consent.js';
export { revocationList, type RevocationCheck, type RevocationListOptions } from './revocation-list.js';
export { SignInError } from './errors.js';
// The other refusals are core's classes, re-exported so a portal catches them from one import.
export { InputError, PolicyError, ResponseError, UpstreamError, type ConsentClaims } from '@onceonly/core';
