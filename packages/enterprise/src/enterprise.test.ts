import type { AccessContext, CallOptions, Gateway, ServiceDefinition } from '@onceonly/core';
import { InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { enterprise } from './enterprise.js';
import { company, SOURCE } from './fixtures/records.js';

const ctx: AccessContext = { purpose: '1.001193', caseId: 'H23.01-241122-0001' };

/** A gateway that answers every call with one enterprise record and remembers what it was asked. */
function fakeGateway() {
  const calls: Array<{
    service: ServiceDefinition<unknown, unknown, unknown>;
    options: CallOptions | undefined;
  }> = [];
  const gateway = {
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    async call<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ service: service as never, options });
      return service.map(company as W, request, SOURCE);
    },
  };
  return { gateway: gateway as unknown as Gateway, calls };
}

describe('enterprise()', () => {
  it('speaks SOAP by default and REST on request, with the same result', async () => {
    const soap = fakeGateway();
    const rest = fakeGateway();
    const a = await enterprise(soap.gateway).getEnterprise({ taxCode: '0100109106' }, ctx);
    const b = await enterprise(rest.gateway, { encoding: 'rest' }).getEnterprise(
      { taxCode: '0100109106' },
      ctx,
    );
    expect(a).toEqual(b);
    expect(soap.calls[0]?.service.profile).toBe('soap');
    expect(rest.calls[0]?.service.method).toBe('GET');
  });

  it('passes a provider of this environment to every call', async () => {
    const fake = fakeGateway();
    await enterprise(fake.gateway, { provider: 'GOV/000.00.00.G09/CSDLDKDN-TEST' }).getEnterprise(
      { taxCode: '0100109106' },
      ctx,
    );
    expect(fake.calls[0]?.options).toEqual({ provider: 'GOV/000.00.00.G09/CSDLDKDN-TEST' });
  });

  it('refuses an unknown encoding', () => {
    expect(() => enterprise(fakeGateway().gateway, { encoding: 'grpc' as 'soap' })).toThrow(InputError);
  });
});
