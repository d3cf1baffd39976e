import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { callHeaders, send, testPlatform, type Json } from './test-fixture.js';

const NARROW = 'VN/GOV/000.00.00.H99/NARROW';
const mock = testPlatform({
  xroadVersion: '7.7',
  clients: { [NARROW]: { services: ['population.citizen.get'], name: 'Narrow portal' } },
});
const headers = (client = 'VN/GOV/000.00.00.H23/PORTAL') => ({
  accept: 'application/json',
  'x-road-client': client,
});

describe('metaservices', () => {
  it('listClients lists members and their subsystems as the metadata protocol (annex C.1) does', async () => {
    const answer = await send(mock, '/listClients', { headers: headers() });
    expect(answer.status).toBe(200);
    const entries = answer.json.member.map((m: Json) => [
      m.id.object_type,
      m.id.member_code,
      m.id.subsystem_code,
      m.name,
      m.subsystem_name,
    ]);
    expect(entries).toEqual([
      ['MEMBER', '000.00.00.H23', undefined, 'Ủy ban nhân dân tỉnh (mock)', undefined],
      ['SUBSYSTEM', '000.00.00.H23', 'PORTAL', 'Ủy ban nhân dân tỉnh (mock)', 'Mock public service portal'],
      ['MEMBER', '000.00.00.H99', undefined, 'Member 000.00.00.H99', undefined],
      ['SUBSYSTEM', '000.00.00.H99', 'NARROW', 'Member 000.00.00.H99', 'Narrow portal'],
      ['MEMBER', '000.00.00.G10', undefined, 'Bộ Công an', undefined],
      ['SUBSYSTEM', '000.00.00.G10', 'CSDLDC', 'Bộ Công an', 'Cơ sở dữ liệu quốc gia về dân cư'],
      ['MEMBER', '000.00.00.G12', undefined, 'Bộ Tài chính', undefined],
      [
        'SUBSYSTEM',
        '000.00.00.G12',
        'DKDN',
        'Bộ Tài chính',
        'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
      ],
    ]);
    // A member entry has no subsystem_code key at all, as in the spec's example.
    expect(Object.keys(answer.json.member[0].id).sort()).toEqual([
      'member_class',
      'member_code',
      'object_type',
      'xroad_instance',
    ]);
  });

  it('listClients answers XML without Accept: application/json, as a real security server does', async () => {
    const answer = await send(mock, '/listClients', {
      headers: { 'x-road-client': 'VN/GOV/000.00.00.H23/PORTAL' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/xml/);
    expect(answer.text).toContain('<ns2:clientList');
    expect(answer.text).toContain(
      '<ns2:id ns1:objectType="MEMBER"><ns1:xRoadInstance>VN</ns1:xRoadInstance>',
    );
    expect(answer.text).toContain('<ns2:subsystemName>Cơ sở dữ liệu quốc gia về dân cư</ns2:subsystemName>');
  });

  it('listClients takes the X-Road-Client header', async () => {
    const answer = await send(mock, '/listClients', { headers: { accept: 'application/json' } });
    expect([answer.status, answer.json.type]).toEqual([400, 'Client.BadRequest']);
  });

  it('listMethods lists the services of a provider subsystem, with type and endpoints (annex B.1)', async () => {
    const answer = await send(mock, '/r1/VN/GOV/000.00.00.G10/CSDLDC/listMethods', { headers: headers() });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      service: [
        {
          object_type: 'SERVICE',
          xroad_instance: 'VN',
          member_class: 'GOV',
          member_code: '000.00.00.G10',
          subsystem_code: 'CSDLDC',
          service_code: 'citizen.get',
          service_type: 'OPENAPI',
          endpoint_list: [{ method: 'POST', path: '/' }],
        },
      ],
    });
    expect(answer.headers['x-road-service']).toBe('VN/GOV/000.00.00.G10/CSDLDC/listMethods');
    expect(mock.calls.at(-1)).toMatchObject({ metaservice: 'listMethods', status: 200 });
  });

  it('allowedMethods lists only what the client may call', async () => {
    const all = await send(mock, '/r1/VN/GOV/000.00.00.G12/DKDN/allowedMethods', { headers: headers() });
    expect(all.json.service).toHaveLength(1);
    const narrow = await send(mock, '/r1/VN/GOV/000.00.00.G12/DKDN/allowedMethods', {
      headers: headers(NARROW),
    });
    expect(narrow.json).toEqual({ service: [] });
    const listed = await send(mock, '/r1/VN/GOV/000.00.00.G12/DKDN/listMethods', {
      headers: headers(NARROW),
    });
    expect(listed.json.service).toHaveLength(1);
  });

  it('getOpenAPI answers the document as the provider publishes it: YAML by default (annex B.3)', async () => {
    const path = '/r1/VN/GOV/000.00.00.G10/CSDLDC/getOpenAPI?serviceCode=citizen.get';
    // JSON asked for, YAML published: the security server passes the provider's document as it is.
    const answer = await send(mock, path, { headers: headers() });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/yaml; charset=utf-8');
    expect(answer.text).toMatch(/^openapi: 3\.1\.0$/m);
    const doc = parse(answer.text);
    expect(Object.keys(doc.paths)).toEqual(['/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get']);
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);

    const jsonPlatform = testPlatform({ openApiFormat: 'json' });
    const json = await send(jsonPlatform, path, { headers: headers() });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json).toEqual(doc);
    await jsonPlatform.close();
  });

  it('refuses getOpenAPI without or with an unknown serviceCode, and unknown subsystems', async () => {
    const base = '/r1/VN/GOV/000.00.00.G10/CSDLDC/getOpenAPI';
    expect((await send(mock, base, { headers: headers() })).json.type).toBe('Client.BadRequest');
    expect((await send(mock, `${base}?serviceCode=nope`, { headers: headers() })).json.type).toBe(
      'Server.ServerProxy.UnknownService',
    );
    expect(
      (await send(mock, '/r1/VN/GOV/000.00.00.G77/NONE/listMethods', { headers: headers() })).status,
    ).toBe(500);
    expect(
      (await send(mock, '/r1/VN/GOV/000.00.00.G10/CSDLDC/listMethods', { headers: headers('VN/X') })).status,
    ).toBe(400);
  });
});

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document of the whole contract', async () => {
    const answer = await send(mock, '/openapi.json');
    expect(answer.status).toBe(200);
    const doc = answer.json;
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(doc.servers).toEqual([{ url: mock.origin }]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
        '/r1/VN/GOV/000.00.00.G12/DKDN/company.get',
        '/listClients',
        '/r1/{xRoadInstance}/{memberClass}/{memberCode}/{subsystemCode}/listMethods',
        '/r1/{xRoadInstance}/{memberClass}/{memberCode}/{subsystemCode}/allowedMethods',
        '/r1/{xRoadInstance}/{memberClass}/{memberCode}/{subsystemCode}/getOpenAPI',
        '/oauth2/token',
        '/providers/jwks.json',
        '/idp/jwks.json',
      ]),
    );
    const citizen = doc.paths['/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get'].post;
    expect(citizen.requestBody.content['application/json'].schema).toMatchObject({
      required: ['personalId'],
    });
    expect(citizen.parameters.map((p: Json) => p.name)).toContain('X-Consent');
    expect(Object.keys(citizen.responses)).toEqual(['200', '400', '401', '403', '404', '429', '500', '503']);
    const company = doc.paths['/r1/VN/GOV/000.00.00.G12/DKDN/company.get'].get;
    expect(company.parameters.map((p: Json) => p.name)).toContain('taxCode');
    expect(company.parameters.map((p: Json) => p.name)).not.toContain('X-Consent');
    expect(mock.openapi()).toEqual(doc);
  });

  it('names the real server once listening', async () => {
    const m = testPlatform();
    const { url } = await m.listen();
    try {
      expect((await send(url, '/openapi.json')).json.servers).toEqual([{ url }]);
    } finally {
      await m.close();
    }
  });
});

it('callHeaders are well-formed for metaservices too', async () => {
  expect((await send(mock, '/listClients', { headers: callHeaders() })).status).toBe(200);
});
