import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { copyInput } from './copy-input.js';

const read = (input: unknown) => {
  try {
    return copyInput('s.a.b', input);
  } catch (error) {
    return error;
  }
};

describe('copyInput', () => {
  it('copies plain data as it is', () => {
    const input = { personalId: '001203012345', n: 1, ok: true, none: null, list: [1, 'a', { b: 2 }] };
    const copy = read(input);
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
  });

  it('ignores toJSON, inherited properties and symbols', () => {
    const proto = { inherited: 'x' };
    const input = Object.assign(Object.create(proto), {
      personalId: '001203012345',
      toJSON: () => ({ personalId: '079190000001' }),
      [Symbol('s')]: 'y',
    });
    const copy = read(input) as Record<string, unknown>;
    expect(copy).toEqual({ personalId: '001203012345' });
    expect(JSON.stringify(copy)).toBe('{"personalId":"001203012345"}');
  });

  it('reads a getter once: what is sent is what was read', () => {
    let reads = 0;
    const input = {
      get personalId() {
        reads += 1;
        return reads === 1 ? '001203012345' : '079190000001';
      },
    };
    const copy = read(input) as { personalId: string };
    expect(copy.personalId).toBe('001203012345');
    expect(copy.personalId).toBe('001203012345');
    expect(reads).toBe(1);
  });

  it.each([
    [
      'a getter that throws',
      {
        get personalId(): string {
          throw new Error('001203012345');
        },
      },
    ],
    [
      'a Proxy whose trap throws',
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('no');
          },
        },
      ),
    ],
    ['a bigint', { n: 10n }],
    ['NaN', { n: Number.NaN }],
  ])('refuses %s with INVALID_INPUT and no value in the message', (_, input) => {
    const error = read(input);
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as InputError).code).toBe('INVALID_INPUT');
    expect(JSON.stringify((error as InputError).toJSON())).not.toContain('001203012345');
  });

  it('refuses a cycle but accepts the same object twice', () => {
    const shared = { a: 1 };
    expect(read({ x: shared, y: shared })).toEqual({ x: { a: 1 }, y: { a: 1 } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(InputError.isInstance(read(cyclic))).toBe(true);
  });

  it('drops what JSON drops, and keeps a __proto__ key as data', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    input.fn = () => 1;
    input.u = undefined;
    const copy = read(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(read([undefined, () => 1])).toEqual([null, null]);
  });
});
