import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { defineService } from './define-service.js';

const base = {
  id: 'population.citizen.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'TraCuuThongTinCongDan',
  category: 'population.basic',
  idempotent: true,
  request: Type.Object({ personalId: Type.String() }),
  response: Type.Object({}),
};
const soap = { namespace: 'http://dancuquocgia.bca', responseElement: 'CongdanCollection' };

function problemOf(define: () => unknown): string {
  try {
    define();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('INVALID_SERVICE_DEFINITION');
    return (error as InputError).message;
  }
  throw new Error('the declaration was accepted');
}

describe('defineService: the SOAP profile', () => {
  it('defaults to REST, no officer, no wire mapping', () => {
    const service = defineService(base);
    expect(service).toMatchObject({
      profile: 'rest',
      soap: undefined,
      toWire: undefined,
      requiresOfficer: false,
    });
  });

  it('fills the SOAP defaults: the operation is the code', () => {
    const service = defineService({ ...base, profile: 'soap', soap, requiresOfficer: true });
    expect(service.profile).toBe('soap');
    expect(service.requiresOfficer).toBe(true);
    expect(service.soap).toEqual({
      ...soap,
      operation: 'TraCuuThongTinCongDan',
      responseNamespace: undefined,
      serviceVersion: undefined,
      arrays: [],
      acceptEmptyHeader: false,
    });
    expect(Object.isFrozen(service.soap)).toBe(true);
  });

  it('keeps wireRequest as plain JSON Schema beside toWire', () => {
    const wireRequest = Type.Object({ MaYeuCau: Type.String() });
    const service = defineService({
      ...base,
      profile: 'soap',
      soap,
      wireRequest,
      toWire: (_q, c) => ({ MaYeuCau: c.xroadId }),
    });
    expect(service.wireRequest).toEqual(JSON.parse(JSON.stringify(wireRequest)));
    expect(service.toWire?.({ personalId: '1' }, { xroadId: 'x', purpose: 'p', caseId: 'c' })).toEqual({
      MaYeuCau: 'x',
    });
  });

  it('refuses impossible SOAP declarations at definition time', () => {
    expect(problemOf(() => defineService({ ...base, profile: 'soap' }))).toMatch(/needs soap/);
    expect(problemOf(() => defineService({ ...base, profile: 'grpc' as 'soap', soap }))).toMatch(
      /profile must be/,
    );
    expect(
      problemOf(() => defineService({ ...base, profile: 'soap', soap: { ...soap, namespace: 'not a uri' } })),
    ).toMatch(/soap.namespace/);
    expect(
      problemOf(() => defineService({ ...base, profile: 'soap', soap: { ...soap, responseElement: 'a b' } })),
    ).toMatch(/responseElement/);
    expect(
      problemOf(() => defineService({ ...base, profile: 'soap', soap: { ...soap, operation: '1x' } })),
    ).toMatch(/soap.operation/);
    expect(problemOf(() => defineService({ ...base, profile: 'soap', soap, method: 'GET' }))).toMatch(
      /always a POST/,
    );
    expect(
      problemOf(() => defineService({ ...base, profile: 'soap', soap, wireRequest: Type.Object({}) })),
    ).toMatch(/declare toWire/);
    expect(
      problemOf(() =>
        defineService({ ...base, profile: 'soap', soap: { ...soap, arrays: ['ok', '<bad>'] } }),
      ),
    ).toMatch(/soap.arrays/);
    expect(
      problemOf(() =>
        defineService({
          ...base,
          method: 'GET',
          path: '/x/{personalId}',
          toWire: (q) => ({ SoDinhDanh: q.personalId }),
        }),
      ),
    ).toMatch(/no path or query/);
  });

  it('a REST twin may spread a SOAP declaration (its soap settings are kept, unused)', () => {
    const twin = defineService({ ...base, soap, profile: 'rest' });
    expect(twin.profile).toBe('rest');
  });
});
