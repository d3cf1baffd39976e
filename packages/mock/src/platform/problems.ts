import { jsonResponse } from './responses.js';
import type { MockResponse } from './types.js';

/** Stable provider error codes (docs/contract.md). */
export type ProblemCode =
  | 'INVALID_REQUEST'
  | 'NOT_FOUND'
  | 'CONSENT_REQUIRED'
  | 'PURPOSE_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'UNAUTHORIZED'
  | 'INTERNAL_ERROR';

const TITLES: Record<ProblemCode, string> = {
  INVALID_REQUEST: 'Invalid request',
  NOT_FOUND: 'Not found',
  CONSENT_REQUIRED: 'Consent required',
  PURPOSE_NOT_ALLOWED: 'Purpose not allowed',
  RATE_LIMITED: 'Too many requests',
  UNAVAILABLE: 'Service unavailable',
  UNAUTHORIZED: 'Unauthorized',
  INTERNAL_ERROR: 'Internal error',
};

/** A provider error as `application/problem+json` (RFC 9457) with a stable `code`. */
export function problem(
  status: number,
  code: ProblemCode,
  detail: string,
  options: { headers?: Record<string, string>; extra?: Record<string, unknown> } = {},
): MockResponse {
  const type = `https://onceonly.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`;
  return jsonResponse(
    status,
    { type, title: TITLES[code], status, code, detail, ...options.extra },
    options.headers ?? {},
    'application/problem+json',
  );
}
