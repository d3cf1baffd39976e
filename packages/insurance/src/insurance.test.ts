import type { AccessContext, CallOptions, Gateway, ServiceDefinition } from '@onceonly/core';
import { InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { insurance } from './insurance.js';

// A gateway that records what the client asks for, answering with the service's own mapping.
function recordingGateway() {
  const calls: { id: string; provider: string | undefined; wire: unknown }[] = [];
  const record = <R, W, T>(service: ServiceDefinition<R, W, T>, request: R, options?: CallOptions) =>
    calls.push({
      id: service.id,
      provider: options?.provider,
      wire: service.toWire?.(request, { xroadId: 'x1', purpose: 'p', caseId: 'c' }),
    });
  const gateway: Pick<Gateway, 'client' | 'call' | 'callWithMeta'> = {
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    async call<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      record(service, request, options);
      return 'value' as T;
    },
    async callWithMeta<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      record(service, request, options);
      return { value: 'value' as T, meta: { provider: 'p', retrievedAt: 't', xroadId: 'x', cached: false } };
    },
  };
  return { calls, gateway: gateway as Gateway };
}

describe('insurance()', () => {
  it('calls the SOAP definitions by default, and the REST ones when asked, with the options on the wire', async () => {
    const { calls, gateway } = recordingGateway();
    expect(await insurance(gateway).getParticipant({ personalId: '079190012345' }, {} as never)).toBe(
      'value',
    );
    const card = await insurance(gateway).getHealthInsuranceCardWithMeta(
      { personalId: '079190012345' },
      {} as never,
    );
    expect(card.value).toBe('value');
    await insurance(gateway, {
      encoding: 'rest',
      unit: 'H23.01',
      provider: 'GOV/000.00.00.G21/CSDLBH-TEST',
    }).getContributionPeriods({ insuranceCode: '7912345678' }, {} as never);
    expect(calls).toEqual([
      {
        id: 'insurance.participant.get',
        provider: undefined,
        wire: { MaYeuCau: 'x1', SoDinhDanh: '079190012345' },
      },
      {
        id: 'insurance.health-card.get',
        provider: undefined,
        wire: { MaYeuCau: 'x1', SoDinhDanh: '079190012345' },
      },
      {
        id: 'insurance.contributions.get.rest',
        provider: 'GOV/000.00.00.G21/CSDLBH-TEST',
        wire: { MaYeuCau: 'x1', MaDonVi: 'H23.01', MaSoBHXH: '7912345678' },
      },
    ]);
  });

  it('refuses an unknown encoding', () => {
    expect(() => insurance({} as Gateway, { encoding: 'xml' as never })).toThrow(InputError);
  });
});
