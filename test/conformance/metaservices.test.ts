/**
 * The REST metaservices against the answers the specification shows (pr-meta annex C.1, pr-mrest annex
 * B): the request the gateway makes (path, query, headers) and what it makes of the answer: member and
 * subsystem entries with their names apart, service types and endpoint lists, and the OpenAPI document
 * as published (JSON or YAML) with its media type, parsed on request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConformanceEnv, SPEC_CLIENT, SPEC_PROVIDER, startConformanceEnv } from './conformance-env.js';
import { answer, openApiYaml, type RecordedAnswer, replyWith } from './fixtures.js';

type WireService = { service_code: string; service_type: string; endpoint_list: unknown[] };

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
      kind: 'MEMBER',
      id: 'AA/GOV/TS1OWNER',
      instance: 'AA',
      memberClass: 'GOV',
      memberCode: 'TS1OWNER',
      memberName: 'TS1 Owner',
    });
    // A member has no subsystem code; the subsystem entry has one.
    expect(clients.map((c) => c.kind)).toEqual(['MEMBER', 'MEMBER', 'MEMBER', 'SUBSYSTEM']);
    expect(clients.filter((c) => c.subsystemCode === undefined)).toHaveLength(3);
    // The member's name and the subsystem's name are kept apart.
    expect(clients[3]).toEqual({
      kind: 'SUBSYSTEM',
      id: 'AA/ENT/CLIENT1/sub',
      instance: 'AA',
      memberClass: 'ENT',
      memberCode: 'CLIENT1',
      subsystemCode: 'sub',
      memberName: 'Client One',
      subsystemName: 'Client One Sub',
    });
  });

  it.each([
    ['listMethods', 'list-methods.json', ['payloadgen', 'kore']],
    ['allowedMethods', 'allowed-methods.json', ['payloadgen']],
  ] as const)(
    '%s: the provider path and its services, types and endpoints (B.1, B.2)',
    async (method, fixture, codes) => {
      const recorded = answer(fixture);
      serve(recorded);
      const services = await env.gw[method](SPEC_PROVIDER);
      expect(lastRequest()).toMatchObject({
        method: 'GET',
        path: `/r1/INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/${method}`,
      });
      expect(lastRequest().headers['x-road-client']).toBe(SPEC_CLIENT);
      expect(services.map((s) => s.serviceCode)).toEqual(codes);
      expect(services[0]!.id).toBe('INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/payloadgen');
      // The service type and the endpoint list, as the answer gives them.
      const wire = (recorded.body as { service: WireService[] }).service;
      expect(services.map((s) => s.serviceType)).toEqual(wire.map((w) => w.service_type));
      expect(services.map((s) => s.endpoints)).toEqual(wire.map((w) => w.endpoint_list));
    },
  );

  it('getOpenAPI: serviceCode in the query, a JSON document returned as published (B.3)', async () => {
    const recorded = answer('get-openapi.json');
    serve(recorded);
    const published = await env.gw.getOpenAPI(SPEC_PROVIDER, 'listFirms');
    expect(lastRequest()).toMatchObject({
      method: 'GET',
      path: '/r1/INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/getOpenAPI?serviceCode=listFirms',
    });
    expect(lastRequest().headers.accept).toBe('application/json');
    // As published: its media type (no parameters) and its text; parsed only on request.
    expect(published.mediaType).toBe('application/json');
    expect(JSON.parse(published.text)).toEqual(recorded.body);
    expect(published.document).toBeUndefined();
    const parsed = await env.gw.getOpenAPI(SPEC_PROVIDER, 'listFirms', { parse: true });
    expect(parsed.document).toEqual(recorded.body);
  });

  it.each(['text/yaml', 'application/x-yaml'])(
    'getOpenAPI: the YAML document as published (%s), parsed on request (B.3)',
    async (mediaType) => {
      serve({
        source: 'pr-mrest B.3',
        status: 200,
        headers: { 'content-type': mediaType },
        body: openApiYaml(),
      });
      const published = await env.gw.getOpenAPI(SPEC_PROVIDER, 'listFirms');
      expect(published).toEqual({ mediaType, text: openApiYaml() });
      const parsed = await env.gw.getOpenAPI(SPEC_PROVIDER, 'listFirms', { parse: true });
      // The YAML and the JSON of annex B.3 are one document.
      expect(parsed.document).toEqual(answer('get-openapi.json').body);
    },
  );

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
