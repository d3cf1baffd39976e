import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import type { OutgoingCall } from '../pipeline/profile.js';
import { defineService } from '../service/define-service.js';
import { parseClientId, parseProviderId, type SubsystemId } from '../transport/xroad-id.js';
import { buildXml, toXmlContent } from '../xml/build-xml.js';
import { buildRequestEnvelope } from './build-envelope.js';
import { SOAP_ENV, XROAD, XROAD_ID } from './namespaces.js';

const declare = (serviceVersion?: string) =>
  defineService({
    id: 'population.citizen.get',
    provider: 'GOV/000.00.00.G10/CSDLDC',
    code: 'TraCuuThongTinCongDan',
    category: 'population.basic',
    idempotent: true,
    profile: 'soap',
    soap: { namespace: 'http://dancuquocgia.bca', responseElement: 'CongdanCollection', serviceVersion },
    request: Type.Object({ SoDinhDanh: Type.String(), HoVaTen: Type.String() }),
    response: Type.Object({}),
  });

// The whole envelope in one builder pass: what the cached client and service elements must equal.
function reference(call: OutgoingCall): string {
  const soap = call.service.soap!;
  const id = (subsystem: SubsystemId) => ({
    'id:xRoadInstance': subsystem.instance,
    'id:memberClass': subsystem.memberClass,
    'id:memberCode': subsystem.memberCode,
    'id:subsystemCode': subsystem.subsystemCode,
  });
  const service: Record<string, unknown> = {
    '@_id:objectType': 'SERVICE',
    ...id(call.provider),
    'id:serviceCode': call.service.code,
  };
  if (soap.serviceVersion !== undefined) service['id:serviceVersion'] = soap.serviceVersion;
  const header: Record<string, unknown> = {
    'xroad:client': { '@_id:objectType': 'SUBSYSTEM', ...id(call.client) },
    'xroad:service': service,
    'xroad:id': call.xroadId,
  };
  if (call.userId !== undefined) header['xroad:userId'] = call.userId;
  header['xroad:issue'] = call.caseId;
  header['xroad:protocolVersion'] = '4.0';
  return buildXml({
    'SOAP-ENV:Envelope': {
      '@_xmlns:SOAP-ENV': SOAP_ENV,
      '@_xmlns:xroad': XROAD,
      '@_xmlns:id': XROAD_ID,
      'SOAP-ENV:Header': header,
      'SOAP-ENV:Body': {
        [`ns:${soap.operation}`]: { '@_xmlns:ns': soap.namespace, ...(toXmlContent(call.request) as object) },
      },
    },
  });
}

const callOf = (service: ReturnType<typeof declare>, over: Partial<OutgoingCall> = {}): OutgoingCall => ({
  service: service as never,
  request: { SoDinhDanh: '001203012345', HoVaTen: 'Nguyễn <Văn> & "An"' },
  provider: parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN'),
  client: parseClientId('VN/GOV/000.00.00.H23/PORTAL'),
  basePath: '',
  xroadId: '6b0e6f5c-2a7e-4c59-9d8e-0a1b2c3d4e5f',
  purpose: '1.001193',
  caseId: 'H23.01-241122-0001',
  userId: 'VN001085012345',
  ...over,
});

const build = (call: OutgoingCall) => buildRequestEnvelope(call, call.service.soap!);

describe('buildRequestEnvelope', () => {
  it('writes byte for byte what one builder pass over the whole envelope writes', () => {
    const versioned = declare('v1');
    for (const call of [
      callOf(versioned),
      callOf(versioned, { userId: undefined, xroadId: 'a&b<c>"d\'' }),
      callOf(declare(), { caseId: '<issue & more>' }),
    ]) {
      expect(build(call)).toBe(reference(call));
      expect(build(call)).toBe(reference(call)); // the second time from the cached identities
    }
  });

  it('rebuilds the client and service elements when the client or provider changes', () => {
    const service = declare('v1');
    const calls = [
      callOf(service),
      callOf(service, { client: parseClientId('VN/GOV/000.00.00.H24/PORTAL') }),
      callOf(service, { provider: parseProviderId('GOV/000.00.00.G11/CSDLDC', 'VN') }),
      callOf(service, {
        provider: { ...parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN'), instance: 'VN-TEST' },
      }),
      callOf(service),
    ];
    for (const call of calls) expect(build(call)).toBe(reference(call));
    expect(build(calls[1]!)).toContain('<id:memberCode>000.00.00.H24</id:memberCode>');
  });

  it('never reuses identities changed in place after a call', () => {
    const service = declare();
    const client = { ...parseClientId('VN/GOV/000.00.00.H23/PORTAL') };
    build(callOf(service, { client }));
    client.subsystemCode = 'OTHER';
    const call = callOf(service, { client });
    expect(build(call)).toBe(reference(call));
  });
});
