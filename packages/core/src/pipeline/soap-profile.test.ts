import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import {
  AuthError,
  NotFoundError,
  OnceOnlyError,
  ResponseError,
  UpstreamError,
} from '../errors/onceonly-error.js';
import { defineService } from '../service/define-service.js';
import type { HttpResponse } from '../transport/send.js';
import { parseClientId, parseProviderId } from '../transport/xroad-id.js';
import { findElement, parseXml } from '../xml/parse-xml.js';
import type { OutgoingCall } from './profile.js';
import { createSoapProfile } from './soap-profile.js';

const client = parseClientId('VN/GOV/000.00.00.H23/PORTAL');
const provider = parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN');
const XROAD_ID = '6b0e6f5c-2a7e-4c59-9d8e-0a1b2c3d4e5f';
const PERSONAL_ID = '001203012345';

const service = defineService({
  id: 'population.citizen.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'TraCuuThongTinCongDan',
  category: 'population.basic',
  idempotent: true,
  profile: 'soap',
  soap: {
    namespace: 'http://dancuquocgia.bca',
    responseElement: 'CongdanCollection',
    responseNamespace: 'http://www.mic.gov.vn/dancu/1.0',
    serviceVersion: 'v1',
    arrays: ['CongDan'],
  },
  request: Type.Object({ SoDinhDanh: Type.String(), HoVaTen: Type.String() }),
  response: Type.Object({
    SoCongDan: Type.String(),
    CongDan: Type.Array(
      Type.Object({ SoDinhDanh: Type.String(), HoVaTen: Type.Object({ Ten: Type.String() }) }),
    ),
  }),
});

const call: OutgoingCall = {
  service: service as never,
  request: { SoDinhDanh: PERSONAL_ID, HoVaTen: 'Nguyễn <Văn> & An' },
  provider,
  client,
  basePath: '',
  xroadId: XROAD_ID,
  purpose: '1.001193',
  caseId: 'H23.01-241122-0001',
  userId: 'VN001085012345',
};
const ctx = { xroadId: XROAD_ID, client, provider, now: Date.parse('2026-01-02T03:04:05Z') };
const profile = createSoapProfile(undefined);

function header(over: { id?: string; subsystem?: string; hash?: boolean } = {}): string {
  const part = (id: typeof client) =>
    `<id:xRoadInstance>${id.instance}</id:xRoadInstance><id:memberClass>${id.memberClass}</id:memberClass><id:memberCode>${id.memberCode}</id:memberCode><id:subsystemCode>${over.subsystem && id === client ? over.subsystem : id.subsystemCode}</id:subsystemCode>`;
  return `<SOAP-ENV:Header><xroad:client id:objectType="SUBSYSTEM">${part(client)}</xroad:client><xroad:service id:objectType="SERVICE">${part(provider)}<id:serviceCode>TraCuuThongTinCongDan</id:serviceCode><id:serviceVersion>v1</id:serviceVersion></xroad:service><xroad:id>${over.id ?? XROAD_ID}</xroad:id><xroad:protocolVersion>4.0</xroad:protocolVersion>${over.hash === false ? '' : '<xroad:requestHash algorithmId="http://www.w3.org/2001/04/xmlenc#sha512">aGFzaA==</xroad:requestHash>'}</SOAP-ENV:Header>`;
}
const BODY =
  '<ns:TraCuuThongTinCongDanResponse xmlns:ns="http://dancuquocgia.bca"><d:CongdanCollection xmlns:d="http://www.mic.gov.vn/dancu/1.0" SoCongDan="1"><d:CongDan><d:SoDinhDanh>001203012345</d:SoDinhDanh><d:HoVaTen><d:Ten>An</d:Ten></d:HoVaTen></d:CongDan></d:CongdanCollection></ns:TraCuuThongTinCongDanResponse>';
