import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { recordName } from '../providers/population-wire.js';
import { createMockPlatform } from './create-mock-platform.js';

const mock = createMockPlatform({ seed: 42 });
const PURPOSE = '1.001193';
const persona = mock.world.byTag('married')[0]!;
const birth = persona.population.ngaySinh.split('/').reverse().join('');

/** A request envelope as public integrations write it (REFERENCE.md §1–2). */
function envelope(
  options: { name?: string; officer?: string | null; operation?: string; ns?: string; service?: string } = {},
) {
  const officer = options.officer === null ? '' : `<MaCanBo>${options.officer ?? '001085001234'}</MaCanBo>`;
  const operation = options.operation ?? 'TraCuuThongTinCongDan';
  return `<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"
  xmlns:xroad="http://x-road.eu/xsd/xroad.xsd" xmlns:id="http://x-road.eu/xsd/identifiers">
  <SOAP-ENV:Header>
    <xroad:client id:objectType="SUBSYSTEM"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV</id:memberClass><id:memberCode>000.00.00.H23</id:memberCode><id:subsystemCode>PORTAL</id:subsystemCode></xroad:client>
    <xroad:service id:objectType="SERVICE"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV</id:memberClass><id:memberCode>000.00.00.G10</id:memberCode><id:subsystemCode>CSDLDC</id:subsystemCode><id:serviceCode>${options.service ?? operation}</id:serviceCode></xroad:service>
    <xroad:id>req-1</xroad:id><xroad:userId>VN001085001234</xroad:userId><xroad:issue>H23-1</xroad:issue>
    <xroad:protocolVersion>4.0</xroad:protocolVersion>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body>
    <ns:${operation} xmlns:ns="${options.ns ?? 'http://dancuquocgia.bca'}">
      <MaYeuCau>req-1</MaYeuCau>${officer}${operation === 'TraCuuThongTinCongDan' ? '<MaTichHop>037</MaTichHop>' : ''}
      <SoDinhDanh>${persona.personalId}</SoDinhDanh><HoVaTen>${options.name ?? recordName(persona.population)}</HoVaTen>
      <NgayThangNamSinh>${birth.length === 4 ? `<Nam>${birth}</Nam>` : `<NgayThangNam>${birth.padEnd(8, '0')}</NgayThangNam>`}</NgayThangNamSinh>
    </ns:${operation}>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>`;
}

async function post(xml: string, headers: Record<string, string> = {}) {
  const body = new TextEncoder().encode(xml);
  const response = await mock.handler({
    method: 'POST',
    url: '/',
    origin: mock.origin,
    headers: {
      'content-type': 'text/xml; charset=utf-8',
      soapaction: '""',
      'x-purpose': PURPOSE,
      'x-consent': mock.consent(persona.personalId, 'population.basic', PURPOSE),
      ...headers,
    },
    body,
  });
  const text = new TextDecoder().decode(response.body);
  const parsed = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false }).parse(
    text,
  );
  return {
    status: response.status,
    text,
    env: parsed.Envelope,
    hash: createHash('sha512').update(body).digest('base64'),
  };
}

describe('the mock SOAP endpoint', () => {
  it('answers TraCuuThongTinCongDan with the header echoed, the request hash and a CongdanCollection', async () => {
    const { status, env, hash, text } = await post(envelope());
    expect(text).toMatch(/<CongdanCollection [^>]*xmlns="http:\/\/www.mic.gov.vn\/dancu\/1.0"/);
    expect(status).toBe(200);
    expect(env.Header.id).toBe('req-1');
    expect(env.Header.client.subsystemCode).toBe('PORTAL');
    expect(env.Header.service.serviceCode).toBe('TraCuuThongTinCongDan');
    expect(env.Header.requestHash['#text']).toBe(hash);
    const collection = env.Body.TraCuuThongTinCongDanResponse.CongdanCollection;
    expect(collection['@_SoCongDan']).toBe('1');
    expect(collection.CongDan.SoDinhDanh).toBe(persona.personalId);
    expect(mock.calls.at(-1)).toMatchObject({ service: 'population.citizen.get', status: 200 });
  });

  it.each([
    ['a name that does not match', { name: 'Người Khác Hẳn' }],
    ['no officer', { officer: null }],
  ])('answers %s as the real service: not found (a NOT_FOUND fault)', async (_what, options) => {
    const { status, env } = await post(envelope(options));
    expect(status).toBe(500);
    expect(env.Body.Fault.faultcode).toBe('NOT_FOUND');
  });

  it('refuses a lookup without consent, and a wrong operation namespace', async () => {
    expect((await post(envelope(), { 'x-consent': '' })).env.Body.Fault.faultcode).toBe('CONSENT_REQUIRED');
    expect((await post(envelope({ ns: 'http://example.org/other' }))).env.Body.Fault.faultcode).toBe(
      'INVALID_REQUEST',
    );
  });

  it('answers an unknown service and a DTD with security-server faults', async () => {
    const unknown = await post(envelope({ service: 'KhongCo' }));
    expect(unknown.env.Body.Fault.faultcode.toLowerCase()).toContain('unknown');
    const dtd = await post(
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>${envelope().replace(/^<\?xml[^>]*>/, '')}`,
    );
    expect(dtd.env.Body.Fault.faultcode.toLowerCase()).toContain('client');
  });

  it('verifies yes or no', async () => {
    const yes = await post(envelope({ operation: 'XacThucThongTinCongDan' }));
    expect(yes.env.Body.XacThucThongTinCongDanResponse.KetQuaXacThucResponse.TonTai).toBe('true');
    const no = await post(envelope({ operation: 'XacThucThongTinCongDan', name: 'Người Khác Hẳn' }));
    expect(no.env.Body.XacThucThongTinCongDanResponse.KetQuaXacThucResponse.TonTai).toBe('false');
  });

  it('applies injected faults to SOAP services too', async () => {
    mock.faults.inject(
      'population.citizen.get',
      { kind: 'status', status: 503, retryAfterSec: 1 },
      { times: 1 },
    );
    const failed = await post(envelope());
    expect(failed.status).toBe(503);
    expect(failed.env.Body.Fault.faultcode).toBe('UNAVAILABLE');
    expect((await post(envelope())).status).toBe(200);
  });

  it('serves a WSDL generated from the declarations at ?wsdl', async () => {
    const response = await mock.handler({
      method: 'GET',
      url: '/?wsdl',
      origin: mock.origin,
      headers: {},
      body: new Uint8Array(),
    });
    const text = new TextDecoder().decode(response.body);
    expect(response.status).toBe(200);
    expect(text).toContain('name="TraCuuThongTinCongDan"');
    expect(text).toContain('name="MaCanBo"');
    expect(text).toContain('name="CongdanCollection"');
    expect(text).toContain('targetNamespace="http://dancuquocgia.bca"');
  });
});
