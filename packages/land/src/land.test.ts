import type { AccessContext, CallOptions, Gateway, ServiceDefinition } from '@onceonly/core';
import { InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { land } from './land.js';

const SOURCE = { provider: 'GOV/000.00.00.G14/CSDLDD', retrievedAt: '2026-01-01T00:00:00Z' };
const ctx: AccessContext = { purpose: '1.004227', caseId: 'H23.01-241122-0001' };

/** A gateway that answers every call with an empty answer and remembers what it was asked. */
function fakeGateway() {
  const calls: Array<{ id: string; options: CallOptions | undefined }> = [];
  const gateway: Pick<Gateway, 'client' | 'call' | 'callWithMeta'> = {
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    async call<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _c: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ id: service.id, options });
      return service.map({} as W, request, SOURCE);
    },
    async callWithMeta<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _c: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ id: service.id, options });
      const meta = { ...SOURCE, xroadId: 'x', cached: false };
      return { value: service.map({} as W, request, SOURCE), meta };
    },
  };
  return { gateway: gateway as Gateway, calls };
}

describe('land()', () => {
  it('calls the SOAP definitions by default, the REST ones when asked, and passes the provider', async () => {
    const { gateway, calls } = fakeGateway();
    await land(gateway).getParcel({ communeCode: '00004', sheet: 1, parcel: 2 }, ctx);
    await land(gateway, {
      encoding: 'rest',
      provider: 'GOV/000.00.00.G14/CSDLDD-TEST',
    }).getCertificatesByOwner({ personalId: '001085012345' }, ctx);
    const { value } = await land(gateway).getParcelWithMeta(
      { communeCode: '00004', sheet: 1, parcel: 2 },
      ctx,
    );
    expect(value.provenance).toEqual(SOURCE);
    expect(calls).toEqual([
      { id: 'land.parcel.get', options: {} },
      { id: 'land.certificates.get.rest', options: { provider: 'GOV/000.00.00.G14/CSDLDD-TEST' } },
      { id: 'land.parcel.get', options: {} },
    ]);
  });

  it('refuses an unknown encoding', () => {
    const { gateway } = fakeGateway();
    expect(() => land(gateway, { encoding: 'xml' as never })).toThrow(InputError);
  });
});
