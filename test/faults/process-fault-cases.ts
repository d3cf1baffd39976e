/**
 * Faults of the processes around the gateway, over real loopback sockets: a provider that dies in the
 * middle of its answer, a port that refuses connections, and endpoints that accept a request and never
 * answer (token, payload-signature keys, consent keys). `pendingProcessFaultCases` need behaviour that
 * is being built on other branches (see fault-matrix.pending.ts).
 */
import { MOCK_IDP_ISSUER } from '@onceonly/mock';
import type { AuditSink, GatewayOptions } from '@onceonly/core';
import { refusingPort, startMisbehavingServer } from '../support/fault-harness.js';
import { ATTEMPTS, type CaseEnv, type FaultCase } from './fault-case.js';

const HTTP = ['http'] as const;
const NONE = { idempotent: 0, once: 0 };

/** A case whose upstream is a misbehaving server that stands for the whole security server. */
const deadUpstream: FaultCase = {
  name: 'the security server killed mid-answer',
  transports: HTTP,
  arrange: async () => {
    const server = await startMisbehavingServer('die-mid-answer');
    return {
      options: { baseUrl: server.url },
      sent: () => server.requests.filter((r) => r.path.startsWith('/r1/')).map((r) => r.xroadId),
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

/** An endpoint around the call that never answers; the call must end at its deadline all the same. */
function hungEndpoint(
  name: string,
  options: (url: string, env: CaseEnv) => Partial<GatewayOptions>,
  dataSent: number,
  attempts: number,
): FaultCase {
  return {
    name,
    transports: HTTP,
    arrange: async (env) => {
      const server = await startMisbehavingServer('hang');
      return {
        options: options(server.url, env),
        openConnections: server.openConnections,
        cleanup: server.close,
      };
    },
    expect: { error: 'TimeoutError', code: 'DEADLINE_EXCEEDED' },
    sent: { idempotent: dataSent, once: dataSent },
    attempts: { idempotent: attempts, once: attempts },
  };
}

export const processFaultCases: FaultCase[] = [deadUpstream, refused];

/** Hung endpoints: typed timeout within the deadline, prompt close(), no socket left (issue 7). */
export const hungEndpointCases: FaultCase[] = [
  hungEndpoint(
    'a hung token endpoint (client_secret_basic)',
    (url) => ({
      auth: {
        type: 'oauth2',
        method: 'client_secret_basic',
        clientId: 'VN/GOV/000.00.00.H23/PORTAL',
        clientSecret: 'not-a-real-secret',
        tokenUrl: `${url}/oauth2/token`,
      },
    }),
    0,
    1,
  ),
  hungEndpoint(
    'a hung token endpoint (private_key_jwt)',
    (url, { mock }) => ({
      auth: {
        type: 'oauth2',
        method: 'private_key_jwt',
        clientId: mock.credentials.clientId,
        privateKey: mock.credentials.privateJwk as Record<string, unknown>,
        keyId: mock.credentials.privateJwk.kid,
        tokenUrl: `${url}/oauth2/token`,
      },
    }),
    0,
    1,
  ),
  hungEndpoint(
    'a hung key endpoint (payload-signature JWKS)',
    (url) => ({ verify: { jwksUrl: `${url}/.well-known/jwks.json` } }),
    1,
    1,
  ),
  hungEndpoint(
    'a hung consent-key endpoint (identity provider JWKS)',
    (url) => ({ consent: { jwksUrl: `${url}/idp/jwks.json`, issuer: MOCK_IDP_ISSUER } }),
    0,
    0,
  ),
];

/** A sink whose writes never settle, and one whose writes throw. */
export const stuckSink = (): AuditSink => ({ write: () => new Promise<void>(() => {}) });
export const throwingSink = (): AuditSink => ({
  write: () => {
    throw new Error('disk full');
  },
});
