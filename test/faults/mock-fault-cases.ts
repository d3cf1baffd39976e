/**
 * Every fault the mock platform can inject (packages/mock/src/platform/faults.ts), each with the typed
 * error the gateway promises and how often it may be sent. Retryable faults are sent `ATTEMPTS` times
 * to an idempotent service and once to any other; the rest once.
 */
import type { Fault } from '@onceonly/mock';
import { expect } from 'vitest';
import { ATTEMPTS, type FaultCase, SHORT_DEADLINE_MS } from './fault-case.js';

const BOTH = ['in-process', 'http'] as const;
const RETRIED = { idempotent: ATTEMPTS, once: 1 };
const ONCE = { idempotent: 1, once: 1 };

/** A persistent fault on the test citizen's lookups. */
function injected(
  name: string,
  fault: Fault,
  expected: FaultCase['expect'],
  sent: FaultCase['sent'],
  extra: Partial<FaultCase> = {},
): FaultCase {
  return {
    name,
    transports: BOTH,
    arrange: ({ mock, persona, service }) => {
      mock.faults.inject({ service, persona: persona.personalId }, fault);
      return {};
    },
    expect: expected,
    sent,
    ...extra,
  };
}

const err = (error: string, code: string) => ({ error, code });

/**
 * Security-server errors, each in the spelling of X-Road up to 7.7 (`Server.ServerProxy.AccessDenied`)
 * and in that of 7.8 and later (`server.serverproxy.access_denied`, the mock's default): the mock plays
 * the version, so the type reaches the gateway as that version spells it. The mapping reads the type,
 * never the status (a security server answers HTTP 500 whatever the type, 400 for `Client.*`).
 */
const XROAD_ERRORS: Array<[type: string, expected: FaultCase['expect'], sent: FaultCase['sent']]> = [
  ['Server.ServerProxy.AccessDenied', err('AuthError', 'ACCESS_DENIED'), ONCE],
  ['Server.ClientProxy.AccessDenied', err('AuthError', 'ACCESS_DENIED'), ONCE],
  ['Server.ServerProxy.UnknownService', err('UpstreamError', 'UNKNOWN_SERVICE'), ONCE],
  ['Server.ClientProxy.UnknownService', err('UpstreamError', 'UNKNOWN_SERVICE'), ONCE],
  ['Server.ServerProxy.ServiceFailed', err('UpstreamError', 'PROVIDER_UNREACHABLE'), RETRIED],
  ['Server.ServerProxy.ServiceFailed.NetworkError', err('UpstreamError', 'PROVIDER_UNREACHABLE'), RETRIED],
  ['Server.ServerProxy.NetworkError', err('UpstreamError', 'PROVIDER_UNREACHABLE'), RETRIED],
  ['Server.ClientProxy.NetworkError', err('UpstreamError', 'PROVIDER_UNREACHABLE'), RETRIED],
  ['Client.BadRequest', err('InputError', 'XROAD_CLIENT_ERROR'), ONCE],
  ['Client.InvalidClientIdentifier', err('InputError', 'XROAD_CLIENT_ERROR'), ONCE],
];

const xroadErrorCases: FaultCase[] = XROAD_ERRORS.flatMap(([type, expected, sent]) =>
  (['legacy', 'lowercase'] as const).map((errorSpelling) =>
    injected(
      `${type} (${errorSpelling === 'legacy' ? 'X-Road 7.7 spelling' : 'X-Road 7.8 spelling'})`,
      { kind: 'xroad-error', type },
      expected,
      sent,
      { errorSpelling },
    ),
  ),
);

