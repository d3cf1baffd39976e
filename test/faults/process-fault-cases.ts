/**
 * Faults of the processes around the gateway: over real loopback sockets, a provider that dies in the
 * middle of its answer, a port that refuses connections, and endpoints that accept a request and never
 * answer (token, payload-signature keys, consent keys); and an audit sink that is stuck or throws.
 */
import type { AuditSink, GatewayOptions, Logger } from '@onceonly/core';
import { expect } from 'vitest';
import { refusingPort, startMisbehavingServer } from '../support/fault-harness.js';
import { ATTEMPTS, type CaseEnv, type FaultCase, SHORT_DEADLINE_MS } from './fault-case.js';

const HTTP = ['http'] as const;
const BOTH = ['in-process', 'http'] as const;
const NONE = { idempotent: 0, once: 0 };
const ONCE = { idempotent: 1, once: 1 };

/** A case whose upstream is a misbehaving server that stands for the whole security server. */
const deadUpstream: FaultCase = {
  name: 'the security server killed mid-answer',
  transports: HTTP,
  arrange: async () => {
    const server = await startMisbehavingServer('die-mid-answer');
    return {
      options: { baseUrl: server.url },
      // Data requests: SOAP at the security server's root, REST under /r1/.
      sent: () =>
        server.requests
          .filter((r) => r.method === 'POST' && (r.path === '/' || r.path.startsWith('/r1/')))
          .map((r) => r.xroadId),
      openConnections: server.openConnections,
      cleanup: server.close,
    };
  },
  expect: { error: 'NetworkError', code: 'NETWORK_ERROR' },
  // It dies after the first request: the retries find the port closed.
  sent: { idempotent: 1, once: 1 },
  attempts: { idempotent: ATTEMPTS, once: 1 },
};

const refused: FaultCase = {
  name: 'a port that refuses connections',
  transports: HTTP,
  arrange: async () => ({ options: { baseUrl: await refusingPort() }, sent: () => [] }),
  expect: { error: 'NetworkError', code: 'NETWORK_ERROR' },
  sent: NONE,
  attempts: { idempotent: ATTEMPTS, once: 1 },
};

/**
 * An endpoint around the call that never answers. The call ends at its deadline all the same, and no
 * data request is sent: without a token or the provider's keys the query would be refused or its
 * answer thrown away, so it never leaves (a consent that cannot be checked is not relied on either).
 */
function hungEndpoint(
  name: string,
  options: (url: string, env: CaseEnv) => Partial<GatewayOptions>,
): FaultCase {
  return {
    name,
    transports: HTTP,
    arrange: async (env) => {
      const server = await startMisbehavingServer('hang');
      return {
        options: options(server.url, env),
        openConnections: server.openConnections,
        // The hung endpoint was asked, so the deadline (not a set-up mistake) ended the call.
        check: () => expect(server.requests.length).toBeGreaterThanOrEqual(1),
        cleanup: server.close,
      };
    },
    expect: { error: 'TimeoutError', code: 'DEADLINE_EXCEEDED' },
    sent: NONE,
    deadlineMs: SHORT_DEADLINE_MS,
  };
}

const hungEndpoints: FaultCase[] = [
  hungEndpoint('a hung token endpoint (client_secret_basic)', (url) => ({
    auth: {
      type: 'oauth2',
      method: 'client_secret_basic',
      clientId: 'VN/GOV/000.00.00.H23/PORTAL',
      clientSecret: 'not-a-real-secret',
      tokenUrl: `${url}/oauth2/token`,
    },
  })),
  hungEndpoint('a hung token endpoint (private_key_jwt)', (url, { mock }) => ({
    auth: {
      type: 'oauth2',
      method: 'private_key_jwt',
      clientId: mock.credentials.clientId,
      privateKey: mock.credentials.privateJwk as Record<string, unknown>,
      keyId: mock.credentials.privateJwk.kid,
      tokenUrl: `${url}/oauth2/token`,
    },
  })),
  hungEndpoint('a hung key endpoint (payload-signature JWKS)', (url) => ({
    verify: { jwksUrl: `${url}/.well-known/jwks.json` },
  })),
  hungEndpoint('a hung consent-key endpoint (identity provider JWKS)', (url) => ({
    consent: { jwksUrl: `${url}/idp/jwks.json`, issuer: `${url}/idp` },
  })),
];

/** A sink whose writes never settle, and one whose writes throw. */
export const stuckSink = (): AuditSink => ({ write: () => new Promise<void>(() => {}) });
export const throwingSink = (): AuditSink => ({
  write: () => {
    throw new Error('disk full');
  },
});

/** A logger that keeps what it is given, to assert on events. */
function recordingLogger(): Logger & { lines: object[] } {
  const lines: object[] = [];
  const keep = (obj: object) => {
    lines.push(obj);
  };
  return { lines, debug: keep, info: keep, warn: keep, error: keep };
}

/**
 * Audit down beside a working memory sink. The value is withheld: personal data is handed over only
 * once every sink accepted its record, so the call fails, typed, within its deadline. The memory sink
 * still got the one record, naming what the exchange gave (`success`: the provider did answer), and
 * the refused record is logged once with ids only, never dropped silently.
 */
function auditDown(name: string, sink: () => AuditSink, stuck: boolean): FaultCase {
  return {
    name,
    transports: BOTH,
    arrange: ({ persona }) => {
      const logger = recordingLogger();
      return {
        extraSink: sink(),
        options: { logger },
        // A write that never settles is waited for by close() only this long, which then says so.
        audit: { closeTimeoutMs: 300 },
        check: () => {
          const refused = logger.lines.filter(
            (l) => (l as { event?: string }).event === 'onceonly.audit.record_failed',
          );
          expect(refused).toHaveLength(1);
          expect(JSON.stringify(logger.lines)).not.toContain(persona.personalId);
        },
      };
    },
    expect: { error: '*', code: 'AUDIT_UNAVAILABLE' },
    recorded: 'success',
    sent: ONCE,
    ...(stuck ? { deadlineMs: SHORT_DEADLINE_MS, closeError: 'AUDIT_SINK_FAILED' } : {}),
  };
}

export const processFaultCases: FaultCase[] = [
  deadUpstream,
  refused,
  ...hungEndpoints,
  auditDown('a stuck audit sink', stuckSink, true),
  auditDown('an audit sink that throws', throwingSink, false),
];
