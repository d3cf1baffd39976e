/**
 * Dotted paths into a source's answer (`name.full`, `addresses.permanent`, `members.0.name`), typed so
 * that a field reading a property its source does not have is a type error, and read at run time.
 * @module
 */

type Prev = [never, 0, 1, 2, 3, 4, 5];

/** A value a path may stop at: the leaves, and the shapes prefill knows how to write (dates, names, addresses). */
type Stop = string | number | boolean | bigint | null | undefined;

/**
 * Every dotted path into `T`, down to five levels: object keys, and array positions as numbers.
 *
 * @example
 * ```ts
 * type P = PathOf<{ name: { full: string }; tags: string[] }>; // 'name' | 'name.full' | 'tags' | `tags.${number}`
 * ```
 */
export type PathOf<T, Depth extends number = 5> = [Depth] extends [never]
  ? never
  : T extends Stop
    ? never
    : T extends readonly (infer Item)[]
      ? `${number}` | `${number}.${PathOf<Item, Prev[Depth]>}`
      : T extends object
        ? {
            [K in keyof T & string]-?:
              | K
              | (PathOf<NonNullable<T[K]>, Prev[Depth]> extends infer Sub extends string
                  ? [Sub] extends [never]
                    ? never
                    : `${K}.${Sub}`
                  : never);
          }[keyof T & string]
        : never;

/**
 * The value at `path` in `value`, or `undefined` when any step is missing. Own properties only, so a
 * path such as `constructor` or `__proto__` reads nothing.
 *
 * @example
 * ```ts
 * readPath({ name: { full: 'Nguyễn Văn An' } }, 'name.full'); // 'Nguyễn Văn An'
 * ```
 */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}
