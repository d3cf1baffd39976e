/**
 * Deep redaction of anything about to be logged: secrets and personal data are replaced, by key name
 * and by the shape of string values, in a copy (the input is never modified).
 */
import { maskString, REDACTED } from './mask-string.js';

/** Keys whose values are secrets: tokens, credentials, consent tokens, cookies, keys. */
export const SECRET_KEY =
  /authorization|token|secret|password|assertion|consent|cookie|private.?key|api.?key/i;

/** Keys whose values are personal data: identifiers, names, dates of birth, addresses, contacts. */
export const PERSONAL_KEY =
  /personal.?id|old.?id|citizen.?id|full.?name|name|birth|address|phone|email|subject|sub$/i;

export interface RedactOptions {
  /**
   * Nesting depth kept; deeper values become `'[Depth]'`.
   * @default 8
   */
  maxDepth?: number;
  /**
   * Array items kept; the rest is summarised as one `'[N more]'` item.
   * @default 200
   */
  maxItems?: number;
}

const DEFAULT_MAX_DEPTH = 8;
const DEFAULT_MAX_ITEMS = 200;

interface State {
  readonly maxDepth: number;
  readonly maxItems: number;
  // Ancestors only (not every object seen), so a shared, non-cyclic reference is copied each time.
  readonly ancestors: Set<object>;
}

/** True when a key names a secret or personal data, so its value must not be logged. */
export function isSensitiveKey(key: string): boolean {
  return SECRET_KEY.test(key) || PERSONAL_KEY.test(key);
}

/**
 * A deep copy of `value` that is safe to log: values under secret or personal keys become
 * `'[REDACTED]'`, strings holding an identity number, a JWT or a bearer token are masked, errors keep
 * only their name, code and (masked) message. Handles cycles, Buffers, Maps, Sets and deep nesting;
 * never throws.
 *
 * @example
 * redact({ personalId: '001234567890', headers: { authorization: 'Bearer x' }, status: 404 });
 * // { personalId: '[REDACTED]', headers: { authorization: '[REDACTED]' }, status: 404 }
 */
export function redact(value: unknown, options: RedactOptions = {}): unknown {
  const state: State = {
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxItems: options.maxItems ?? DEFAULT_MAX_ITEMS,
    ancestors: new Set(),
  };
  try {
    return redactValue(value, 0, state);
  } catch {
    // A hostile Proxy or similar: say so rather than risk leaking what we could not inspect.
    return '[Unredactable]';
  }
}

function redactValue(value: unknown, depth: number, state: State): unknown {
  switch (typeof value) {
    case 'string':
      return maskString(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return maskString(value.toString());
    case 'symbol':
      return maskString(value.toString());
    case 'function':
      return '[Function]';
  }
  if (value === null) return null;
  const obj = value as object;
  if (state.ancestors.has(obj)) return '[Circular]';
  if (depth >= state.maxDepth) return '[Depth]';
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? 'Invalid Date' : obj.toISOString();
  if (ArrayBuffer.isView(obj)) return `[${obj.constructor?.name ?? 'Binary'} ${obj.byteLength} bytes]`;
  if (obj instanceof ArrayBuffer) return `[ArrayBuffer ${obj.byteLength} bytes]`;
  if (obj instanceof RegExp) return maskString(String(obj));
  if (obj instanceof URL) return maskString(obj.href);

  state.ancestors.add(obj);
  try {
    if (obj instanceof Error) return redactError(obj, depth, state);
    if (Array.isArray(obj)) return redactArray(obj, depth, state);
    if (obj instanceof Set) return redactArray([...obj], depth, state);
    if (obj instanceof Map) return redactEntries(obj.entries(), depth, state);
    if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') {
      // depth + 1: a toJSON that returns a fresh object with its own toJSON cannot recurse forever.
      return redactValue(
        readOrMark(() => (obj as { toJSON(): unknown }).toJSON()),
        depth + 1,
        state,
      );
    }
    return redactEntries(ownEntries(obj), depth, state);
  } finally {
    state.ancestors.delete(obj);
  }
}

function redactArray(items: readonly unknown[], depth: number, state: State): unknown[] {
  const kept = Math.min(items.length, state.maxItems);
  const out: unknown[] = new Array(kept);
  for (let i = 0; i < kept; i++) out[i] = redactValue(items[i], depth + 1, state);
  if (items.length > kept) out.push(`[${items.length - kept} more]`);
  return out;
}

function redactEntries(
  entries: Iterable<[unknown, unknown]>,
  depth: number,
  state: State,
  out: Record<string, unknown> = {},
): object {
  for (const [rawKey, item] of entries) {
    const key = typeof rawKey === 'string' ? rawKey : String(redactValue(rawKey, depth + 1, state));
    // A key can itself be an identifier (a map keyed by personal id): mask it, keep keys distinct.
    let safeKey = maskString(key);
    if (safeKey !== key) {
      for (let n = 2; Object.hasOwn(out, safeKey); n++) safeKey = `${maskString(key)}#${n}`;
    }
    const safeValue =
      item !== null && item !== undefined && isSensitiveKey(key)
        ? REDACTED
        : redactValue(item, depth + 1, state);
    // `__proto__` as an own key must stay data, not become the prototype.
    if (safeKey === '__proto__') {
      Object.defineProperty(out, safeKey, {
        value: safeValue,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[safeKey] = safeValue;
    }
  }
  return out;
}

function* ownEntries(obj: object): Generator<[string, unknown]> {
  for (const key of Object.keys(obj)) {
    yield [key, readOrMark(() => (obj as Record<string, unknown>)[key])];
  }
}

// Errors: name, code and message (masked), then the other own fields (call ids, status) under the same
// key rules as any object; foreign errors may carry request bodies there. The stack is masked too (it
// repeats the message).
function redactError(error: Error, depth: number, state: State): object {
  const out: Record<string, unknown> = {
    name: maskString(String(error.name)),
    message: maskString(String(error.message)),
  };
  const code = readOrMark(() => (error as { code?: unknown }).code);
  if (typeof code === 'string') out.code = maskString(code);
  else if (typeof code === 'number') out.code = code;
  const rest = [...ownEntries(error)].filter(([key]) => !ERROR_OWN_KEYS.has(key));
  redactEntries(rest, depth, state, out);
  const stack = readOrMark(() => error.stack);
  if (typeof stack === 'string') out.stack = maskString(stack);
  const cause = readOrMark(() => (error as { cause?: unknown }).cause);
  if (cause !== undefined) out.cause = redactValue(cause, depth + 1, state);
  return out;
}

const ERROR_OWN_KEYS = new Set(['name', 'message', 'code', 'stack', 'cause']);

function readOrMark(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return '[Unreadable]';
  }
}
