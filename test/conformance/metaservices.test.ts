/**
 * The REST metaservices against the answers the specification shows (pr-meta annex C.1, pr-mrest annex
 * B): the request the gateway makes (path, query, headers) and what it makes of the answer. What the
 * gateway does not keep yet (subsystem names, service types, endpoint lists, YAML) is in
 * metaservices.pending.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConformanceEnv, SPEC_CLIENT, SPEC_PROVIDER, startConformanceEnv } from './conformance-env.js';
import { answer, type RecordedAnswer, replyWith } from './fixtures.js';

describe('REST metaservices (pr-meta C.1, pr-mrest B)', () => {
  let env: ConformanceEnv;
  beforeAll(async () => {
    env = await startConformanceEnv();
  });
  afterAll(() => env.close());

  const serve = (recorded: RecordedAnswer) => {
    env.server.requests.length = 0;
    env.server.reply(() => replyWith(recorded));
  };
  const lastRequest = () => env.server.requests.at(-1)!;

  it('listClients: asks for JSON and keeps member as well as subsystem entries (C.1)', async () => {
    serve(answer('list-clients.json'));
    const clients = await env.gw.listClients();
    expect(lastRequest()).toMatchObject({ method: 'GET', path: '/listClients' });
    expect(lastRequest().headers.accept).toBe('application/json');
    expect(lastRequest().headers['x-road-client']).toBe(SPEC_CLIENT);
    expect(clients.map((c) => c.id)).toEqual([
      'AA/GOV/TS1OWNER',
      'AA/GOV/TS2OWNER',
      'AA/ENT/CLIENT1',
      'AA/ENT/CLIENT1/sub',
    ]);
    expect(clients[0]).toEqual({
      id: 'AA/GOV/TS1OWNER',
      instance: 'AA',
      memberClass: 'GOV',
      memberCode: 'TS1OWNER',
      name: 'TS1 Owner',
    });
    // A member has no subsystem code; the subsystem entry has one.
    expect(clients.filter((c) => c.subsystemCode === undefined)).toHaveLength(3);
    expect(clients[3]).toMatchObject({ memberCode: 'CLIENT1', subsystemCode: 'sub' });
  });

  it.each([
    ['listMethods', 'list-methods.json', ['payloadgen', 'kore']],
    ['allowedMethods', 'allowed-methods.json', ['payloadgen']],
  ] as const)('%s: the provider path and its services (B.1, B.2)', async (method, fixture, codes) => {
    serve(answer(fixture));
    const services = await env.gw[method](SPEC_PROVIDER);
    expect(lastRequest()).toMatchObject({
      method: 'GET',
      path: `/r1/INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/${method}`,
    });
    expect(lastRequest().headers['x-road-client']).toBe(SPEC_CLIENT);
    expect(services.map((s) => s.serviceCode)).toEqual(codes);
    expect(services[0]!.id).toBe('INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/payloadgen');
  });

  it('getOpenAPI: serviceCode in the query, a JSON document returned as published (B.3)', async () => {
    const recorded = answer('get-openapi.json');
    serve(recorded);
    const document = await env.gw.getOpenAPI(SPEC_PROVIDER, 'listFirms');
    expect(lastRequest()).toMatchObject({
      method: 'GET',
      path: '/r1/INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/getOpenAPI?serviceCode=listFirms',
    });
    expect(document).toEqual(recorded.body);
  });

  it('getOpenAPI: a service code is percent-encoded in the query', async () => {
    serve(answer('get-openapi.json'));
    await env.gw.getOpenAPI(SPEC_PROVIDER, 'list Firms&x=1');
    expect(lastRequest().path).toBe(
      '/r1/INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/getOpenAPI?serviceCode=list%20Firms%26x%3D1',
    );
  });

  it('a security-server error on a metaservice is typed like on a data call', async () => {
    serve({
      source: 'pr-rest 4.6 Example 3',
      status: 400,
      headers: { 'content-type': 'application/json', 'x-road-error': 'Client.BadRequest' },
      body: {
        type: 'Client.BadRequest',
        message: 'Error parsing',
        detail: '018cbcae-537e-421b-b6f6-2608dc97bd90',
      },
    });
    await expect(env.gw.listMethods(SPEC_PROVIDER)).rejects.toMatchObject({
      name: 'InputError',
      code: 'XROAD_CLIENT_ERROR',
    });
    expect(env.server.requests).toHaveLength(1);
  });
});
