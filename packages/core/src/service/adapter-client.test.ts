import { describe, expect, it } from 'vitest';
import { createStubGateway } from '../gateway/stub-gateway.js';
import { createAdapterClient } from './adapter-client.js';
import { defineService } from './define-service.js';

const operationsFor = (encoding: 'soap' | 'rest', asker: { unit?: string | undefined }) => ({
  get: defineService<{ q: string }, { n: string }, string>({
    id: `test.thing.get.${encoding}`,
    provider: 'GOV/A/B',
    code: 'thing.get',
    category: 'test.basic',
    requiresConsent: false,
    idempotent: true,
    request: {},
    response: {},
    map: (wire) => `${wire.n} ${asker.unit ?? '-'}`,
  }),
});

describe('createAdapterClient', () => {
  it('builds the operations in the encoding asked (SOAP by default), for the asker given', async () => {
    const askers: unknown[] = [];
    const recording = (encoding: 'soap' | 'rest', asker: { unit?: string | undefined }) => {
      askers.push(asker);
      return operationsFor(encoding, asker);
    };
    const gateway = createStubGateway({
      handlers: { 'test.thing.get.rest': () => 'r', 'test.thing.get.soap': () => 's' },
    });
    const rest = createAdapterClient(gateway, 'thing', recording, { encoding: 'rest', unit: 'H23.01' });
    const soap = createAdapterClient(gateway, 'thing', recording);
    expect(await rest.get({ q: 'x' }, { purpose: 'p', caseId: 'c' })).toBe('r');
    expect(await soap.get({ q: 'x' }, { purpose: 'p', caseId: 'c' })).toBe('s');
    expect(askers).toEqual([
      { unit: 'H23.01', callerCode: undefined },
      { unit: undefined, callerCode: undefined },
    ]);
  });

  it('refuses an unknown encoding, naming the adapter', () => {
    const gateway = createStubGateway();
    expect(() => createAdapterClient(gateway, 'thing', operationsFor, { encoding: 'xml' as 'soap' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('thing()') }),
    );
  });
});
