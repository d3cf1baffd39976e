/**
 * `POST /idp/token`: an authorization code, once, for the ID token and the consent token (RFC 6749
 * §4.1.3). A replayed code revokes the consent it gave.
 * @module
 */
import { decodeJwt } from 'jose';
import { type IdentityProvider, MOCK_IDP_ISSUER } from './identity-provider.js';
import { isProblem, single } from './idp-authorization-request.js';
import { isForm, oauthError } from './idp-http.js';
import { type CodeGrant, IDP_TOKEN_TTL_SEC } from './idp-settings.js';
import type { Registry } from './registry.js';
import { jsonResponse } from './responses.js';
import { signJwt } from './signing.js';
import type { MockRequest, MockResponse } from './types.js';

export interface TokenDeps {
  registry: Registry;
  codes: Map<string, CodeGrant>;
  idp: IdentityProvider;
  now: () => number;
}

export function exchangeCode(request: MockRequest, deps: TokenDeps): MockResponse {
  if (!isForm(request)) {
    return oauthError(400, 'invalid_request', 'The token request must be application/x-www-form-urlencoded.');
  }
  const form = new URLSearchParams(new TextDecoder().decode(request.body));
  const values: Record<string, string> = {};
  for (const name of ['grant_type', 'code', 'redirect_uri', 'client_id']) {
    const value = single(form, name);
    if (isProblem(value)) return oauthError(400, 'invalid_request', `${name} is repeated.`);
    if (!value) return oauthError(400, 'invalid_request', `${name} is missing.`);
    values[name] = value;
  }
  if (values.grant_type !== 'authorization_code') {
    return oauthError(400, 'unsupported_grant_type', 'Only grant_type=authorization_code is supported.');
  }
  const client = deps.registry.client(values.client_id!);
  if (!client) return oauthError(401, 'invalid_client', 'client_id is not a registered client.');

  const grant = deps.codes.get(values.code!);
  if (!grant) return oauthError(400, 'invalid_grant', 'The authorization code is unknown.');
  if (grant.used) {
    // RFC 6749 §4.1.2: a replayed code revokes what it gave.
    if (grant.consentJti) deps.idp.revoke(grant.consentJti);
    return oauthError(
      400,
      'invalid_grant',
      'The authorization code was already used; the consent it gave is revoked.',
    );
  }
  if (grant.expiresAt <= deps.now()) {
    return oauthError(400, 'invalid_grant', 'The authorization code has expired.');
  }
  if (grant.client.id !== client.id) {
    return oauthError(400, 'invalid_grant', 'The authorization code was issued to another client.');
  }
  if (grant.redirectUri !== values.redirect_uri) {
    return oauthError(
      400,
      'invalid_grant',
      'redirect_uri does not match the one of the authorization request.',
    );
  }

  grant.used = true;
  const categories = grant.scopes.filter((s) => s !== 'openid');
  const consentToken = deps.idp.issue(grant.personalId, categories, grant.purpose, {
    client: client.id,
    ttlSec: IDP_TOKEN_TTL_SEC,
  });
  const { jti } = decodeJwt(consentToken);
  if (typeof jti === 'string') grant.consentJti = jti;
  const iat = Math.floor(deps.now() / 1000);
  const idToken = signJwt(deps.idp.key, {
    iss: MOCK_IDP_ISSUER,
    sub: grant.personalId,
    aud: client.id,
    iat,
    exp: iat + IDP_TOKEN_TTL_SEC,
    auth_time: grant.authTime,
    ...(grant.nonce !== undefined ? { nonce: grant.nonce } : {}),
  });
  return jsonResponse(
    200,
    {
      id_token: idToken,
      consent_token: consentToken,
      token_type: 'Bearer',
      expires_in: IDP_TOKEN_TTL_SEC,
      scope: grant.scopes.join(' '),
    },
    { 'cache-control': 'no-store', pragma: 'no-cache' },
  );
}
