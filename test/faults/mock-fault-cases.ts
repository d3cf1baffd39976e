/**
 * Every fault the mock platform can inject (packages/mock/src/platform/faults.ts), each with the typed
 * error the gateway promises and how often it may be sent. Retryable faults are sent `ATTEMPTS` times
 * to an idempotent service and once to any other; the rest once.
 */
import type { Fault } from '@onceonly/mock';
import { ATTEMPTS, DEADLINE_MS, type FaultCase } from './fault-case.js';

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
    arrange: ({ mock, persona }) => {
      mock.faults.inject({ service: 'population.citizen.get', persona: persona.personalId }, fault);
      return {};
    },
    expect: expected,
    sent,
    ...extra,
  };
}

const err = (error: string, code: string) => ({ error, code });

export const mockFaultCases: FaultCase[] = [
  injected('latency within the deadline', { kind: 'latency', ms: 50 }, 'value', ONCE),
  injected(
    'latency past the deadline',
    { kind: 'latency', ms: DEADLINE_MS * 4 },
    err('TimeoutError', 'DEADLINE_EXCEEDED'),
    ONCE,
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
  injected('a hang', { kind: 'hang' }, err('TimeoutError', 'DEADLINE_EXCEEDED'), ONCE),
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
      arrange: ({ mock, persona }) => {
        mock.faults.inject(
          { service: 'population.citizen.get', persona: persona.personalId },
          { kind: 'oversized', bytes: 64 * 1024 + 1 },
        );
        return { options: { maxResponseBytes: 64 * 1024 } };
      },
    },
  ),
  injected('a bad signature', { kind: 'bad-signature' }, err('ResponseError', 'SIGNATURE_INVALID'), ONCE),
  injected('an expired token (no auth)', { kind: 'expired-token' }, err('AuthError', 'UNAUTHORIZED'), ONCE),
  injected(
    'Server.ServerProxy.AccessDenied',
    { kind: 'xroad-error', type: 'Server.ServerProxy.AccessDenied' },
    err('AuthError', 'ACCESS_DENIED'),
    ONCE,
  ),
  injected(
    'Server.ClientProxy.AccessDenied',
    { kind: 'xroad-error', type: 'Server.ClientProxy.AccessDenied' },
    err('AuthError', 'ACCESS_DENIED'),
    ONCE,
  ),
  injected(
    'Server.ServerProxy.UnknownService',
    { kind: 'xroad-error', type: 'Server.ServerProxy.UnknownService' },
    err('UpstreamError', 'UNKNOWN_SERVICE'),
    ONCE,
  ),
  injected(
    'Server.ClientProxy.UnknownService',
    { kind: 'xroad-error', type: 'Server.ClientProxy.UnknownService' },
    err('UpstreamError', 'UNKNOWN_SERVICE'),
    ONCE,
  ),
  injected(
    'Server.ServerProxy.ServiceFailed',
    { kind: 'xroad-error', type: 'Server.ServerProxy.ServiceFailed' },
    err('UpstreamError', 'PROVIDER_UNREACHABLE'),
    RETRIED,
  ),
  injected(
    'Server.ServerProxy.ServiceFailed.NetworkError (compound)',
    { kind: 'xroad-error', type: 'Server.ServerProxy.ServiceFailed.NetworkError' },
    err('UpstreamError', 'PROVIDER_UNREACHABLE'),
    RETRIED,
  ),
  injected(
    'Server.ServerProxy.NetworkError',
    { kind: 'xroad-error', type: 'Server.ServerProxy.NetworkError' },
    err('UpstreamError', 'PROVIDER_UNREACHABLE'),
    RETRIED,
  ),
  injected(
    'Server.ClientProxy.NetworkError',
    { kind: 'xroad-error', type: 'Server.ClientProxy.NetworkError' },
    err('UpstreamError', 'PROVIDER_UNREACHABLE'),
    RETRIED,
  ),
  injected(
    'Client.BadRequest',
    { kind: 'xroad-error', type: 'Client.BadRequest' },
    err('InputError', 'XROAD_CLIENT_ERROR'),
    ONCE,
  ),
  injected(
    'Client.InvalidClientIdentifier',
    { kind: 'xroad-error', type: 'Client.InvalidClientIdentifier' },
    err('InputError', 'XROAD_CLIENT_ERROR'),
    ONCE,
  ),
  {
    name: 'an expired token (OAuth): refreshed once, then refused',
    transports: BOTH,
    arrange: ({ mock, persona }) => {
      mock.faults.inject(
        { service: 'population.citizen.get', persona: persona.personalId },
        { kind: 'expired-token' },
      );
      const { clientId, clientSecret, tokenUrl } = mock.credentials;
      return {
        options: {
          auth: { type: 'oauth2', method: 'client_secret_basic', clientId, clientSecret, tokenUrl },
        },
      };
    },
    expect: err('AuthError', 'UNAUTHORIZED'),
    // Each attempt may refresh the token once: the refused request and its one repeat.
    sent: { idempotent: 2, once: 2 },
    attempts: ONCE,
  },
  {
    name: 'one 503 then the answer',
    transports: BOTH,
    arrange: ({ mock, persona }) => {
      mock.faults.inject(
        { service: 'population.citizen.get', persona: persona.personalId },
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
    arrange: ({ mock, persona }) => {
      mock.faults.inject(
        { service: 'population.citizen.get', persona: persona.personalId },
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
