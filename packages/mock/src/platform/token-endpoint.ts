import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { decodeJwt, errors as joseErrors, jwtVerify } from 'jose';
import type { Registry } from './registry.js';
import { jsonResponse } from './responses.js';
import type { MockRequest, MockResponse } from './types.js';

/** Path of the OAuth 2.0 token endpoint. */
export const TOKEN_PATH = '/oauth2/token';
/** Lifetime of the access tokens, in seconds. */
export const TOKEN_TTL_SEC = 300;

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const ASYMMETRIC = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];

type OAuthError = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type';

function oauthError(status: 400 | 401, error: OAuthError, description: string, basic = false): MockResponse {
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
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

export type BearerVerdict = { ok: true } | { ok: false; reason: string };

/**
 * `POST /oauth2/token`: OAuth 2.0 client credentials with `client_secret_basic` or `private_key_jwt`
 * (RFC 7523). Tokens are opaque, bound to the client, and live {@link TOKEN_TTL_SEC} seconds.
 */
export class TokenEndpoint {
  readonly #registry: Registry;
  readonly #now: () => number;
  readonly #tokens = new Map<string, { client: string; expiresAt: number }>();
  readonly #usedJti = new Map<string, number>();

  constructor(registry: Registry, now: () => number) {
    this.#registry = registry;
    this.#now = now;
  }

  /** Answers a token request. */
  async handle(request: MockRequest): Promise<MockResponse> {
    const contentType = request.headers['content-type'] ?? '';
    if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return oauthError(
        400,
        'invalid_request',
        'The token request must be application/x-www-form-urlencoded.',
      );
    }
    const form = new URLSearchParams(new TextDecoder().decode(request.body));
    const grantType = form.get('grant_type');
    if (!grantType) return oauthError(400, 'invalid_request', 'grant_type is missing.');
    if (grantType !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
    }
    const authorization = request.headers.authorization;
    const assertion = form.get('client_assertion');
    if (authorization && assertion) {
      return oauthError(400, 'invalid_request', 'Use one client authentication method, not two.');
    }
    let client: string | undefined;
    if (authorization) {
      const result = this.#basic(authorization, form.get('client_id'));
      if ('error' in result) return result.error;
      client = result.client;
    } else if (assertion) {
      const result = await this.#privateKeyJwt(request.origin, assertion, form);
      if ('error' in result) return result.error;
      client = result.client;
    } else {
      return oauthError(
        401,
        'invalid_client',
        'No client authentication: use client_secret_basic or private_key_jwt.',
      );
    }
    const accessToken = `mock_at_${randomBytes(24).toString('base64url')}`;
    this.#tokens.set(accessToken, { client, expiresAt: this.#now() + TOKEN_TTL_SEC * 1000 });
    return jsonResponse(
      200,
      { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_TTL_SEC },
      { 'cache-control': 'no-store', pragma: 'no-cache' },
    );
  }

  #basic(authorization: string, clientIdParam: string | null): { client: string } | { error: MockResponse } {
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
    const client = this.#registry.client(id);
    // Compare even for an unknown client, so timing does not tell which client ids exist.
    const ok = sameSecret(secret, client?.secret ?? '\u0000never') && client?.secret !== undefined;
    if (!client || !ok)
      return { error: oauthError(401, 'invalid_client', 'Client authentication failed.', true) };
    return { client: id };
  }

  async #privateKeyJwt(
    origin: string,
    assertion: string,
    form: URLSearchParams,
  ): Promise<{ client: string } | { error: MockResponse }> {
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
    const client = id === undefined ? undefined : this.#registry.client(id);
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
        audience: `${origin}${TOKEN_PATH}`,
        algorithms: ASYMMETRIC,
        currentDate: new Date(this.#now()),
        requiredClaims: ['iss', 'sub', 'aud', 'exp', 'jti'],
      }));
    } catch (error) {
      const why =
        error instanceof joseErrors.JWTExpired
          ? 'the assertion has expired'
          : error instanceof joseErrors.JWTClaimValidationFailed
            ? `its "${error.claim}" claim is not acceptable (aud must be ${origin}${TOKEN_PATH})`
            : 'its signature does not verify with the registered key';
      return { error: oauthError(401, 'invalid_client', `Client assertion refused: ${why}.`) };
    }
    const nowMs = this.#now();
    for (const [key, exp] of this.#usedJti) if (exp * 1000 < nowMs) this.#usedJti.delete(key);
    const replayKey = `${id}\u0000${String(payload.jti)}`;
    if (this.#usedJti.has(replayKey)) {
      return {
        error: oauthError(401, 'invalid_client', 'Client assertion refused: its jti was already used.'),
      };
    }
    this.#usedJti.set(replayKey, payload.exp ?? 0);
    return { client: id };
  }

  /** Checks `Authorization: Bearer …` of a data call made as `client`. */
  checkBearer(authorization: string | undefined, client: string): BearerVerdict {
    const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
    if (!match) return { ok: false, reason: 'A bearer token is required: get one from POST /oauth2/token.' };
    const token = this.#tokens.get(match[1]!);
    if (!token) return { ok: false, reason: 'The access token is unknown or invalid.' };
    if (token.expiresAt <= this.#now()) return { ok: false, reason: 'The access token expired.' };
    if (token.client !== client)
      return { ok: false, reason: 'The access token was issued to another client.' };
    return { ok: true };
  }
}
