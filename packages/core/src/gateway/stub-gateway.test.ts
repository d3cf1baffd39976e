import { describe, expect, it } from 'vitest';
import {
  InputError,
  NotFoundError,
  OnceOnlyError,
  PolicyError,
  UpstreamError,
} from '../errors/onceonly-error.js';
import { defineService } from '../service/define-service.js';
import { samplePersonService } from '../service/sample-service.fixture.js';
import type { Gateway } from './types.js';
import { createStubGateway } from './stub-gateway.js';

const getPerson = samplePersonService;
const getCompany = defineService({
  id: 'test.company.get',
  provider: 'GOV/000.00.00.G12/DKDN',
  code: 'company.get',
  category: 'enterprise.public',
  requiresConsent: false,
  idempotent: true,
  request: { type: 'object' },
  response: { type: 'object' },
});
const ctx = { purpose: '1.001193', caseId: 'H23.01-1', consent: 'a.b.c' };

describe('createStubGateway', () => {
  it('is a Gateway: an adapter takes it unchanged, and handlers are typed by the service', async () => {
    const stub = createStubGateway().on(getPerson, (request) => ({ id: request.personalId, name: 'An' }));
    const gw: Gateway = stub;
    expect(await gw.call(getPerson, { personalId: '001203012345' }, ctx)).toEqual({
      id: '001203012345',
      name: 'An',
    });
    const { meta } = await gw.callWithMeta(getPerson, { personalId: '001203012345' }, ctx, {
      provider: 'GOV/X/Y',
    });
    expect(meta).toMatchObject({ provider: 'GOV/X/Y', cached: false });
    expect(stub.calls.map((c) => c.serviceId)).toEqual(['test.person.get', 'test.person.get']);
  });

  it('refuses, before the handler runs, what the real gateway refuses before sending', async () => {
    let ran = 0;
    const gw = createStubGateway().on(getPerson, () => {
      ran++;
      return { id: 'x', name: 'x' };
    });
    const input = await gw.call(getPerson, { personalId: '12' }, ctx).catch((e: unknown) => e);
    expect(InputError.isInstance(input) && input.fields).toEqual(['/personalId']);
    await expect(
      gw.call(getPerson, { personalId: '001203012345' }, { ...ctx, purpose: '' }),
    ).rejects.toMatchObject({
      code: 'PURPOSE_REQUIRED',
    });
    const noConsent = { purpose: '1.001193', caseId: 'H23.01-1' };
    const refused = await gw
      .call(getPerson, { personalId: '001203012345' }, noConsent)
      .catch((e: unknown) => e);
    expect(PolicyError.isInstance(refused)).toBe(true);
    expect(refused).toMatchObject({ code: 'CONSENT_REQUIRED', serviceId: 'test.person.get' });
    expect(ran).toBe(0);
    await expect(
      createStubGateway({ handlers: { 'test.company.get': () => ({ ok: true }) } }).call(
        getCompany,
        {},
        noConsent,
      ),
    ).resolves.toEqual({ ok: true });
  });

  it('passes the errors a handler throws through, typed, with the call filled in', async () => {
    const gw = createStubGateway({
      handlers: {
        'test.person.get': () => {
          throw new NotFoundError({ message: 'no such record' });
        },
        'test.company.get': () => {
          throw new Error('oops');
        },
      },
    });
    const missing = await gw.call(getPerson, { personalId: '001203012345' }, ctx).catch((e: unknown) => e);
    expect(NotFoundError.isInstance(missing)).toBe(true);
    expect(missing).toMatchObject({ serviceId: 'test.person.get', requestId: expect.any(String) });
    const broken = await gw.call(getCompany, {}, ctx).catch((e: unknown) => e);
    expect(OnceOnlyError.isInstance(broken) && broken.code).toBe('INTERNAL_ERROR');
  });

  it('says which handler is missing', async () => {
    const error = await createStubGateway()
      .call(getCompany, {}, ctx)
      .catch((e: unknown) => e);
    expect(UpstreamError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/no handler for test\.company\.get.*stub\.on/);
  });
});
