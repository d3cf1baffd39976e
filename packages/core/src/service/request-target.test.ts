import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { defineService } from './define-service.js';
import { requestTarget } from './request-target.js';
import { Type } from '@sinclair/typebox';

const base = {
  provider: 'GOV/000.00.00.G12/DKDN',
  code: 'DoanhNghiep',
  category: 'enterprise.basic',
  requiresConsent: false,
  idempotent: true,
  response: Type.Object({}),
};

const getEnterprise = defineService({
  ...base,
  id: 'enterprise.company.get',
  method: 'GET',
  path: '/enterprises/{taxCode}',
  query: ['page', 'active'],
  request: Type.Object(
    { taxCode: Type.String(), page: Type.Optional(Type.Integer()), active: Type.Optional(Type.Boolean()) },
    { additionalProperties: false },
  ),
});

const lookup = defineService({
  ...base,
  id: 'population.citizen.get',
  request: Type.Object({ personalId: Type.String() }),
  personal: ['personalId'],
});

describe('requestTarget', () => {
  it('sends a POST without a template as the whole request in its body, as before', () => {
    expect(requestTarget(lookup, { personalId: '001203012345' })).toEqual({
      path: '',
      query: '',
      body: '{"personalId":"001203012345"}',
    });
  });

  it('fills the path and the query of a GET from the input, and sends no body', () => {
    expect(requestTarget(getEnterprise, { taxCode: '0100109106', page: 2, active: true })).toEqual({
      path: '/enterprises/0100109106',
      query: '?page=2&active=true',
      body: undefined,
    });
  });

  it('leaves absent query parameters out', () => {
    expect(requestTarget(getEnterprise, { taxCode: '0100109106' })).toEqual({
      path: '/enterprises/0100109106',
      query: '',
      body: undefined,
    });
  });

  it('percent-encodes each value as one segment: a slash, a space or a "?" cannot change the URL', () => {
    const target = requestTarget(getEnterprise, { taxCode: '0100109106-001/../x?y=1 z' });
    expect(target.path).toBe('/enterprises/0100109106-001%2F..%2Fx%3Fy%3D1%20z');
    const search = defineService({
      ...base,
      id: 'enterprise.company.find',
      method: 'GET',
      query: ['name'],
      request: Type.Object({ name: Type.String() }, { additionalProperties: false }),
    });
    expect(requestTarget(search, { name: 'Công ty & Co=1' }).query).toBe(
      '?name=C%C3%B4ng%20ty%20%26%20Co%3D1',
    );
  });

  it('refuses an empty or dot segment, which would name another resource', () => {
    for (const taxCode of ['', '.', '..']) {
      expect(() => requestTarget(getEnterprise, { taxCode })).toThrow(InputError);
    }
  });

  it('refuses a field a GET does not place, without naming it (a key could be personal data)', () => {
    const error = (() => {
      try {
        requestTarget(getEnterprise, { taxCode: '0100109106', '001203012345': 'x' });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).not.toContain('001203012345');
    expect(error?.message).toContain('nothing was sent');
  });

  it('sends the fields a POST does not place in its body', () => {
    const submit = defineService({
      ...base,
      id: 'land.parcel.get',
      path: '/communes/{commune}',
      query: ['sheet'],
      request: Type.Object({ commune: Type.String(), sheet: Type.Integer(), ownerId: Type.String() }),
      personal: ['ownerId'],
    });
    expect(requestTarget(submit, { commune: '00004', sheet: 12, ownerId: '001203012345' })).toEqual({
      path: '/communes/00004',
      query: '?sheet=12',
      body: '{"ownerId":"001203012345"}',
    });
  });
});
