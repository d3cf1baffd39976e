/** Options of `createRelyingParty`, and their checks (a wrong option fails at creation, naming itself). */
import { InputError } from '@onceonly/core';
import type { IdentityProfile } from './profiles.js';

/** How the portal authenticates at the identity provider's token endpoint. */
export type ClientAuth =
  | { method: 'client_secret_basic'; clientSecret: string }
  | { method: 'client_secret_post'; clientSecret: string }
  /** RFC 7523: an assertion signed with this private JWK (ES256, RS256, PS256 or EdDSA; `kid` kept). */
  | { method: 'private_key_jwt'; privateJwk: Record<string, unknown> };

export interface RelyingPartyOptions {
  /**
   * The identity provider's issuer; its discovery document is `{issuer}/.well-known/openid-configuration`
   * and its `issuer` must be exactly this. `https:`, or `http:` on a loopback host (a local mock).
   * @example 'https://sso.dichvucong.gov.vn' or `${mock.url}/idp`
   */
  issuer: string;
  /** The portal's client id at the identity provider (at the mock: its X-Road client id). */
  clientId: string;
  /** The portal's callback route, registered with the identity provider. */
  redirectUri: string;
  clientAuth: ClientAuth;
  /** `oidcProfile()` (default) or `vneidDirectProfile({ decryptionKey })`. */
  profile: IdentityProfile;
  /** Allowed clock skew for the ID token, in seconds. Default 30. */
  clockToleranceSec?: number;
  /** Pin the provider's signing keys instead of fetching `jwks_uri` (key rotation then needs a deploy). */
  keys?: { keys: Array<Record<string, unknown>> };
  /** The `fetch` used for every request. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function invalid(field: string, message: string): InputError {
  return new InputError({ code: 'INVALID_CONFIG', message, fields: [field] });
}

/** Checks the options; returns whether plain http is allowed (a loopback issuer). */
export function checkOptions(options: RelyingPartyOptions): { insecure: boolean } {
  if (typeof options !== 'object' || options === null) {
    throw invalid(
      'options',
      'createRelyingParty needs { issuer, clientId, redirectUri, clientAuth, profile }.',
    );
  }
  const issuer = URL.canParse(options.issuer) ? new URL(options.issuer) : undefined;
  if (
    !issuer ||
    (issuer.protocol !== 'https:' && issuer.protocol !== 'http:') ||
    issuer.search ||
    issuer.hash
  ) {
    throw invalid('issuer', 'issuer must be an absolute https URL without query or fragment.');
  }
  const insecure = issuer.protocol === 'http:';
  if (insecure && !LOOPBACK.has(issuer.hostname)) {
    throw invalid(
      'issuer',
      'issuer must use https (plain http is accepted on a loopback host only, for a local mock).',
    );
  }
  if (typeof options.clientId !== 'string' || options.clientId === '') {
    throw invalid('clientId', 'clientId must be the client id registered at the identity provider.');
  }
  const redirect = URL.canParse(options.redirectUri) ? new URL(options.redirectUri) : undefined;
  if (!redirect || redirect.hash || (redirect.protocol !== 'https:' && redirect.protocol !== 'http:')) {
    throw invalid('redirectUri', 'redirectUri must be an absolute http(s) URL without a fragment.');
  }
  const auth = options.clientAuth;
  const method = (auth as { method?: unknown } | undefined)?.method;
  if (method === 'client_secret_basic' || method === 'client_secret_post') {
    const secret = (auth as { clientSecret?: unknown }).clientSecret;
    if (typeof secret !== 'string' || secret === '') {
      throw invalid('clientAuth.clientSecret', `clientAuth.clientSecret is required for ${method}.`);
    }
  } else if (method === 'private_key_jwt') {
    const jwk = (auth as { privateJwk?: unknown }).privateJwk;
    if (typeof jwk !== 'object' || jwk === null || !('d' in jwk)) {
      throw invalid('clientAuth.privateJwk', 'clientAuth.privateJwk must be a private JWK (with "d").');
    }
  } else {
    throw invalid(
      'clientAuth.method',
      'clientAuth.method must be client_secret_basic, client_secret_post or private_key_jwt.',
    );
  }
  if (!options.profile || (options.profile.name !== 'oidc' && options.profile.name !== 'vneid-direct')) {
    throw invalid('profile', 'profile must be oidcProfile() or vneidDirectProfile({ decryptionKey }).');
  }
  const tolerance = options.clockToleranceSec ?? 30;
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw invalid('clockToleranceSec', 'clockToleranceSec must be a number of seconds, 0 or more.');
  }
  return { insecure };
}
