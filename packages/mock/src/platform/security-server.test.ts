import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderTarget } from '../providers/types.js';
import { MockPlatform } from './mock-platform.js';
import { requestHash } from './request-hash.js';
import {
  CITIZEN_PATH,
  callHeaders,
  citizenCall,
  getTestEnterprise,
  send,
  testPlatform,
  testProviders,
  testWorld,
} from './test-fixture.js';

// The older spelling (X-Road up to 7.7), for the tests that read the error types by name.
const mock = testPlatform({
  xroadVersion: '7.7',
  clients: {
    'VN/GOV/000.00.00.H99/NARROW': { services: ['enterprise.company.get'] },
    'VN/GOV/Sở Tư pháp 100%/HT': {},
  },
});
afterEach(() => mock.resetCalls());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function xroadErrorOf(
  path: string,
  headers: Record<string, string>,
  body = '{"personalId":"001203012345"}',
) {
  const answer = await send(mock, path, { method: 'POST', headers, body });
  expect(answer.headers['x-road-error']).toBe(answer.json?.type);
  expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(answer.json.detail).toMatch(UUID);
  expect(typeof answer.json.message).toBe('string');
  return { status: answer.status, type: answer.json.type as string, answer };
}

describe('security server: X-Road errors', () => {
  it('refuses a call without X-Road-Client (Client.BadRequest, 400)', async () => {
    const { 'x-road-client': _omit, ...headers } = callHeaders();
    expect(await xroadErrorOf(CITIZEN_PATH, headers)).toMatchObject({
      status: 400,
      type: 'Client.BadRequest',
    });
  });

  it.each([
    ['three parts', 'VN/GOV/000.00.00.H23'],
    ['five parts', 'VN/GOV/000.00.00.H23/PORTAL/X'],
    ['an empty part', 'VN//000.00.00.H23/PORTAL'],
    ['an unknown instance', 'EE/GOV/000.00.00.H23/PORTAL'],
  ])('refuses an X-Road-Client with %s (Client.InvalidClientIdentifier, 400)', async (_what, client) => {
    expect(await xroadErrorOf(CITIZEN_PATH, callHeaders({ 'x-road-client': client }))).toMatchObject({
      status: 400,
      type: 'Client.InvalidClientIdentifier',
    });
  });

  it('refuses an X-Road-Client part with a bad percent-encoding (Client.InvalidClientIdentifier)', async () => {
    expect(
      await xroadErrorOf(CITIZEN_PATH, callHeaders({ 'x-road-client': 'VN/GOV/%E0%A4%A/PORTAL' })),
    ).toMatchObject({ status: 400, type: 'Client.InvalidClientIdentifier' });
  });

  it('refuses a path shorter than a service id, or badly encoded (Client.BadRequest)', async () => {
    expect(await xroadErrorOf('/r1/VN/GOV/000.00.00.G10', callHeaders())).toMatchObject({
      type: 'Client.BadRequest',
    });
    expect(await xroadErrorOf('/r1/VN/GOV/%E0%A4%A/CSDLDC/citizen.get', callHeaders())).toMatchObject({
      type: 'Client.BadRequest',
    });
  });

  it('refuses an unknown client (Server.ServerProxy.AccessDenied, 500 as every security-server error)', async () => {
    expect(
      await xroadErrorOf(CITIZEN_PATH, callHeaders({ 'x-road-client': 'VN/GOV/000.00.00.H00/STRANGER' })),
    ).toMatchObject({ status: 500, type: 'Server.ServerProxy.AccessDenied' });
  });

  it('refuses a client without an access right to the service (AccessDenied, 500, never 403)', async () => {
    expect(
      await xroadErrorOf(CITIZEN_PATH, callHeaders({ 'x-road-client': 'VN/GOV/000.00.00.H99/NARROW' })),
    ).toMatchObject({ status: 500, type: 'Server.ServerProxy.AccessDenied' });
  });

  it('spells error types as X-Road 7.8 does by default, the older way when asked', async () => {
    const fresh = testPlatform();
    const headers = callHeaders({ 'x-road-client': 'VN/GOV/000.00.00.H00/STRANGER' });
    const answer = await send(fresh, CITIZEN_PATH, { method: 'POST', headers, body: '{}' });
    expect([answer.status, answer.headers['x-road-error'], answer.json.type]).toEqual([
      500,
      'server.serverproxy.access_denied',
      'server.serverproxy.access_denied',
    ]);
    const unknown = await send(fresh, `${CITIZEN_PATH.replace('citizen.get', 'nope')}`, citizenCall(fresh));
    expect(unknown.json.type).toBe('server.serverproxy.unknown_service');
    await fresh.close();
    const legacy = testPlatform({ errorSpelling: 'legacy' });
    const old = await send(legacy, CITIZEN_PATH, { method: 'POST', headers, body: '{}' });
    expect(old.headers['x-road-error']).toBe('Server.ServerProxy.AccessDenied');
    await legacy.close();
  });

  it('answers an unknown service with Server.ServerProxy.UnknownService (500)', async () => {
    for (const path of [
      '/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.nope',
      '/r1/VN/GOV/000.00.00.G99/CSDLDC/citizen.get',
    ]) {
      expect(await xroadErrorOf(path, callHeaders())).toMatchObject({
        status: 500,
        type: 'Server.ServerProxy.UnknownService',
      });
    }
    expect(mock.calls.every((c) => c.status === 500)).toBe(true);
  });
});

