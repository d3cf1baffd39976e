import { Type } from '@sinclair/typebox';
import { describe, expectTypeOf, it } from 'vitest';
import type { CallResult } from '../gateway/types.js';
import type { AccessContext } from '../policy/access-context.js';
import { type ClientOf, createClient } from './create-client.js';
import { defineService, type RequestOf, type ResultOf, type WireOf } from './define-service.js';

const EnterpriseQuery = Type.Object({ taxCode: Type.String(), page: Type.Optional(Type.Integer()) });
const EnterpriseWire = Type.Object({ maSoDoanhNghiep: Type.String(), tenDoanhNghiep: Type.String() });
const base = {
  id: 'enterprise.company.get',
  provider: 'GOV/000.00.00.G12/DKDN',
  code: 'DoanhNghiep',
  category: 'enterprise.basic',
  idempotent: true,
  request: EnterpriseQuery,
  response: EnterpriseWire,
} as const;

const getEnterprise = defineService({
  ...base,
  map: (wire) => ({ taxCode: wire.maSoDoanhNghiep, name: wire.tenDoanhNghiep }),
});

describe('defineService infers its types from the declarations', () => {
  it('request, wire and result, with no generics written', () => {
    expectTypeOf<RequestOf<typeof getEnterprise>>().toEqualTypeOf<{ taxCode: string; page?: number }>();
    expectTypeOf<WireOf<typeof getEnterprise>>().toEqualTypeOf<{
      maSoDoanhNghiep: string;
      tenDoanhNghiep: string;
    }>();
    expectTypeOf<ResultOf<typeof getEnterprise>>().toEqualTypeOf<{ taxCode: string; name: string }>();
  });

  it('without a mapping, the result is the wire type', () => {
    const raw = defineService(base);
    expectTypeOf<ResultOf<typeof raw>>().toEqualTypeOf<WireOf<typeof raw>>();
  });

  it('types the callbacks from the schemas', () => {
    defineService({
      ...base,
      subject: (query) => {
        expectTypeOf(query.taxCode).toBeString();
        return undefined;
      },
      answerSubject: (wire) => wire.maSoDoanhNghiep,
    });
  });

  it('a wrong field in a mapping is a type error', () => {
    defineService({
      ...base,
      // @ts-expect-error: the wire has no `tenCongTy`
      map: (wire) => wire.tenCongTy.trim(),
    });
  });

  it('path, query and personal fields must be fields of the request', () => {
    defineService({ ...base, method: 'GET', path: '/enterprises/{taxCode}', query: ['page'] });
    // @ts-expect-error: `pageSize` is not a field of the request
    defineService({ ...base, method: 'GET', path: '/enterprises/{taxCode}', query: ['pageSize'] });
    // @ts-expect-error: `personalId` is not a field of the request
    defineService({ ...base, personal: ['personalId'] });
  });
});

describe('createClient types its methods from the service map', () => {
  type Client = ClientOf<{ getEnterprise: typeof getEnterprise }>;
  const client = {} as Client;

  it('a method per service and its WithMeta twin', () => {
    expectTypeOf(client.getEnterprise).parameter(0).toEqualTypeOf<{ taxCode: string; page?: number }>();
    expectTypeOf(client.getEnterprise).parameter(1).toEqualTypeOf<AccessContext>();
    expectTypeOf(client.getEnterprise).returns.resolves.toEqualTypeOf<{ taxCode: string; name: string }>();
    expectTypeOf(client.getEnterpriseWithMeta).returns.resolves.toEqualTypeOf<
      CallResult<{ taxCode: string; name: string }>
    >();
  });

  it('refuses a request of the wrong shape', () => {
    const ctx = {} as AccessContext;
    // @ts-expect-error: the request needs `taxCode`
    void client.getEnterprise({ personalId: '001203012345' }, ctx);
    // @ts-expect-error: no such operation
    void client.getCompany;
    expectTypeOf(createClient).returns.toBeObject();
  });
});

describe('a SOAP declaration types toWire from the schemas', () => {
  const CitizenQuery = Type.Object({ personalId: Type.String(), fullName: Type.String() });
  const WireQuery = Type.Object({
    MaYeuCau: Type.String(),
    SoDinhDanh: Type.String(),
    HoVaTen: Type.String(),
  });
  const soapBase = {
    id: 'population.citizen.get',
    provider: 'GOV/000.00.00.G10/CSDLDC',
    code: 'TraCuuThongTinCongDan',
    category: 'population.basic',
    idempotent: true,
    profile: 'soap',
    soap: { namespace: 'http://dancuquocgia.bca', responseElement: 'CongdanCollection' },
    request: CitizenQuery,
    response: Type.Object({ SoCongDan: Type.String() }),
    wireRequest: WireQuery,
  } as const;

  it("toWire's request is the inferred request, its context the call's ids", () => {
    const service = defineService({
      ...soapBase,
      toWire: (query, call) => {
        expectTypeOf(query).toEqualTypeOf<{ personalId: string; fullName: string }>();
        expectTypeOf(call.officerId).toEqualTypeOf<string | undefined>();
        return { MaYeuCau: call.xroadId, SoDinhDanh: query.personalId, HoVaTen: query.fullName };
      },
    });
    expectTypeOf<RequestOf<typeof service>>().toEqualTypeOf<{ personalId: string; fullName: string }>();
  });

  it("toWire's result is checked against wireRequest", () => {
    // @ts-expect-error: `HoVaTen` is missing from the wire request
    defineService({
      ...soapBase,
      toWire: (query, call) => ({ MaYeuCau: call.xroadId, SoDinhDanh: query.personalId }),
    });
    defineService({
      ...soapBase,
      // @ts-expect-error: the request has no `birthDate`
      toWire: (query, call) => ({ MaYeuCau: call.xroadId, SoDinhDanh: query.birthDate, HoVaTen: '' }),
    });
  });

  it('profile is "rest" or "soap"', () => {
    // @ts-expect-error: no such profile
    defineService({ ...base, profile: 'grpc' });
  });
});
