import { parseClientId } from '../transport/xroad-id.js';
import { describe, expect, it } from 'vitest';
import { defineService } from '../service/define-service.js';
import { restProfile } from './rest-profile.js';

const service = defineService({
  id: 'test.person.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'person.get',
  category: 'population.basic',
  idempotent: true,
  request: {},
  response: {},
});
const call = {
  service,
  request: { personalId: '001203012345' },
  provider: { instance: 'VN', memberClass: 'GOV', memberCode: '000.00.00.G10', subsystemCode: 'CSDLDC' },
  client: parseClientId('VN/GOV/000.00.00.H23/PORTAL'),
  basePath: '/lgsp',
  xroadId: 'id-1',
  purpose: '1.001193',
  caseId: 'H23.01',
};

describe('restProfile.encode', () => {
  it('POSTs the input as JSON to /r1/{provider}/{service}, X-Road fields as headers', () => {
    const encoded = restProfile.encode({ ...call, userId: 'VN001', consent: 'a.b.c' } as never);
    expect(encoded).toEqual({
      method: 'POST',
      path: '/lgsp/r1/VN/GOV/000.00.00.G10/CSDLDC/person.get',
      body: '{"personalId":"001203012345"}',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json; charset=utf-8',
        'x-road-client': 'VN/GOV/000.00.00.H23/PORTAL',
        'x-road-id': 'id-1',
        'x-road-issue': 'H23.01',
        'x-purpose': '1.001193',
        'x-road-userid': 'VN001',
        'x-consent': 'a.b.c',
      },
    });
  });

  it('sends no body, content type, user or consent when there are none', () => {
    const encoded = restProfile.encode({
      ...call,
      request: {},
      service: { ...service, method: 'GET' },
    } as never);
    expect(encoded.body).toBeUndefined();
    expect(Object.keys(encoded.headers).sort()).toEqual([
      'accept',
      'x-purpose',
      'x-road-client',
      'x-road-id',
      'x-road-issue',
    ]);
  });
});
