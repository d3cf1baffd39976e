import type { Gateway } from '@onceonly/core';
import { population } from '@onceonly/population';
import { describe, expect, it } from 'vitest';
import { adapterClient } from './adapter-clients.js';

const gatewayStub = () => ({}) as Gateway;

/** A factory that says how often it was called. */
function counting() {
  const made: unknown[] = [];
  const factory = (gateway: Gateway, options?: { encoding?: string; unit?: string }) => {
    if (options?.encoding === 'fax') throw new Error('bad encoding');
    const client = { gateway, options };
    made.push(client);
    return client;
  };
  return { factory, made };
}

describe('adapterClient', () => {
  it('builds a client once per gateway and option values', () => {
    const { factory, made } = counting();
    const gateway = gatewayStub();
    const first = adapterClient(gateway, factory, undefined);
    expect(adapterClient(gateway, factory, undefined)).toBe(first);
    const rest = adapterClient(gateway, factory, { encoding: 'rest' });
    expect(rest).not.toBe(first);
    expect(adapterClient(gateway, factory, { encoding: 'rest' })).toBe(rest); // another object, same values
    expect(adapterClient(gateway, factory, { encoding: 'rest', unit: 'H23' })).not.toBe(rest);
    expect(adapterClient(gatewayStub(), factory, undefined)).not.toBe(first);
    expect(made).toHaveLength(4);
  });

  it('keeps nothing for options the factory refuses: each call refuses again', () => {
    const { factory, made } = counting();
    const gateway = gatewayStub();
    expect(() => adapterClient(gateway, factory, { encoding: 'fax' })).toThrow('bad encoding');
    expect(() => adapterClient(gateway, factory, { encoding: 'fax' })).toThrow('bad encoding');
    expect(made).toHaveLength(0);
  });

  it("gives an adapter's own client, with its checks", () => {
    const gateway = gatewayStub();
    expect(typeof adapterClient(gateway, population, undefined).getCitizenWithMeta).toBe('function');
    expect(() => adapterClient(gateway, population, { encoding: 'fax' as 'rest' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  it('keeps a bounded number of option sets', () => {
    const { factory, made } = counting();
    const gateway = gatewayStub();
    const first = adapterClient(gateway, factory, { unit: 'unit-0' });
    for (let i = 1; i <= 16; i++) adapterClient(gateway, factory, { unit: `unit-${i}` });
    expect(adapterClient(gateway, factory, { unit: 'unit-0' })).not.toBe(first); // the oldest went first
    expect(made).toHaveLength(18);
  });
});
