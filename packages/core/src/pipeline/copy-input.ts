import { InputError } from '../errors/onceonly-error.js';

// Deeper than any real request; a deeper one is refused rather than walked.
const MAX_DEPTH = 64;

class Unreadable extends Error {}

function copy(value: unknown, depth: number, seen: Set<object>): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON would send NaN or Infinity as null: not the value that was validated.
      if (!Number.isFinite(value)) throw new Unreadable('not finite');
      return value;
    case 'object':
      break;
    default:
      // undefined, functions, symbols: what JSON leaves out (null in an array); a bigint it cannot encode.
      if (typeof value === 'bigint') throw new Unreadable('bigint');
      return undefined;
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH || seen.has(value)) throw new Unreadable('too deep or circular');
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    const length = value.length;
    const list: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) list[i] = copy(value[i], depth + 1, seen) ?? null;
    out = list;
  } else {
    // Own enumerable string keys only: no toJSON, nothing inherited, no symbols.
    const object: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = copy((value as Record<string, unknown>)[key], depth + 1, seen);
      if (item === undefined) continue;
      if (key === '__proto__')
        Object.defineProperty(object, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else object[key] = item;
    }
    out = object;
  }
  seen.delete(value);
  return out;
}

/**
 * Step 1a: the input, copied once into plain JSON data. That copy, and only it, is validated,
 * consent-checked, audited and sent, so an object with its own `toJSON`, inherited properties, a
 * getter that answers differently the second time or a Proxy cannot make the gateway send something
 * other than what it checked.
 *
 * @throws InputError `INVALID_INPUT` when the input cannot be read as data (a getter or a Proxy trap
 * throws, a cycle, a bigint, a non-finite number). The message names no value.
 */
export function copyInput<T>(serviceId: string, input: T): T {
  try {
    return copy(input, 0, new Set()) as T;
  } catch {
    throw new InputError({
      code: 'INVALID_INPUT',
      serviceId,
      message: `The request for ${serviceId} could not be read as plain data (a property getter threw, or it holds a cycle, a bigint or a non-finite number). Pass a plain object; nothing was sent.`,
    });
  }
}
