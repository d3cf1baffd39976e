import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/create-gateway.js';
import { defineService } from '../service/define-service.js';

const BASE = 'https://ss.portal.gov.vn';
const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001' };
const lookup = defineService<{ code: string }, { code: string }>({
  id: 'test.public.get',
  provider: 'GOV/000.00.00.G10/DKDN',
  code: 'public.get',
  category: 'enterprise.public',
  idempotent: true,
  requiresConsent: false,
  request: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
  response: { type: 'object', properties: { code: { type: 'string' } } },
});

let agent: MockAgent;
afterEach(async () => {
  await agent?.close();
});

/** A security server that answers every call with the X-Road error `type` as HTTP 500, and counts. */
function securityServer(type: string) {
  agent = new MockAgent();
  agent.disableNetConnect();
  let requests = 0;
  agent
    .get(BASE)
    .intercept({ path: (p) => p.startsWith('/r1/'), method: 'POST' })
    .reply(() => {
      requests++;
      return {
        statusCode: 500,
        data: JSON.stringify({ type, message: 'Nguyễn Văn An 001203012345', detail: crypto.randomUUID() }),
        responseOptions: { headers: { 'content-type': 'application/json', 'x-road-error': type } },
      };
    })
    .persist();
  const gw = createGateway({
    baseUrl: BASE,
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    dispatcher: agent,
    verify: false,
    retry: { attempts: 3, minDelayMs: 0, maxDelayMs: 0 },
  });
  return { gw, requests: () => requests };
}

describe('X-Road errors in calls', () => {
  it.each(['Server.ServerProxy.AccessDenied', 'server.serverproxy.access_denied'])(
    '%s is sent once, never retried, and never opens the breaker',
    async (type) => {
      const { gw, requests } = securityServer(type);
      for (let i = 0; i < 12; i++) {
        const error = await gw.call(lookup, { code: '0100109106' }, ctx).catch((e: unknown) => e);
        expect(error).toMatchObject({ name: 'AuthError', code: 'ACCESS_DENIED', retryable: false });
        expect(JSON.stringify(error) + String((error as Error).message)).not.toMatch(/Nguy|001203012345/);
      }
      expect(requests()).toBe(12);
      await gw.close();
    },
  );

  it.each([
    'Server.ServerProxy.ServiceFailed.NetworkError',
    'server.serverproxy.service_failed.network_error',
  ])('%s is retried as configured', async (type) => {
    const { gw, requests } = securityServer(type);
    const error = await gw.call(lookup, { code: '0100109106' }, ctx).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UpstreamError', code: 'PROVIDER_UNREACHABLE' });
    expect(requests()).toBe(3);
    await gw.close();
  });
});
