/**
 * Client authentication at a token endpoint (RFC 6749 §2.3, RFC 7523): `client_secret_basic`,
 * `client_secret_post` where allowed, and `private_key_jwt`. Shared by the platform's token endpoint
 * (`POST /oauth2/token`) and the identity provider's (`POST /idp/token`, `POST /idp/revoke`).
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { decodeJwt, errors as joseErrors, jwtVerify } from 'jose';
import type { Registry } from './registry.js';
import { jsonResponse } from './responses.js';
import type { MockRequest, MockResponse } from './types.js';

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const ASYMMETRIC = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];

export type OAuthError =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'unsupported_token_type';

export function oauthError(
  status: 400 | 401,
  error: OAuthError,
  description: string,
  basic = false,
): MockResponse {
  const headers: Record<string, string> = { 'cache-control': 'no-store', pragma: 'no-cache' };
  if (basic) headers['www-authenticate'] = 'Basic realm="onceonly-mock"';
  return jsonResponse(status, { error, error_description: description }, headers);
}

// Compare digests of equal length, so neither the length nor the content leaks through timing.
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function formDecode(value: string): string {
  return decodeURIComponent(value.replaceAll('+', ' '));
}

export interface ClientAuthRules {
  registry: Registry;
  now: () => number;
  /** `aud` values a client assertion may carry (the token endpoint URL; the issuer for the IdP). */
  audiences: readonly string[];
  /** Assertion ids already used, per client (replay protection), with their expiry. */
  usedJti: Map<string, number>;
  /** Accept `client_secret_post` (secret in the form). The platform's token endpoint does not. */
  allowPost?: boolean;
}

export type ClientAuthResult = { client: string } | { error: MockResponse };

/** Authenticates the client of a token request by exactly one method; an OAuth error answer otherwise. */
export async function authenticateClient(
  request: MockRequest,
  form: URLSearchParams,
  rules: ClientAuthRules,
): Promise<ClientAuthResult> {
  const authorization = request.headers.authorization;
  const assertion = form.get('client_assertion');
  const postSecret = rules.allowPost ? form.get('client_secret') : null;
  const methods = [authorization, assertion, postSecret].filter((m) => m !== undefined && m !== null);
  if (methods.length > 1) {
    return { error: oauthError(400, 'invalid_request', 'Use one client authentication method, not two.') };
  }
  if (authorization) return basic(authorization, form.get('client_id'), rules.registry);
  if (assertion) return privateKeyJwt(assertion, form, rules);
  if (postSecret !== null) return post(form.get('client_id'), postSecret, rules.registry);
  const methodsText = rules.allowPost
    ? 'client_secret_basic, client_secret_post or private_key_jwt'
    : 'client_secret_basic or private_key_jwt';
  return { error: oauthError(401, 'invalid_client', `No client authentication: use ${methodsText}.`) };
}

function checkSecret(registry: Registry, id: string, secret: string): ClientAuthResult {
  const client = registry.client(id);
  // Compare even for an unknown client, so timing does not tell which client ids exist.
  const ok = sameSecret(secret, client?.secret ?? '\u0000never') && client?.secret !== undefined;
  if (!client || !ok)
    return { error: oauthError(401, 'invalid_client', 'Client authentication failed.', true) };
  return { client: id };
}

function basic(authorization: string, clientIdParam: string | null, registry: Registry): ClientAuthResult {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 0) return { error: oauthError(401, 'invalid_client', 'Malformed Basic credentials.', true) };
  let id: string;
  let secret: string;
  try {
    id = formDecode(decoded.slice(0, colon));
    secret = formDecode(decoded.slice(colon + 1));
  } catch {
    return { error: oauthError(401, 'invalid_client', 'Malformed Basic credentials.', true) };
  }
  if (clientIdParam !== null && clientIdParam !== id) {
    return { error: oauthError(400, 'invalid_request', 'client_id does not match the Basic credentials.') };
  }
  return checkSecret(registry, id, secret);
}

function post(id: string | null, secret: string, registry: Registry): ClientAuthResult {
  if (!id) return { error: oauthError(400, 'invalid_request', 'client_secret_post needs client_id.') };
  return checkSecret(registry, id, secret);
}

async function privateKeyJwt(
  assertion: string,
  form: URLSearchParams,
  rules: ClientAuthRules,
): Promise<ClientAuthResult> {
  if (form.get('client_assertion_type') !== ASSERTION_TYPE) {
    return {
      error: oauthError(400, 'invalid_request', `client_assertion_type must be ${ASSERTION_TYPE}.`),
    };
  }
  let issuer: unknown;
  try {
    issuer = decodeJwt(assertion).iss;
  } catch {
    return { error: oauthError(400, 'invalid_request', 'client_assertion is not a JWT.') };
  }
  const id = form.get('client_id') ?? (typeof issuer === 'string' ? issuer : undefined);
  const client = id === undefined ? undefined : rules.registry.client(id);
  if (!id || !client?.publicKey) {
    return {
      error: oauthError(401, 'invalid_client', 'Unknown client, or no key registered for private_key_jwt.'),
    };
  }
  let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
  try {
    ({ payload } = await jwtVerify(assertion, client.publicKey, {
      issuer: id,
      subject: id,
      audience: [...rules.audiences],
      algorithms: ASYMMETRIC,
      currentDate: new Date(rules.now()),
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'jti'],
    }));
  } catch (error) {
    const why =
      error instanceof joseErrors.JWTExpired
        ? 'the assertion has expired'
        : error instanceof joseErrors.JWTClaimValidationFailed
          ? `its "${error.claim}" claim is not acceptable (aud must be one of ${rules.audiences.join(', ')})`
          : 'its signature does not verify with the registered key';
    return { error: oauthError(401, 'invalid_client', `Client assertion refused: ${why}.`) };
  }
  const nowMs = rules.now();
  for (const [key, exp] of rules.usedJti) if (exp * 1000 < nowMs) rules.usedJti.delete(key);
  const replayKey = `${id}\u0000${String(payload.jti)}`;
  if (rules.usedJti.has(replayKey)) {
    return {
      error: oauthError(401, 'invalid_client', 'Client assertion refused: its jti was already used.'),
    };
  }
  rules.usedJti.set(replayKey, payload.exp ?? 0);
  return { client: id };
}
