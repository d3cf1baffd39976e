import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResponseError } from '../errors/onceonly-error.js';
import { createGateway } from '../gateway/create-gateway.js';

// Answers copied from the X-Road specifications' own examples (see fixtures/README.md).
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const BASE = 'https://ss.example.gov.vn';
const PROVIDER = 'CLASS2/MEMBER2/SUBSYSTEM2';
const PROVIDER_PATH = '/r1/INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2';

let agent: MockAgent;
let seen: Array<Record<string, string>>;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  seen = [];
});
afterEach(async () => {
  await agent.close();
});

function answer(path: string, body: string, contentType: string, status = 200) {
  agent
    .get(BASE)
    .intercept({ path, method: 'GET' })
    .reply((options) => {
      seen.push(options.headers as Record<string, string>);
      return {
        statusCode: status,
        data: body,
        responseOptions: { headers: { 'content-type': contentType } },
      };
    });
}

function gateway(client = 'INSTANCE/CLASS1/MEMBER1/SUBSYSTEM1') {
  return createGateway({ baseUrl: BASE, client, dispatcher: agent, verify: false, retry: false });
}

describe('listClients (metadata protocol, annex C.1)', () => {
  it('reads member entries and subsystem entries, with the member and subsystem names apart', async () => {
    answer('/listClients', fixture('list-clients.json'), 'application/json;charset=utf-8');
    const clients = await gateway().listClients();
    expect(clients.map((c) => [c.kind, c.id])).toEqual([
      ['MEMBER', 'AA/GOV/TS1OWNER'],
      ['MEMBER', 'AA/GOV/TS2OWNER'],
      ['MEMBER', 'AA/ENT/CLIENT1'],
      ['SUBSYSTEM', 'AA/ENT/CLIENT1/sub'],
    ]);
    expect(clients[0]).toEqual({
      kind: 'MEMBER',
      id: 'AA/GOV/TS1OWNER',
      instance: 'AA',
      memberClass: 'GOV',
      memberCode: 'TS1OWNER',
      memberName: 'TS1 Owner',
    });
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
    expect(seen[0]).toMatchObject({
      accept: 'application/json',
      'x-road-client': 'INSTANCE/CLASS1/MEMBER1/SUBSYSTEM1',
    });
  });

  it('says so when the security server answers in XML (the Accept header was lost on the way)', async () => {
    answer('/listClients', fixture('list-clients.xml'), 'text/xml;charset=utf-8');
    const error = await gateway()
      .listClients()
      .catch((e: unknown) => e);
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'RESPONSE_NOT_JSON', retryable: false });
    expect((error as Error).message).toMatch(/XML.*Accept/);
  });

  it('percent-encodes each part of X-Road-Client (REST protocol §4.3)', async () => {
    answer('/listClients', fixture('list-clients.json'), 'application/json');
    await gateway('VN/GOV/Sở 100%/PORTAL').listClients();
    expect(seen[0]!['x-road-client']).toBe('VN/GOV/S%E1%BB%9F%20100%25/PORTAL');
  });
});

describe('listMethods / allowedMethods (REST metadata protocol, annex B.1 and B.2)', () => {
  it('keeps each service type and endpoint list', async () => {
    answer(`${PROVIDER_PATH}/listMethods`, fixture('list-methods.json'), 'application/json');
    const services = await gateway().listMethods(PROVIDER);
    expect(services.map((s) => [s.id, s.serviceType, s.endpoints.length])).toEqual([
      ['INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/payloadgen', 'OPENAPI', 19],
      ['INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/kore', 'REST', 3],
    ]);
    expect(services[0]!.endpoints[4]).toEqual({ method: 'GET', path: '/pet/*' });
    expect(services[1]!.endpoints).toEqual([
      { method: 'GET', path: '/school' },
      { method: 'PUT', path: '/school' },
      { method: 'POST', path: '/school' },
    ]);
  });

  it('reads the endpoints this client may call', async () => {
    answer(`${PROVIDER_PATH}/allowedMethods`, fixture('allowed-methods.json'), 'application/json');
    const [payloadgen, ...rest] = await gateway().allowedMethods(PROVIDER);
    expect(rest).toEqual([]);
    expect(payloadgen).toEqual({
      id: 'INSTANCE/CLASS2/MEMBER2/SUBSYSTEM2/payloadgen',
      serviceCode: 'payloadgen',
      serviceType: 'OPENAPI',
      endpoints: [
        { method: 'GET', path: '/pet/findByStatus' },
        { method: 'GET', path: '/pet/findByTags' },
        { method: 'GET', path: '/pet/*' },
      ],
    });
  });

  it('refuses an endpoint list that is not a list', async () => {
    const body = JSON.parse(fixture('allowed-methods.json'));
    body.service[0].endpoint_list = 'GET /pet';
    answer(`${PROVIDER_PATH}/allowedMethods`, JSON.stringify(body), 'application/json');
    await expect(gateway().allowedMethods(PROVIDER)).rejects.toMatchObject({ code: 'RESPONSE_MALFORMED' });
  });
});

describe('getOpenAPI (REST metadata protocol, annex B.3)', () => {
  const path = `${PROVIDER_PATH}/getOpenAPI?serviceCode=listFirms`;

  it('returns the YAML document as published, with its media type, although JSON was asked for', async () => {
    answer(path, fixture('get-openapi.yaml'), 'text/yaml');
    const published = await gateway().getOpenAPI(PROVIDER, 'listFirms');
    expect(published).toEqual({ mediaType: 'text/yaml', text: fixture('get-openapi.yaml') });
    expect(seen[0]!.accept).toBe('application/json');
  });

  it('parses YAML or JSON on request', async () => {
    answer(path, fixture('get-openapi.yaml'), 'application/x-yaml');
    const yaml = await gateway().getOpenAPI(PROVIDER, 'listFirms', { parse: true });
    expect(yaml.mediaType).toBe('application/x-yaml');
    expect(yaml.document).toMatchObject({
      openapi: '3.0.0',
      info: { title: 'Firm listing' },
      paths: { '/firms': { get: { operationId: 'listFirms' } } },
    });
    answer(path, JSON.stringify(yaml.document), 'application/json; charset=utf-8');
    const json = await gateway().getOpenAPI(PROVIDER, 'listFirms', { parse: true });
    expect(json.mediaType).toBe('application/json');
    expect(json.document).toEqual(yaml.document);
  });

  it('refuses on parse what is not an OpenAPI document, typed', async () => {
    for (const body of ['{ not: [yaml', '- a list', 'title: no version']) {
      answer(path, body, 'text/yaml');
      await expect(gateway().getOpenAPI(PROVIDER, 'listFirms', { parse: true })).rejects.toMatchObject({
        name: 'ResponseError',
        code: 'RESPONSE_MALFORMED',
      });
    }
  });
});
