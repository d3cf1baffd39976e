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

// Codes and types are echoed into messages only when they look like codes: an upstream cannot inject text.
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9_.-]{0,80}$/;
const safeCode = (value: unknown): string | undefined =>
  typeof value === 'string' && CODE_LIKE.test(value) ? value : undefined;

/** Maps an X-Road security-server error (`X-Road-Error` header, `{ type, message, detail }` body). */
function fromXRoadError(type: string, status: number, detail: string | undefined): OnceOnlyError {
  const common = { status, upstreamCode: type };
  const ref = detail ? ` (security server reference ${detail})` : '';
  if (type.startsWith('Client.')) {
    return new InputError({
      ...common,
      code: 'XROAD_CLIENT_ERROR',
      message: `The security server refused the request as malformed: ${type}${ref}. Check the client id and the request.`,
    });
  }
  if (type.endsWith('.AccessDenied')) {
    return new AuthError({
      ...common,
      code: 'ACCESS_DENIED',
      message: `The security server denied access: ${type}${ref}. Ask the provider to grant this client the access right to the service.`,
    });
  }
  if (type.endsWith('.UnknownService') || type.endsWith('.UnknownMember')) {
    return new UpstreamError({
      ...common,
      code: 'UNKNOWN_SERVICE',
      retryable: false,
      message: `The security server does not know the service: ${type}${ref}. Check the provider subsystem and service code for this environment.`,
    });
  }
  if (type.startsWith('Server.')) {
    return new UpstreamError({
      ...common,
      code:
        type.endsWith('NetworkError') || type.endsWith('ServiceFailed')
          ? 'PROVIDER_UNREACHABLE'
          : 'SECURITY_SERVER_ERROR',
      retryable: true,
      message: `The data exchange platform failed: ${type}${ref}. Idempotent calls are retried; if it persists, report the reference.`,
    });
  }
  return new UpstreamError({
    ...common,
    code: 'XROAD_ERROR',
    retryable: status >= 500,
    message: `The security server answered with an error: ${type}${ref}.`,
  });
}

/**
 * Maps a non-2xx answer to a typed error: security-server errors by their X-Road type, provider errors
 * by their problem+json `code`, anything else by status. Bodies are never copied into messages.
 */
export function responseToError(response: HttpResponse, now: number): OnceOnlyError {
  const { status, headers } = response;
  const body = parseJson(response.body);
  const xroadType =
    safeCode(headers['x-road-error']) ?? (headers['x-road-error'] ? 'Server.Unknown' : undefined);
  if (xroadType) {
    const type = safeCode(body?.type) ?? xroadType;
    return fromXRoadError(type, status, safeCode(body?.detail));
  }
  const code = safeCode(body?.code);
  const retryAfterMs = parseRetryAfter(headers['retry-after'], now);
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
      break;
  }
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