const envelope = (head: string, body: string, ns = 'http://schemas.xmlsoap.org/soap/envelope/') =>
  `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="${ns}" xmlns:xroad="http://x-road.eu/xsd/xroad.xsd" xmlns:id="http://x-road.eu/xsd/identifiers">${head}<SOAP-ENV:Body>${body}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;
const response = (text: string, status = 200): HttpResponse => ({
  status,
  headers: { 'content-type': 'text/xml; charset=utf-8' },
  body: new TextEncoder().encode(text),
});
const fault = (code: string, detail = '') =>
  `<SOAP-ENV:Fault><faultcode>${code}</faultcode><faultstring>Lỗi cho ${PERSONAL_ID}</faultstring>${detail}</SOAP-ENV:Fault>`;

function thrown(run: () => unknown): OnceOnlyError {
  try {
    run();
  } catch (error) {
    expect(OnceOnlyError.isInstance(error)).toBe(true);
    return error as OnceOnlyError;
  }
  throw new Error('no error');
}

describe('SOAP profile: encode', () => {
  it('posts an X-Road 4.0 envelope to the security server root, text escaped', () => {
    const encoded = profile.encode(call);
    expect(encoded).toMatchObject({ method: 'POST', path: '/' });
    expect(encoded.headers).toMatchObject({ 'content-type': 'text/xml; charset=utf-8', soapaction: '""' });
    expect(JSON.stringify(encoded.headers)).not.toContain(PERSONAL_ID);
    const root = parseXml(encoded.body!);
    expect(root).toMatchObject({ local: 'Envelope', ns: 'http://schemas.xmlsoap.org/soap/envelope/' });
    const texts = (local: string) => findElement(root, local)?.children.map((c) => `${c.local}=${c.text}`);
    expect(texts('client')).toEqual([
      'xRoadInstance=VN',
      'memberClass=GOV',
      'memberCode=000.00.00.H23',
      'subsystemCode=PORTAL',
    ]);
    expect(texts('service')).toContain('serviceCode=TraCuuThongTinCongDan');
    expect(texts('service')).toContain('serviceVersion=v1');
    expect(findElement(root, 'service')?.attributes).toEqual({ objectType: 'SERVICE' });
    for (const [local, text] of [
      ['id', XROAD_ID],
      ['userId', 'VN001085012345'],
      ['issue', call.caseId],
      ['protocolVersion', '4.0'],
    ])
      expect(findElement(root, local!, 'http://x-road.eu/xsd/xroad.xsd')?.text).toBe(text);
    const operation = findElement(root, 'TraCuuThongTinCongDan', 'http://dancuquocgia.bca');
    expect(operation?.children.map((c) => [c.local, c.text])).toEqual([
      ['SoDinhDanh', PERSONAL_ID],
      ['HoVaTen', 'Nguyễn <Văn> & An'],
    ]);
  });

  it('uses the provider endpoint path when configured', () => {
    const custom = createSoapProfile({ providers: { 'GOV/000.00.00.G10/CSDLDC': { path: '/lgsp/soap' } } });
    expect(custom.encode({ ...call, basePath: '/base' }).path).toBe('/base/lgsp/soap');
  });
});

describe('SOAP profile: decode', () => {
  it('checks the header, keeps the request hash, finds the answer element by local name and namespace', () => {
    const answer = profile.decode(response(envelope(header(), BODY)), service as never, ctx);
    expect(answer).toEqual({
      data: { SoCongDan: '1', CongDan: [{ SoDinhDanh: PERSONAL_ID, HoVaTen: { Ten: 'An' } }] },
      provider: 'VN/GOV/000.00.00.G10/CSDLDC', // with the instance, as REST answers name it
      retrievedAt: '2026-01-02T03:04:05.000Z',
      requestHash: 'aGFzaA==',
    });
  });

  it('refuses an answer whose header names another id or client: RESPONSE_HEADER_MISMATCH', () => {
    for (const head of [header({ id: 'other' }), header({ subsystem: 'OTHER' })]) {
      const error = thrown(() => profile.decode(response(envelope(head, BODY)), service as never, ctx));
      expect(error).toBeInstanceOf(ResponseError);
      expect(error.code).toBe('RESPONSE_HEADER_MISMATCH');
    }
  });

  it('accepts an empty header only where the provider is configured for it', () => {
    expect(thrown(() => profile.decode(response(envelope('', BODY)), service as never, ctx)).code).toBe(
      'RESPONSE_HEADER_MISMATCH',
    );
    const lenient = createSoapProfile({
      providers: { 'GOV/000.00.00.G10/CSDLDC': { acceptEmptyHeader: true } },
    });
    const answer = lenient.decode(response(envelope('<SOAP-ENV:Header/>', BODY)), service as never, ctx);
    expect(answer.requestHash).toBeUndefined();
    expect(answer.data).toMatchObject({ SoCongDan: '1' });
  });

  it('refuses a wrong envelope namespace, a missing answer element, a schema break, non-XML', () => {
    const cases = [
      response(envelope(header(), BODY, 'http://www.w3.org/2003/05/soap-envelope')),
      response(envelope(header(), '<x/>')),
      response(envelope(header(), BODY.replace('http://www.mic.gov.vn/dancu/1.0', 'urn:other'))),
      { ...response('{}'), headers: { 'content-type': 'application/json' } },
      response(envelope(header(), BODY).replace('<SOAP-ENV:Body>', '<!DOCTYPE x><SOAP-ENV:Body>')),
    ];
    for (const answer of cases) {
      const error = thrown(() => profile.decode(answer, service as never, ctx));
      expect(error).toBeInstanceOf(ResponseError);
      expect(error.code).toBe('RESPONSE_MALFORMED');
    }
    const broken = BODY.replace('<d:Ten>An</d:Ten>', '');
    expect(
      thrown(() => profile.decode(response(envelope(header(), broken)), service as never, ctx)).code,
    ).toBe('RESPONSE_SCHEMA');
  });
});

describe('SOAP profile: faults', () => {
  it('maps X-Road error types in both spellings, prefixed or not, inside a 200 too', () => {
    for (const code of [
      'SOAP-ENV:Server.ServerProxy.AccessDenied',
      'Server.ServerProxy.AccessDenied',
      'server.serverproxy.access_denied',
    ]) {
      const inside200 = thrown(() =>
        profile.decode(response(envelope(header(), fault(code))), service as never, ctx),
      );
      expect(inside200).toBeInstanceOf(AuthError);
      expect(inside200).toMatchObject({ code: 'ACCESS_DENIED', retryable: false });
      const as500 = profile.toError(response(envelope('', fault(code)), 500), ctx.now);
      expect(as500).toMatchObject({ code: 'ACCESS_DENIED', retryable: false });
    }
    const unreachable = profile.toError(
      response(envelope('', fault('SOAP-ENV:Server.ServerProxy.ServiceFailed.NetworkError')), 500),
      ctx.now,
    );
    expect(unreachable).toMatchObject({ code: 'PROVIDER_UNREACHABLE', retryable: true });
  });

  it('a provider not-found fault is NotFoundError, by faultcode or by a code in the detail', () => {
    expect(profile.toError(response(envelope('', fault('NOT_FOUND')), 500), ctx.now)).toBeInstanceOf(
      NotFoundError,
    );
    const inDetail = fault('SOAP-ENV:Server', '<detail><ma>NOT_FOUND</ma></detail>');
    expect(
      thrown(() => profile.decode(response(envelope(header(), inDetail)), service as never, ctx)),
    ).toBeInstanceOf(NotFoundError);
  });

  it('other faults: Server retryable, never the fault text in the message', () => {
    const error = profile.toError(response(envelope('', fault('SOAP-ENV:Server')), 500), ctx.now);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.retryable).toBe(true);
    expect(error.message + JSON.stringify(error.toJSON())).not.toContain(PERSONAL_ID);
    expect(profile.toError(response('not xml', 503), ctx.now)).toMatchObject({ code: 'UNAVAILABLE' });
  });
});
