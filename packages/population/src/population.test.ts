import type { AccessContext, CallOptions, Gateway, ServiceDefinition } from '@onceonly/core';
import { InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { fullCollection } from './fixtures/congdan.js';
import { population } from './population.js';

/** Where a test answer came from, as the gateway hands it to `map`. */
const SOURCE = { provider: 'GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-01-01T00:00:00Z' };

const ctx: AccessContext = {
  purpose: '1.001193',
  caseId: 'H23.01-241122-0001',
  consent: 'token',
  officerId: '001085001234',
};
const query = { personalId: '079190012345', fullName: 'Nguyễn Thị Ngọc Diễm', birthDate: '17/04/1990' };
const meta = {
  provider: 'VN/GOV/000.00.00.G10/CSDLDC',
  retrievedAt: '2026-11-23T08:00:00.000Z',
  xroadId: 'x',
  cached: false,
};

/** A gateway that answers every call from one wire answer and remembers what it was asked. */
function fakeGateway() {
  const calls: Array<{
    service: ServiceDefinition<unknown, unknown, unknown>;
    request: unknown;
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
      calls.push({ service: service as never, request, options });
      return service.map(fullCollection as W, request, SOURCE);
    },
    async callWithMeta<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ service: service as never, request, options });
      return { value: service.map(fullCollection as W, request, SOURCE), meta };
    },
  };
  return { gateway: gateway as Gateway, calls };
}

describe('population', () => {
  it('speaks SOAP by default, and the REST profile on request, with the same result', async () => {
    const soap = fakeGateway();
    const rest = fakeGateway();
    const a = await population(soap.gateway).getCitizen(query, ctx);
    const b = await population(rest.gateway, { encoding: 'rest' }).getCitizen(query, ctx);
    expect(a).toEqual(b);
    expect(a.name.full).toBe('Nguyễn Thị Ngọc Diễm');
    expect(soap.calls[0]?.service).toMatchObject({ profile: 'soap', code: 'TraCuuThongTinCongDan' });
    expect(rest.calls[0]?.service).toMatchObject({ profile: 'rest', code: 'TraCuuThongTinCongDan' });
  });

  it('puts unit and caller code on the wire and passes the provider of this environment', async () => {
    const { gateway, calls } = fakeGateway();
    const pop = population(gateway, {
      provider: 'GOV/000.00.00.G10/CSDLDC-TEST',
      unit: 'H23.01',
      callerCode: 'VPCP',
    });
    const result = await pop.getCitizenWithMeta(query, ctx);
    expect(result.meta).toEqual(meta);
    expect(calls[0]?.options).toEqual({ provider: 'GOV/000.00.00.G10/CSDLDC-TEST' });
    expect(
      calls[0]?.service.toWire?.(query, {
        xroadId: 'x',
        officerId: '001085001234',
        purpose: 'p',
        caseId: 'c',
      }),
    ).toMatchObject({ MaDonVi: 'H23.01', MaDVC: 'VPCP' });
  });

  it('refuses an unknown encoding', () => {
    expect(() => population(fakeGateway().gateway, { encoding: 'xml' as never })).toThrow(InputError);
  });
});
