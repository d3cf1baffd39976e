/** The identity provider's paths, lifetimes and limits, and what an authorization code grants. */
import type { AuthorizationRequest } from './idp-authorization-request.js';

/** Paths of the identity provider's login and consent flow (OIDC authorization code flow). */
export const IDP_PATHS = {
  authorize: '/idp/authorize',
  consent: '/idp/consent',
  decision: '/idp/decision',
  token: '/idp/token',
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
