/**
 * `POST /idp/token`: an authorization code, once, for the consent token, an access token for
 * `GET /idp/userinfo` and (standard OIDC) an ID token (RFC 6749 §4.1.3). The client authenticates
 * (`client_secret_basic`, `client_secret_post` or `private_key_jwt`) and proves PKCE (RFC 7636). A
 * replayed code revokes the consent it gave. In the encrypted-answers mode the answer is `{ data, key }`
 * and carries no ID token.
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { decodeJwt } from 'jose';
import { authenticateClient, oauthError } from './client-auth.js';
import type { IdentityProvider } from './identity-provider.js';
import { isProblem, single } from './idp-authorization-request.js';
import { encryptAnswer } from './idp-encryption.js';
import { isForm } from './idp-http.js';
import {
  type CodeGrant,
  IDP_PATHS,
  IDP_TOKEN_TTL_SEC,
  type IdentityProviderOptions,
  type UserinfoGrant,
} from './idp-settings.js';
import type { Registry } from './registry.js';
import { jsonResponse } from './responses.js';
import { signJwt } from './signing.js';
import type { MockRequest, MockResponse } from './types.js';

export interface TokenDeps {
  registry: Registry;
  codes: Map<string, CodeGrant>;
  accessTokens: Map<string, UserinfoGrant>;
  usedJti: Map<string, number>;
  idp: IdentityProvider;
  options: IdentityProviderOptions;
  now: () => number;
}

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

/** RFC 7636 §4.6: BASE64URL(SHA-256(verifier)) equals the challenge, compared in constant time. */
function pkceHolds(verifier: string, challenge: string): boolean {
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

export async function exchangeCode(request: MockRequest, deps: TokenDeps): Promise<MockResponse> {
  if (!isForm(request)) {
    return oauthError(400, 'invalid_request', 'The token request must be application/x-www-form-urlencoded.');
  }
  const form = new URLSearchParams(new TextDecoder().decode(request.body));
  const values: Record<string, string> = {};
  for (const name of ['grant_type', 'code', 'redirect_uri', 'code_verifier']) {
    const value = single(form, name);
    if (isProblem(value)) return oauthError(400, 'invalid_request', `${name} is repeated.`);
    if (!value) return oauthError(400, 'invalid_request', `${name} is missing.`);
    values[name] = value;
  }
  if (values.grant_type !== 'authorization_code') {
    return oauthError(400, 'unsupported_grant_type', 'Only grant_type=authorization_code is supported.');
  }
  const issuer = deps.idp.issuerAt(request.origin);
  const auth = await authenticateClient(request, form, {
    registry: deps.registry,
    now: deps.now,
    audiences: [issuer, `${request.origin}${IDP_PATHS.token}`],
    usedJti: deps.usedJti,
    allowPost: true,
  });
  if ('error' in auth) return auth.error;
  const client = deps.registry.client(auth.client)!;

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
  if (!VERIFIER.test(values.code_verifier!) || !pkceHolds(values.code_verifier!, grant.codeChallenge)) {
    return oauthError(400, 'invalid_grant', 'code_verifier does not match the code_challenge (PKCE).');
  }

  grant.used = true;
  const categories = grant.scopes.filter((s) => s !== 'openid');
  const consentToken = deps.idp.issue(grant.personalId, categories, grant.purpose, {
    client: client.id,
    ttlSec: IDP_TOKEN_TTL_SEC,
    issuer,
  });
  const { jti } = decodeJwt(consentToken);
  if (typeof jti === 'string') grant.consentJti = jti;
  const accessToken = `mock_idp_at_${randomBytes(24).toString('base64url')}`;
  deps.accessTokens.set(accessToken, {
    client: client.id,
    personalId: grant.personalId,
    expiresAt: deps.now() + IDP_TOKEN_TTL_SEC * 1000,
  });
  const answer: Record<string, unknown> = {
    access_token: accessToken,
    consent_token: consentToken,
    token_type: 'Bearer',
    expires_in: IDP_TOKEN_TTL_SEC,
    scope: grant.scopes.join(' '),
  };
  const headers = { 'cache-control': 'no-store', pragma: 'no-cache' };
  const encryptTo = deps.options.encryptedAnswers?.publicJwk;
  // The direct VNeID integration issues no ID token, so it has no nonce to echo.
  if (encryptTo) return jsonResponse(200, encryptAnswer(encryptTo, answer), headers);
  const iat = Math.floor(deps.now() / 1000);
  answer.id_token = signJwt(deps.idp.key, {
    iss: issuer,
    sub: grant.personalId,
    aud: client.id,
    iat,
    exp: iat + IDP_TOKEN_TTL_SEC,
    auth_time: grant.authTime,
    ...(grant.nonce !== undefined ? { nonce: grant.nonce } : {}),
  });
  return jsonResponse(200, answer, headers);
}
