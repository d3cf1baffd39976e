import { type SchemaOptions, type TUnsafe, Type } from '@sinclair/typebox';

/**
 * The wire schema of a code from a code table: `{ type: 'string', enum: [the table's codes] }`, typed as
 * the union of those codes. The table (`as const`) stays the one place that lists them.
 *
 * @example
 * const GENDER_CODES = { '1': 'male', '2': 'female' } as const;
 * const gioiTinh = codeOf(GENDER_CODES, { description: 'Gender code (giới tính)' }); // Static: '1' | '2'
 */
export function codeOf<T extends Readonly<Record<string, unknown>>>(
  table: T,
  options: SchemaOptions = {},
): TUnsafe<keyof T & string> {
  return Type.Unsafe<keyof T & string>({ ...options, type: 'string', enum: Object.keys(table) });
}

/**
 * The entry of a code table for a code, or `undefined` for a code the table does not hold (own keys
 * only: `'constructor'` is not a code).
 *
 * @example
 * decode(GENDER_CODES, '2'); // 'female'
 */
export function decode<T extends Readonly<Record<string, unknown>>>(
  table: T,
  code: string,
): T[keyof T] | undefined {
  return Object.hasOwn(table, code) ? table[code as keyof T] : undefined;
}
