import { describe, expect, it } from 'vitest';
import { codeOf, decode } from './code-table.js';
import { compileSchema } from './schema-validator.js';

const GENDER = { '1': 'male', '2': 'female' } as const;

describe('code tables', () => {
  it('codeOf accepts exactly the codes of the table, with the description kept', () => {
    const schema = codeOf(GENDER, { description: 'Giới tính' });
    expect(schema).toMatchObject({ type: 'string', enum: ['1', '2'], description: 'Giới tính' });
    expect(compileSchema(schema).check('2')).toEqual({ ok: true });
    expect(compileSchema(schema).check('3')).toEqual({ ok: false, problems: [{ path: '/', rule: 'enum' }] });
  });

  it('decode reads own entries only', () => {
    expect(decode(GENDER, '2')).toBe('female');
    expect(decode(GENDER, '9')).toBeUndefined();
    expect(decode(GENDER, 'constructor')).toBeUndefined();
    expect(decode(GENDER, '__proto__')).toBeUndefined();
  });
});
