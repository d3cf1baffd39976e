import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchema } from './schema-validator.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['personalId', 'address'],
  properties: {
    personalId: { type: 'string', format: 'vn-personal-id' },
    address: {
      type: 'object',
      additionalProperties: false,
      properties: { ward: { type: 'string' }, lines: { type: 'array', items: { type: 'string' } } },
    },
    extras: { type: 'object', additionalProperties: { type: 'integer' } },
  },
};

const problems = (value: unknown) => {
  const result = compileSchema(schema).check(value);
  return result.ok ? [] : result.problems;
};

describe('compileSchema', () => {
  it('accepts a valid value', () => {
    expect(compileSchema(schema).check({ personalId: '001203012345', address: { ward: 'x' } })).toEqual({
      ok: true,
    });
  });

  it('names declared fields, missing ones and array indexes, never values', () => {
    expect(problems({ personalId: 'Nguyễn Văn An', address: { lines: ['a', 7] } })).toEqual([
      { path: '/personalId', rule: 'format:vn-personal-id' },
      { path: '/address/lines/1', rule: 'type' },
    ]);
    expect(problems({ address: {} })).toEqual([{ path: '/personalId', rule: 'required' }]);
  });

  it('shows an unknown key as its parent plus (unknown property), never the key itself', () => {
    const found = problems({
      personalId: '001203012345',
      address: { ward: 'x', 'Nguyễn Văn An': 1 },
      '001203012345': true,
    });
    expect(found).toEqual([
      { path: '/ (unknown property)', rule: 'additionalProperties' },
      { path: '/address (unknown property)', rule: 'additionalProperties' },
    ]);
  });

  it('stops a pointer at an undeclared key on the way down (map-like objects)', () => {
    expect(
      problems({ personalId: '001203012345', address: {}, extras: { '079203012345': 'not a number' } }),
    ).toEqual([{ path: '/extras (unknown property)', rule: 'type' }]);
    // A number is an index only inside an array.
    expect(problems({ personalId: '001203012345', address: {}, extras: { '1234': 'x' } })).toEqual([
      { path: '/extras (unknown property)', rule: 'type' },
    ]);
  });

  it('never puts an arbitrary key or value of the input into a problem (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.jsonValue({ maxDepth: 2 })),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.jsonValue({ maxDepth: 2 })),
        (top, extras) => {
          const text = JSON.stringify(problems({ ...top, address: top, extras }));
          // Our own vocabulary may appear; a key that is part of it proves nothing.
          const ours = `${JSON.stringify(schema)} path rule (unknown property) additionalProperties`;
          for (const key of [...Object.keys(top), ...Object.keys(extras)]) {
            if (ours.includes(key) || key.length < 3) continue;
            expect(text).not.toContain(JSON.stringify(key).slice(1, -1));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
