/** The identity provider's paths, lifetimes and limits, and what an authorization code grants. */
import type { AuthorizationRequest } from './idp-authorization-request.js';
import type { Jwk } from './types.js';

/** Paths of the identity provider's login and consent flow (OIDC authorization code flow). */
export const IDP_PATHS = {
  authorize: '/idp/authorize',
  consent: '/idp/consent',
  decision: '/idp/decision',
  token: '/idp/token',
  userinfo: '/idp/userinfo',
  revoke: '/idp/revoke',
  revocations: '/idp/revocations',
  configuration: '/idp/.well-known/openid-configuration',
  jwks: '/idp/jwks.json',
} as const;

/** Lifetime of an authorization code, in seconds: single use, bound to the client and the redirect URI. */
export const AUTHORIZATION_CODE_TTL_SEC = 60;
/** Lifetime of the consent token and of the ID token issued at `POST /idp/token`, in seconds. */
export const IDP_TOKEN_TTL_SEC = 600;
/** How long the citizen has between the persona picker and the decision, in seconds. */
export const PENDING_TTL_SEC = 600;
/** The most personas the picker shows at once. */
export const PICKER_LIMIT = 50;

export interface CodeGrant extends AuthorizationRequest {
  personalId: string;
  authTime: number;
  expiresAt: number;
  used: boolean;
  /** `jti` of the consent token issued with this code, revoked if the code is replayed. */
  consentJti?: string;
}

/** What an access token of `POST /idp/token` lets its holder read at `GET /idp/userinfo`. */
export interface UserinfoGrant {
  client: string;
  personalId: string;
  expiresAt: number;
}

/** Assurance level of a citizen's account (VNeID level 1: registered online; level 2: verified in person). */
export type AssuranceLevel = 1 | 2;

/** Options of the mock identity provider (`identityProvider` of `createMockPlatform`). */
export interface IdentityProviderOptions {
  /**
   * `iss` of every token and of the discovery document. Default: the origin the platform is served at,
   * plus `/idp` (`http://127.0.0.1:PORT/idp` after `listen()`), so discovery over loopback is consistent.
   */
  issuer?: string;
  /**
   * The direct VNeID integration: token and userinfo answers are encrypted as `{ data, key }` to this
   * RSA public key (the relying party's), no ID token is issued and no nonce is echoed; userinfo speaks
   * `citizenPid`, `fullName`, `birthDate`, `accountType`, `accountLevel`. Default: off (standard OIDC,
   * the VNeID SSO through Keycloak).
   * @example { encryptedAnswers: { publicJwk: rsaPublicJwk } }
   */
  encryptedAnswers?: { publicJwk: Jwk };
  /** Assurance level per personal id, over the default (level 2 for adults, level 1 for minors). */
  assurance?: Record<string, AssuranceLevel>;
}
