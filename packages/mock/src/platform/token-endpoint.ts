import { randomBytes } from 'node:crypto';
import { authenticateClient, oauthError } from './client-auth.js';
import type { Registry } from './registry.js';
import { jsonResponse } from './responses.js';
import type { MockRequest, MockResponse } from './types.js';

/** Path of the OAuth 2.0 token endpoint. */
export const TOKEN_PATH = '/oauth2/token';
/** Lifetime of the access tokens, in seconds. */
export const TOKEN_TTL_SEC = 300;

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
    const result = await authenticateClient(request, form, {
      registry: this.#registry,
      now: this.#now,
      audiences: [`${request.origin}${TOKEN_PATH}`],
      usedJti: this.#usedJti,
    });
    if ('error' in result) return result.error;
    const client = result.client;
    const accessToken = `mock_at_${randomBytes(24).toString('base64url')}`;
    this.#tokens.set(accessToken, { client, expiresAt: this.#now() + TOKEN_TTL_SEC * 1000 });
    return jsonResponse(
      200,
      { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_TTL_SEC },
      { 'cache-control': 'no-store', pragma: 'no-cache' },
    );
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
