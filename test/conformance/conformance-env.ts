/** A gateway pointed at the protocol test server, with the spec examples' identifiers. */
import {
  createGateway,
  defineService,
  type Gateway,
  type GatewayOptions,
  memoryAuditSink,
} from '@onceonly/core';
import { startProtocolServer, type ProtocolServer } from '../support/protocol-server.js';

/** The consumer of the pr-mrest examples (`X-Road-Client: INSTANCE/CLASS1/MEMBER1/SUBSYSTEM1`). */
export const SPEC_CLIENT = 'INSTANCE/CLASS1/MEMBER1/SUBSYSTEM1';
/** The provider of the pr-mrest examples. */
export const SPEC_PROVIDER = 'CLASS2/MEMBER2/SUBSYSTEM2';
export const ATTEMPTS = 3;
export const ctx = { purpose: '1.001193', caseId: 'CONF-0001' };

interface Query {
  taxCode: string;
}

/** A public lookup (no consent, no personal data) of the spec's provider. */
export const firmLookup = defineService<Query, Record<string, unknown>>({
  id: 'conformance.firm.get',
  provider: SPEC_PROVIDER,
  code: 'listFirms',
  category: 'enterprise.public',
  requiresConsent: false,
  idempotent: true,
  request: {
    type: 'object',
    required: ['taxCode'],
    additionalProperties: false,
    properties: { taxCode: { type: 'string', pattern: '^[0-9]{10}$' } },
  },
  response: { type: 'object' },
});
export const firmSubmit = defineService<Query, Record<string, unknown>>({
  ...firmLookup,
  id: 'conformance.firm.submit',
  code: 'submitFirm',
  idempotent: false,
});

export interface ConformanceEnv {
  server: ProtocolServer;
  gw: Gateway;
  audit: ReturnType<typeof memoryAuditSink>;
  close(): Promise<void>;
}

export async function startConformanceEnv(options: Partial<GatewayOptions> = {}): Promise<ConformanceEnv> {
  const server = await startProtocolServer();
  const audit = memoryAuditSink();
  const gw = createGateway({
    baseUrl: server.url,
    client: SPEC_CLIENT,
    verify: false,
    retry: { attempts: ATTEMPTS, minDelayMs: 5, maxDelayMs: 50 },
    breaker: false,
    audit: { sink: audit, subjectKey: 'conformance-audit-subject-key-32-bytes!' },
    ...options,
  });
  return {
    server,
    gw,
    audit,
    close: async () => {
      await gw.close();
      await server.close();
    },
  };
}
