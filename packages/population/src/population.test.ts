import type { AccessContext, CallOptions, Gateway, ServiceDefinition } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { fullRecord } from './fixtures/citizens.js';
import { population } from './population.js';
import { getCitizenService } from './services.js';

const ctx: AccessContext = { purpose: '1.001193', caseId: 'H23.01-241122-0001', consent: 'token' };
const meta = {
  provider: 'VN/GOV/000.00.00.G10/CSDLDC',
  retrievedAt: '2026-11-23T08:00:00.000Z',
  xroadId: 'x',
  cached: false,
};

/** A gateway that answers every call from one wire record and remembers what it was asked. */
function fakeGateway() {
  const calls: Array<{ service: unknown; request: unknown; options: CallOptions | undefined }> = [];
  const gateway: Pick<Gateway, 'client' | 'call' | 'callWithMeta'> = {
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    async call<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ service, request, options });
      return service.map(fullRecord as W, request);
    },
    async callWithMeta<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ service, request, options });
      return { value: service.map(fullRecord as W, request), meta };
    },
  };
  return { gateway: gateway as Gateway, calls };
}

describe('population', () => {
  it('getCitizen calls service 037 with the query and returns the domain citizen', async () => {
    const { gateway, calls } = fakeGateway();
    const citizen = await population(gateway).getCitizen({ personalId: '079190012345' }, ctx);
    expect(citizen.name.full).toBe('Nguyễn Thị Ngọc Diễm');
    expect(calls).toEqual([
      { service: getCitizenService, request: { personalId: '079190012345' }, options: {} },
    ]);
  });

  it('passes the provider of this environment', async () => {
    const { gateway, calls } = fakeGateway();
    const result = await population(gateway, {
      provider: 'GOV/000.00.00.G10/CSDLDC-TEST',
    }).getCitizenWithMeta({ personalId: '079190012345' }, ctx);
    expect(result.meta).toEqual(meta);
    expect(result.value.personalId).toBe('079190012345');
    expect(calls[0]?.options).toEqual({ provider: 'GOV/000.00.00.G10/CSDLDC-TEST' });
  });
});
