import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import type { CallOptions, Gateway } from '../gateway/types.js';
import type { AccessContext } from '../policy/access-context.js';
import { createClient } from './create-client.js';
import { defineService, type ServiceDefinition } from './define-service.js';

const ctx: AccessContext = { purpose: '1.001193', caseId: 'H23.01-241122-0001' };
const meta = {
  provider: 'VN/GOV/000.00.00.G12/DKDN',
  retrievedAt: '2026-11-23T08:00:00.000Z',
  xroadId: 'x',
  cached: false,
};

const getName = defineService({
  id: 'enterprise.company.get',
  provider: 'GOV/000.00.00.G12/DKDN',
  code: 'DoanhNghiep',
  category: 'enterprise.basic',
  requiresConsent: false,
  idempotent: true,
  request: Type.Object({ taxCode: Type.String() }),
  response: Type.Object({ ten: Type.String() }),
  map: (wire) => wire.ten.toUpperCase(),
});

/** A gateway that answers from one wire record and remembers each call. */
function recordingGateway() {
  const calls: Array<{ kind: string; service: unknown; request: unknown; options: CallOptions | undefined }> =
    [];
  const answer = <R, W, T>(service: ServiceDefinition<R, W, T>, request: R) =>
    service.map({ ten: 'Công ty Mẫu' } as W, request, {
      provider: 'GOV/000.00.00.G10/CSDLDC',
      retrievedAt: '2026-01-01T00:00:00Z',
    });
  const gateway = {
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    async call<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ kind: 'call', service, request, options });
      return answer(service, request);
    },
    async callWithMeta<R, W, T>(
      service: ServiceDefinition<R, W, T>,
      request: R,
      _ctx: AccessContext,
      options?: CallOptions,
    ) {
      calls.push({ kind: 'meta', service, request, options });
      return { value: answer(service, request), meta };
    },
  } satisfies Pick<Gateway, 'client' | 'call' | 'callWithMeta'>;
  return { gateway: gateway as unknown as Gateway, calls };
}

describe('createClient', () => {
  it('makes a method and its WithMeta twin per service, calling the gateway with that service', async () => {
    const { gateway, calls } = recordingGateway();
    const client = createClient(gateway, { getEnterprise: getName });
    expect(Object.keys(client).sort()).toEqual(['getEnterprise', 'getEnterpriseWithMeta']);
    expect(await client.getEnterprise({ taxCode: '0100109106' }, ctx)).toBe('CÔNG TY MẪU');
    expect(await client.getEnterpriseWithMeta({ taxCode: '0100109106' }, ctx)).toEqual({
      value: 'CÔNG TY MẪU',
      meta,
    });
    expect(calls).toEqual([
      { kind: 'call', service: getName, request: { taxCode: '0100109106' }, options: {} },
      { kind: 'meta', service: getName, request: { taxCode: '0100109106' }, options: {} },
    ]);
  });

  it('passes the client options on every call; a call may override them', async () => {
    const { gateway, calls } = recordingGateway();
    const client = createClient(
      gateway,
      { getEnterprise: getName },
      { provider: 'GOV/000.00.00.G12/DKDN-TEST' },
    );
    await client.getEnterprise({ taxCode: '0100109106' }, ctx);
    await client.getEnterpriseWithMeta({ taxCode: '0100109106' }, ctx, {
      provider: 'GOV/000.00.00.H29/DKDN',
    });
    expect(calls.map((c) => c.options)).toEqual([
      { provider: 'GOV/000.00.00.G12/DKDN-TEST' },
      { provider: 'GOV/000.00.00.H29/DKDN' },
    ]);
  });

  it('refuses a map whose names would collide with a generated WithMeta method', () => {
    const { gateway } = recordingGateway();
    expect(() => createClient(gateway, { get: getName, getWithMeta: getName })).toThrow(InputError);
  });
});