export const mockFaultCases: FaultCase[] = [
  injected('latency within the deadline', { kind: 'latency', ms: 50 }, 'value', ONCE),
  injected(
    'latency past the deadline',
    { kind: 'latency', ms: SHORT_DEADLINE_MS * 4 },
    err('TimeoutError', 'DEADLINE_EXCEEDED'),
    ONCE,
    { deadlineMs: SHORT_DEADLINE_MS },
  ),
  injected('status 503', { kind: 'status', status: 503 }, err('UpstreamError', 'UNAVAILABLE'), RETRIED),
  injected('status 500', { kind: 'status', status: 500 }, err('UpstreamError', 'UPSTREAM_ERROR'), RETRIED),
  injected(
    'status 503 with a short Retry-After',
    { kind: 'status', status: 503, retryAfterSec: 0 },
    err('UpstreamError', 'UNAVAILABLE'),
    RETRIED,
  ),
  injected('status 429', { kind: 'status', status: 429 }, err('RateLimitError', 'RATE_LIMITED'), RETRIED),
  injected(
    'status 429 with a Retry-After longer than maxDelayMs',
    { kind: 'status', status: 429, retryAfterSec: 60 },
    err('RateLimitError', 'RATE_LIMITED'),
    ONCE,
  ),
  injected('connection reset', { kind: 'reset' }, err('NetworkError', 'NETWORK_ERROR'), RETRIED),
  injected('a hang', { kind: 'hang' }, err('TimeoutError', 'DEADLINE_EXCEEDED'), ONCE, {
    deadlineMs: SHORT_DEADLINE_MS,
  }),
  injected('a body cut short', { kind: 'truncate' }, err('NetworkError', 'NETWORK_ERROR'), RETRIED),
  injected(
    'a body cut after one byte',
    { kind: 'truncate', afterBytes: 1 },
    err('NetworkError', 'NETWORK_ERROR'),
    RETRIED,
  ),
  injected('malformed JSON', { kind: 'malformed' }, err('ResponseError', 'RESPONSE_MALFORMED'), ONCE),
  injected(
    'a body that breaks the schema',
    { kind: 'schema' },
    err('ResponseError', 'RESPONSE_SCHEMA'),
    ONCE,
  ),
  injected('an oversized body', { kind: 'oversized' }, err('ResponseError', 'RESPONSE_TOO_LARGE'), ONCE),
  injected(
    'a body just over maxResponseBytes',
    { kind: 'oversized', bytes: 64 * 1024 + 1 },
    err('ResponseError', 'RESPONSE_TOO_LARGE'),
    ONCE,
    {
      arrange: ({ mock, persona, service }) => {
        mock.faults.inject(
          { service, persona: persona.personalId },
          { kind: 'oversized', bytes: 64 * 1024 + 1 },
        );
        return { options: { maxResponseBytes: 64 * 1024 } };
      },
    },
  ),
  injected('a bad signature', { kind: 'bad-signature' }, err('ResponseError', 'SIGNATURE_INVALID'), ONCE),
  injected('an expired token (no auth)', { kind: 'expired-token' }, err('AuthError', 'UNAUTHORIZED'), ONCE),
  ...xroadErrorCases,
  {
    name: 'an expired token (OAuth): refreshed once, then refused',
    transports: BOTH,
    arrange: ({ mock, persona, service }) => {
      mock.faults.inject({ service, persona: persona.personalId }, { kind: 'expired-token' });
      const { clientId, clientSecret, tokenUrl } = mock.credentials;
      return {
        options: {
          auth: { type: 'oauth2', method: 'client_secret_basic', clientId, clientSecret, tokenUrl },
        },
        // The first token, and the one fresh token after the 401: never a refresh loop.
        check: () => expect(mock.calls.filter((c) => c.path.endsWith('/oauth2/token'))).toHaveLength(2),
      };
    },
    expect: err('AuthError', 'UNAUTHORIZED'),
    // One refresh per attempt: the refused request and its one repeat with a new token, both counted
    // as attempts in the audit record (every request sent is). A 401 after a refresh is not retried.
    sent: { idempotent: 2, once: 2 },
  },
  {
    name: 'one 503 then the answer',
    transports: BOTH,
    arrange: ({ mock, persona, service }) => {
      mock.faults.inject(
        { service, persona: persona.personalId },
        { kind: 'status', status: 503 },
        { times: 1 },
      );
      return {};
    },
    expect: 'value',
    sent: { idempotent: 2, once: 0 },
    only: 'idempotent',
  },
  {
    name: 'one 503, not idempotent: reported, never sent again',
    transports: BOTH,
    arrange: ({ mock, persona, service }) => {
      mock.faults.inject(
        { service, persona: persona.personalId },
        { kind: 'status', status: 503 },
        { times: 1 },
      );
      return {};
    },
    expect: err('UpstreamError', 'UNAVAILABLE'),
    sent: { idempotent: 0, once: 1 },
    only: 'once',
  },
];
