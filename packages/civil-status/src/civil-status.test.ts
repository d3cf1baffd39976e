import type { AccessContext, CallOptions, Gateway, ServiceDefinition } from '@onceonly/core';
import { InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { civilStatus } from './civil-status.js';
import { birth } from './fixtures/ho-tich.js';

const SOURCE = { provider: 'GOV/000.00.00.G12/CSDLHT', retrievedAt: '2026-01-01T00:00:00Z' };
const ctx: AccessContext = {
  purpose: '1.001193',
  caseId: 'H23-1',
  consent: 'token',
  officerId: '001085001234',
};
const query = { personalId: '079223012345', fullName: 'Nguyễn Minh Khôi' };
const meta = {
  provider: 'VN/GOV/000.00.00.G12/CSDLHT',
  retrievedAt: SOURCE.retrievedAt,
  xroadId: 'x',
  cached: false,
};

/** A gateway that answers every call with the birth fixture and remembers what it was asked. */
function fakeGateway() {
  const calls: Array<{
    service: ServiceDefinition<unknown, unknown, unknown>;
    options: CallOptions | undefined;
  }> = [];
  const gateway: Pick<Gateway, 'client' | 'call' | 'callWithMeta'> = {
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    async call<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ service: service as never, options });
      return service.map(birth as W, request, SOURCE);
    },
    async callWithMeta<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ service: service as never, options });
      return { value: service.map(birth as W, request, SOURCE), meta };
    },
  };
  return { gateway: gateway as Gateway, calls };
}

describe('civilStatus', () => {
  it('speaks SOAP by default and REST on request, with the same result', async () => {
    const soap = fakeGateway();
    const rest = fakeGateway();
    const a = await civilStatus(soap.gateway).getBirthRecord(query, ctx);
    const b = await civilStatus(rest.gateway, { encoding: 'rest' }).getBirthRecord(query, ctx);
    expect(a).toEqual(b);
    expect(a.child.name).toBe('Nguyễn Minh Khôi');
    expect(soap.calls[0]?.service).toMatchObject({ profile: 'soap', code: 'TraCuuThongTinKhaiSinh' });
    expect(rest.calls[0]?.service).toMatchObject({ profile: 'rest', code: 'TraCuuThongTinKhaiSinh' });
  });

  it('passes the provider of this environment and gives the meta twin', async () => {
    const { gateway, calls } = fakeGateway();
    const civil = civilStatus(gateway, { provider: 'GOV/000.00.00.G12/CSDLHT-TEST', unit: 'H23.01' });
    const result = await civil.getBirthRecordWithMeta(query, ctx);
    expect(result.meta).toEqual(meta);
    expect(result.value.provenance).toEqual(SOURCE);
    expect(calls[0]?.options).toEqual({ provider: 'GOV/000.00.00.G12/CSDLHT-TEST' });
  });

  it('refuses an unknown encoding', () => {
    expect(() => civilStatus(fakeGateway().gateway, { encoding: 'xml' as never })).toThrow(InputError);
  });
});
