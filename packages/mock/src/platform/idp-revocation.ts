/**
 * Consent revocation. `POST /idp/revoke` (RFC 7009, client authenticated): the portal revokes a consent
 * token it holds (a citizen withdrawing consent). `GET /idp/revocations`: the list of revoked token ids
 * (`jti`), which relying parties poll to refuse a revoked consent before any call. The list names no
 * citizen: a `jti` is random.
 * @module
 */
import { decodeJwt } from 'jose';
import { authenticateClient, oauthError } from './client-auth.js';
import type { IdentityProvider } from './identity-provider.js';
import { isForm } from './idp-http.js';
import { IDP_PATHS } from './idp-settings.js';
import type { Registry } from './registry.js';
import { jsonResponse } from './responses.js';
import type { MockRequest, MockResponse } from './types.js';

export interface RevocationDeps {
  registry: Registry;
  idp: IdentityProvider;
  usedJti: Map<string, number>;
  now: () => number;
}

export async function revokeToken(request: MockRequest, deps: RevocationDeps): Promise<MockResponse> {
  if (!isForm(request)) {
    return oauthError(
      400,
      'invalid_request',
      'The revocation request must be application/x-www-form-urlencoded.',
    );
  }
  const form = new URLSearchParams(new TextDecoder().decode(request.body));
  const issuer = deps.idp.issuerAt(request.origin);
  const auth = await authenticateClient(request, form, {
    registry: deps.registry,
    now: deps.now,
    audiences: [issuer, `${request.origin}${IDP_PATHS.revoke}`, `${request.origin}${IDP_PATHS.token}`],
    usedJti: deps.usedJti,
    allowPost: true,
  });
  if ('error' in auth) return auth.error;
  const token = form.get('token');
  if (!token) return oauthError(400, 'invalid_request', 'token is missing.');
  const hint = form.get('token_type_hint');
  if (hint !== null && hint !== 'consent_token') {
    return oauthError(
      400,
      'unsupported_token_type',
      'Only consent tokens (token_type_hint=consent_token) are revoked here.',
    );
  }
  // RFC 7009 §2.2: an unknown or foreign token is answered 200 as well, so nothing is learnt from it.
  let claims: ReturnType<typeof decodeJwt> | undefined;
  try {
    claims = decodeJwt(token);
  } catch {
    claims = undefined;
  }
  const audience = Array.isArray(claims?.aud) ? claims.aud : [claims?.aud];
  if (claims && typeof claims.jti === 'string' && audience.includes(auth.client)) {
    if (await deps.idp.isOwnToken(token)) deps.idp.revoke(claims.jti);
  }
  return { status: 200, headers: { 'cache-control': 'no-store' }, body: new Uint8Array() };
}

/** `GET /idp/revocations`: `{ issuer, revoked: [jti, ...] }`, never cached. */
export function revocationList(request: MockRequest, idp: IdentityProvider): MockResponse {
  return jsonResponse(
    200,
    { issuer: idp.issuerAt(request.origin), revoked: idp.revoked() },
    { 'cache-control': 'no-store' },
  );
}
