import type { Dispatcher } from 'undici';
import { AuthError, RateLimitError, UpstreamError } from '../errors/onceonly-error.js';
import { boundedRequest } from '../signature/bounded-request.js';
import { parseRetryAfter } from '../transport/retry-after.js';
import type { GrantedToken } from './token-provider.js';

/** One client credentials request, already authenticated by the caller's method. */
export interface TokenRequest {
  url: URL;
  /** Form fields: `grant_type`, `scope`, client assertion fields. */
  form: URLSearchParams;
  /** Extra headers, e.g. `authorization` for `client_secret_basic`. */
  headers?: Record<string, string>;
  timeouts?: { headersMs?: number | undefined; bodyMs?: number | undefined };
  /** Aborts the request and releases its socket (every caller gave up, or the gateway closed). */
  signal?: AbortSignal;
}

const MAX_TOKEN_RESPONSE = 64 * 1024;
/** When the server does not say (RFC 6749 makes `expires_in` only recommended). */
const DEFAULT_LIFETIME_MS = 5 * 60_000;
// Visible ASCII only: the token goes into a header, so CR/LF or spaces would be header injection.
const TOKEN_CHARS = /^[\x21-\x7E]+$/;
// RFC 6749 §5.2, RFC 8707, RFC 9449 and RFC 6750 error codes: only these are echoed, any other is `unknown`.
const OAUTH_ERROR_CODES = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'invalid_target',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'invalid_dpop_proof',
  'use_dpop_nonce',
  'invalid_token',
  'insufficient_scope',
]);

/**
 * POSTs a client credentials grant (`application/x-www-form-urlencoded`) to the token endpoint through
 * the dispatcher and validates `{ access_token, token_type: "Bearer", expires_in }`.
 * Errors: `AuthError` `TOKEN_REQUEST_FAILED` (400/401/403: the credentials were refused; the message
 * names the OAuth `error` code), `AuthError` `TOKEN_RESPONSE_INVALID` (not JSON, wrong shape, over
 * 64 KiB), `RateLimitError` (429), `UpstreamError` (5xx, retryable), `NetworkError` / `TimeoutError`.
 * Nothing sent (secret, assertion) nor received (token) ever reaches a message or a cause.
 */
export async function requestToken(dispatcher: Dispatcher, request: TokenRequest): Promise<GrantedToken> {
  const response = await boundedRequest(dispatcher, {
    url: request.url,
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      ...request.headers,
    },
    body: request.form.toString(),
    maxBytes: MAX_TOKEN_RESPONSE,
    tooLarge: () => invalidResponse('the answer is larger than 64 KiB'),
    peer: 'the token endpoint',
    ...(request.timeouts?.headersMs === undefined ? {} : { headersMs: request.timeouts.headersMs }),
    ...(request.timeouts?.bodyMs === undefined ? {} : { bodyMs: request.timeouts.bodyMs }),
    ...(request.signal ? { signal: request.signal } : {}),
  });
  const { status } = response;
  if (status >= 200 && status < 300) return parseGrant(response.body);
  if (status === 429) {
    throw new RateLimitError({
      status,
      message: 'The token endpoint asks to slow down (HTTP 429): try again later.',
      retryAfterMs: parseRetryAfter(response.headers['retry-after'], Date.now()),
    });
  }
  if (status >= 500) {
    throw new UpstreamError({
      code: 'TOKEN_ENDPOINT_FAILED',
      retryable: true,
      status,
      message: `The token endpoint failed (HTTP ${status}): try again later.`,
    });
  }
  const oauthError = oauthErrorCode(response.body);
  throw new AuthError({
    code: 'TOKEN_REQUEST_FAILED',
    status,
    upstreamCode: oauthError,
    message: `The token endpoint refused the request (HTTP ${status}${oauthError ? `, ${oauthError}` : ''}): ${advice(oauthError, status)}`,
  });
}

function parseGrant(body: Buffer): GrantedToken {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw invalidResponse('the answer is not JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw invalidResponse('the answer is not a JSON object');
  const {
    access_token: accessToken,
    token_type: tokenType,
    expires_in: expiresIn,
  } = json as Record<string, unknown>;
  if (typeof accessToken !== 'string' || !TOKEN_CHARS.test(accessToken)) {
    throw invalidResponse('access_token is missing or not a usable token');
  }
  if (typeof tokenType !== 'string' || tokenType.toLowerCase() !== 'bearer') {
    throw invalidResponse('token_type is not Bearer');
  }
  if (expiresIn === undefined) return { accessToken, expiresInMs: DEFAULT_LIFETIME_MS };
  const seconds = typeof expiresIn === 'string' && /^\d+$/.test(expiresIn) ? Number(expiresIn) : expiresIn;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    throw invalidResponse('expires_in is not a positive number of seconds');
  }
  return { accessToken, expiresInMs: seconds * 1000 };
}

function invalidResponse(reason: string): AuthError {
  return new AuthError({
    code: 'TOKEN_RESPONSE_INVALID',
    message: `The token endpoint answered something that is not a token (${reason}): check tokenUrl points at an OAuth 2.0 token endpoint.`,
  });
}

/** The RFC 6749 `error` code of a refusal when it is a known one, else `unknown` (never `error_description`: free text). */
function oauthErrorCode(body: Buffer): string | undefined {
  try {
    const error = (JSON.parse(body.toString('utf8')) as { error?: unknown } | null)?.error;
    if (error === undefined || error === null) return undefined;
    return typeof error === 'string' && OAUTH_ERROR_CODES.has(error) ? error : 'unknown';
  } catch {
    return undefined;
  }
}

function advice(oauthError: string | undefined, status: number): string {
  switch (oauthError) {
    case 'invalid_client':
      return 'check the client id and the key or secret registered with the platform.';
    case 'unauthorized_client':
      return 'this client is not allowed the client_credentials grant; ask the platform operator.';
    case 'invalid_scope':
      return 'check the scope option against what the platform grants this client.';
    case 'invalid_grant':
      return 'the client assertion was refused; check its audience, the clock and the key id.';
    default:
      return status === 404 ? 'check tokenUrl.' : 'check the auth options against what the platform expects.';
  }
}