describe('security server: answers', () => {
  it('decodes each path part on its own', async () => {
    const encoded = '/r1/VN/GOV/000%2E00%2E00%2EG10/CSDLDC/citizen%2Eget';
    const answer = await send(mock, encoded, citizenCall(mock));
    expect(answer.status).toBe(200);
    expect(answer.headers['x-road-service']).toBe('VN/GOV/000.00.00.G10/CSDLDC/citizen.get');
    // An encoded slash stays inside its part, so it names no service.
    const slash = await send(mock, '/r1/VN/GOV/000.00.00.G10%2FCSDLDC/x/citizen.get', citizenCall(mock));
    expect(slash.json.type).toBe('Server.ServerProxy.UnknownService');
  });

  it('puts the X-Road headers on every answer, echoing X-Road-Id', async () => {
    const call = citizenCall(mock);
    const answer = await send(mock, CITIZEN_PATH, call);
    expect(answer.headers['x-road-id']).toBe('1f0e6a8c-8a55-4c1e-9a0e-3b9f3b4f1c2d');
    expect(answer.headers['x-road-client']).toBe('VN/GOV/000.00.00.H23/PORTAL');
    expect(answer.headers['x-road-service']).toBe('VN/GOV/000.00.00.G10/CSDLDC/citizen.get');
    expect(answer.headers['x-road-request-id']).toMatch(UUID);
    const recorded = mock.calls.at(-1)!;
    expect(answer.headers['x-road-request-hash']).toBe(
      requestHash('POST', CITIZEN_PATH, recorded.headers, new TextEncoder().encode(call.body)),
    );
    expect(Buffer.from(answer.headers['x-road-request-hash']!, 'base64')).toHaveLength(64);

    // No X-Road-Id: the security server makes one, {INSTANCE}-{uuid}; any other id is kept as sent.
    const { 'x-road-id': _omit, ...withoutId } = call.headers;
    const generated = await send(mock, CITIZEN_PATH, { ...call, headers: withoutId });
    expect(generated.status).toBe(200);
    expect(generated.headers['x-road-id']).toMatch(
      /^VN-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const custom = await send(mock, CITIZEN_PATH, {
      ...call,
      headers: { ...call.headers, 'x-road-id': 'portal-42' },
    });
    expect([custom.status, custom.headers['x-road-id']]).toEqual([200, 'portal-42']);
    const error = await send(mock, '/r1/VN/GOV/000.00.00.G10/CSDLDC/nope', call);
    expect(error.headers['x-road-request-id']).toMatch(UUID);
    expect(error.headers['x-road-request-hash']).toBeTruthy();
  });

  it('percent-decodes each part of X-Road-Client (§4.3): spaces, "%" and Unicode', async () => {
    const client = 'VN/GOV/Sở Tư pháp 100%/HT';
    const encoded = client.split('/').map(encodeURIComponent).join('/');
    const answer = await send(mock, '/r1/VN/GOV/000.00.00.G12/DKDN/company.get?taxCode=0100109106', {
      headers: callHeaders({ 'x-road-client': encoded }),
    });
    // Accepted as the registered client (an unknown one would be AccessDenied): the provider answered.
    expect(answer.headers['x-road-error']).toBeUndefined();
    expect(mock.calls.at(-1)).toMatchObject({ service: 'enterprise.company.get', status: answer.status });
    expect(answer.headers['x-road-client']).toBe(encoded);
  });

  it('forwards [/path][?query] after the service code to the provider, untouched', async () => {
    const seen: ProviderTarget[] = [];
    const echo = new MockPlatform({
      seed: 7,
      world: testWorld,
      providers: [
        ...testProviders.filter((b) => b.service !== getTestEnterprise),
        {
          service: getTestEnterprise,
          resolve: (q: { taxCode: string }, _world, target) => {
            if (target) seen.push(target);
            return { taxCode: q.taxCode, name: 'Công ty A' };
          },
        },
      ],
    });
    const path = '/r1/VN/GOV/000.00.00.G12/DKDN/company.get/enterprises/0100109106/s%E1%BB%9F';
    const answer = await send(echo, `${path}?taxCode=0100109106&x=a%20b`, {
      headers: callHeaders(),
    });
    expect(answer.status).toBe(200);
    expect(seen).toEqual([
      { path: '/enterprises/0100109106/s%E1%BB%9F', query: 'taxCode=0100109106&x=a%20b' },
    ]);
    expect(answer.headers['x-road-service']).toBe('VN/GOV/000.00.00.G12/DKDN/company.get');
    await echo.close();
  });

  it('gives a different request hash to a different query', async () => {
    const a = await send(mock, CITIZEN_PATH, citizenCall(mock));
    const b = await send(mock, CITIZEN_PATH, citizenCall(mock, '079195000123'));
    expect(a.headers['x-road-request-hash']).not.toBe(b.headers['x-road-request-hash']);
  });

  it('answers unknown routes with a 404 that names the route', async () => {
    const answer = await send(mock, '/nothing/here');
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ error: 'UNKNOWN_ROUTE', route: 'GET /nothing/here' });
    const wrongMethod = await send(mock, '/openapi.json', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET');
  });

  it('is deterministic for the same seed and the same requests', async () => {
    const run = async () => {
      const m = testPlatform();
      const out = [];
      for (const path of [CITIZEN_PATH, '/r1/VN/GOV/000.00.00.G10/CSDLDC/nope']) {
        const { 'x-road-id': _omit, ...headers } = callHeaders();
        const a = await send(m, path, { method: 'POST', headers, body: '{"personalId":"001203012345"}' });
        out.push(a.status, a.text, a.headers['x-road-id'], a.headers['x-road-request-id']);
      }
      await m.close();
      return out;
    };
    expect(await run()).toEqual(await run());
  });
});
