import { parseRetryAfter } from '../transport/retry-after.js';
import type { HttpResponse } from '../transport/send.js';
import {
  AuthError,
  InputError,
  NotFoundError,
  type OnceOnlyError,
  PolicyError,
  RateLimitError,
  UpstreamError,
} from './onceonly-error.js';
import { parseXRoadErrorType, UNREADABLE_XROAD_TYPE, type XRoadErrorType } from './xroad-error-type.js';

function parseJson(body: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

// Provider problem codes of the wire contract: only these are echoed; any other becomes `unknown`.
const PROVIDER_CODES = new Set([
  'INVALID_REQUEST',
  'NOT_FOUND',
  'CONSENT_REQUIRED',
  'PURPOSE_NOT_ALLOWED',
  'RATE_LIMITED',
  'UNAVAILABLE',
]);
const providerCode = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : PROVIDER_CODES.has(value as string)
      ? (value as string)
      : 'unknown';

// The security server's `detail` is a UUID reference (spec §4.6): anything else is free text, and a
// reference with a 9-digit run could carry a personal id.
const REFERENCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const safeReference = (value: unknown): string | undefined =>
  typeof value === 'string' && REFERENCE.test(value) && !/\d{9}/.test(value) ? value : undefined;

/** The X-Road type of an answer: the body's `type` or the `X-Road-Error` header, whichever we can read. */
function xroadType(headers: Record<string, string>, body: Record<string, unknown> | undefined) {
  const header = headers['x-road-error'];
  const fromBody = parseXRoadErrorType(body?.type);
  const fromHeader = parseXRoadErrorType(header);
  if (fromBody?.known) return fromBody;
  if (fromHeader?.known) return fromHeader;
  const found = fromBody ?? fromHeader;
  if (found) return found;
  return header !== undefined ? UNREADABLE_XROAD_TYPE : undefined;
}

/**
 * Maps an X-Road security-server error by its type, in either spelling, never by its status: every
 * security-server error is HTTP 500 on a real server, whatever went wrong. Codes:
 * - `XROAD_CLIENT_ERROR` (InputError): a `Client.*` type, the request was malformed;
 * - `ACCESS_DENIED` (AuthError): this client has no access right to the service; never retried;
 * - `UNKNOWN_SERVICE` (UpstreamError): no such service or member in this environment;
 * - `SERVICE_DISABLED` (UpstreamError): the provider disabled the service or gave it no address;
 * - `SECURITY_SERVER_MISCONFIGURED` (UpstreamError): a security server's certificates or
 *   configuration are invalid; an operator must act, retrying cannot help;
 * - `TLS_CLIENT_CERTIFICATE_REFUSED` (AuthError): our security server refused this client's TLS
 *   certificate (`Server.ClientProxy.SslAuthenticationFailed`);
 * - `PROVIDER_UNREACHABLE` (UpstreamError, retryable): the provider's service could not be reached;
 * - `SECURITY_SERVER_ERROR` (UpstreamError, retryable): any other `Server.*` failure;
 * - `XROAD_ERROR` (UpstreamError): an `X-Road-Error` whose type cannot be read (`upstreamCode: 'unknown'`).
 * All but the two retryable ones are `retryable: false`.
 */
export function fromXRoadError(
  type: XRoadErrorType,
  status: number,
  detail: string | undefined,
): OnceOnlyError {
  const common = { status, upstreamCode: type.display };
  const ref = detail ? ` (security server reference ${detail})` : '';
  const shown = `${type.display}${ref}`;
  switch (type.kind) {
    case 'client':
      return new InputError({
        ...common,
        code: 'XROAD_CLIENT_ERROR',
        message: `The security server refused the request as malformed: ${shown}. Check the client id and the request.`,
      });
    case 'access-denied':
      return new AuthError({
        ...common,
        code: 'ACCESS_DENIED',
        retryable: false,
        message: `The security server denied access: ${shown}. Ask the provider to grant this client the access right to the service.`,
      });
    case 'unknown-service':
      return new UpstreamError({
        ...common,
        code: 'UNKNOWN_SERVICE',
        retryable: false,
        message: `The security server does not know the service: ${shown}. Check the provider subsystem and service code for this environment.`,
      });
    case 'service-disabled':
      return new UpstreamError({
        ...common,
        code: 'SERVICE_DISABLED',
        retryable: false,
        message: `The provider has disabled the service or given it no usable address: ${shown}. Ask the provider when it will be served again.`,
      });
    case 'misconfigured':
      return new UpstreamError({
        ...common,
        code: 'SECURITY_SERVER_MISCONFIGURED',
        retryable: false,
        message: `A security server's certificates or configuration are not valid: ${shown}. Report the reference to the platform operator; retrying cannot help.`,
      });
    case 'client-certificate-refused':
      return new AuthError({
        ...common,
        code: 'TLS_CLIENT_CERTIFICATE_REFUSED',
        retryable: false,
        message: `The security server refused this client's TLS certificate: ${shown}. Register tls.cert as this client's information system certificate on the security server (or check that the security server has a valid authentication certificate).`,
      });
    case 'provider-unreachable':
      return new UpstreamError({
        ...common,
        code: 'PROVIDER_UNREACHABLE',
        retryable: true,
        message: `The provider's service could not be reached through the platform: ${shown}. Idempotent calls are retried; if it persists, report the reference.`,
      });
    case 'server':
      return new UpstreamError({
        ...common,
        code: 'SECURITY_SERVER_ERROR',
        retryable: true,
        message: `The data exchange platform failed: ${shown}. Idempotent calls are retried; if it persists, report the reference.`,
      });
    default:
      return new UpstreamError({
        ...common,
        code: 'XROAD_ERROR',
        retryable: false,
        message: `The security server answered with an error type this SDK does not know${ref}. Report the reference to the platform operator.`,
      });
  }
}

/**
 * Maps a non-2xx answer to a typed error: security-server errors by their X-Road type (either spelling,
 * whatever the status), provider errors by their problem+json `code`, anything else by status. Bodies
 * are never copied into messages: only our own vocabulary is (known types and codes, else `unknown`).
 */
export function responseToError(response: HttpResponse, now: number): OnceOnlyError {
  const { status, headers } = response;
  const body = parseJson(response.body);
  const type = xroadType(headers, body);
  if (type) return fromXRoadError(type, status, safeReference(body?.detail));
  const code = providerCode(body?.code);
  const retryAfterMs = parseRetryAfter(headers['retry-after'], now);
  const fromCode = fromProviderCode(code, status, retryAfterMs);
  if (fromCode) return fromCode;
  return fromStatus(status, code, retryAfterMs);
}

/** Whether a value is one of the provider problem codes of the contract (`NOT_FOUND`, ...). */
export function isProviderCode(value: unknown): value is string {
  return typeof value === 'string' && PROVIDER_CODES.has(value);
}

/** A provider problem code of the contract as a typed error; `undefined` for any other code. */
export function fromProviderCode(
  code: string | undefined,
  status: number,
  retryAfterMs: number | undefined,
): OnceOnlyError | undefined {
  const common = { status, upstreamCode: code };
  switch (code) {
    case 'INVALID_REQUEST':
      return new InputError({
        ...common,
        code: 'INVALID_REQUEST',
        message:
          'The provider refused the request as invalid (INVALID_REQUEST). Check the input against the service schema.',
      });
    case 'NOT_FOUND':
      return new NotFoundError({
        ...common,
        message: 'The provider holds no record matching the query (NOT_FOUND).',
      });
    case 'CONSENT_REQUIRED':
      return new PolicyError({
        ...common,
        code: 'CONSENT_REQUIRED',
        message:
          "The provider requires the citizen's consent for this data category (CONSENT_REQUIRED). Obtain a consent token and pass it as ctx.consent.",
      });
    case 'PURPOSE_NOT_ALLOWED':
      return new PolicyError({
        ...common,
        code: 'PURPOSE_NOT_ALLOWED',
        message:
          'The provider does not allow this purpose for the service (PURPOSE_NOT_ALLOWED). Check ctx.purpose.',
      });
    case 'RATE_LIMITED':
      return new RateLimitError({
        ...common,
        retryAfterMs,
        message: 'The provider asks to slow down (RATE_LIMITED); retried after its Retry-After.',
      });
    case 'UNAVAILABLE':
      return new UpstreamError({
        ...common,
        code: 'UNAVAILABLE',
        retryable: true,
        retryAfterMs,
        message: 'The provider is temporarily unavailable (UNAVAILABLE); retried after its Retry-After.',
      });
    default:
      return undefined;
  }
}

/** An error answer that names no type or code, by its status alone. */
export function fromStatus(
  status: number,
  code: string | undefined,
  retryAfterMs: number | undefined,
): OnceOnlyError {
  const common = { status, upstreamCode: code };
  if (status === 401) {
    return new AuthError({
      ...common,
      code: 'UNAUTHORIZED',
      message:
        'The platform refused the credentials (401). Check the auth options; the token is refreshed once automatically.',
    });
  }
  if (status === 403) {
    return new AuthError({
      ...common,
      code: 'FORBIDDEN',
      message: 'The platform refused the call (403). Check the access rights of this client.',
    });
  }
  if (status === 404)
    return new NotFoundError({ ...common, message: 'The provider answered 404: no such record.' });
  if (status === 429)
    return new RateLimitError({
      ...common,
      retryAfterMs,
      message: 'Too many requests (429); retried after Retry-After.',
    });
  if (status >= 500) {
    return new UpstreamError({
      ...common,
      code: status === 503 ? 'UNAVAILABLE' : 'UPSTREAM_ERROR',
      retryable: true,
      retryAfterMs,
      message: `The provider failed with status ${status}; idempotent calls are retried.`,
    });
  }
  if (status >= 400) {
    return new InputError({
      ...common,
      code: 'REQUEST_REFUSED',
      message: `The provider refused the request with status ${status}.`,
    });
  }
  return new UpstreamError({
    ...common,
    code: 'UNEXPECTED_STATUS',
    message: `Unexpected status ${status} from the platform (redirects are not followed).`,
  });
}
