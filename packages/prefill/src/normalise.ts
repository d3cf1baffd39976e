/**
 * How a value from a national database is written into a form field, and how a submitted value is
 * compared with it: the same normalisation on both sides, so `1990-04-17` and `17/04/1990`, or a name
 * typed in another case or Unicode form, are the same value and not a false "changed".
 * @module
 */
import { formatDate, isVnDate, normalizeName, parseDate } from '@onceonly/vn';
import type { FieldKind } from './types.js';

/** A value ready for the form; `ambiguous` when it cannot be locked (an old commune that was split). */
export interface FormValue {
  kind: FieldKind;
  value: string;
  original?: string;
  ambiguous?: boolean;
}

const text = (value: string) => value.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * The canonical text of a value of `kind`: what prefill writes and what `verifySubmission` compares.
 * Partial dates stay partial (`1938`, `05/2003`), never completed.
 *
 * @example
 * ```ts
 * normaliseText('date', '1990-04-17'); // '17/04/1990'
 * normaliseText('name', 'nguyễn  văn AN'); // 'Nguyễn Văn An'
 * ```
 */
export function normaliseText(kind: FieldKind, value: string): string {
  switch (kind) {
    case 'name':
      return normalizeName(value);
    case 'date': {
      const parsed = parseDate(value.trim());
      return parsed.ok ? formatDate(parsed.value) : text(value);
    }
    case 'id':
    case 'code':
      return value.replace(/\s+/gu, '');
    default:
      return text(value);
  }
}

interface AddressLike {
  detail: string;
  provinceName?: string;
  wardName?: string;
  current?: { province: { name: string }; ward?: { name: string }; candidates: unknown[] };
}

const isAddress = (v: object): v is AddressLike =>
  'detail' in v && 'provinceCode' in v && 'wardCode' in v && 'version' in v;

const joined = (...parts: (string | undefined)[]) =>
  text(parts.filter((p): p is string => p !== undefined && p.trim() !== '').join(', '));

/** An address in today's units, with the record's own wording kept when it differs. */
function addressValue(address: AddressLike): FormValue | undefined {
  const original = joined(address.detail, address.wardName, address.provinceName);
  const current = address.current;
  if (current === undefined) return original === '' ? undefined : { kind: 'address', value: original };
  const value = joined(address.detail, current.ward?.name, current.province.name);
  if (value === '') return undefined;
  const result: FormValue = { kind: 'address', value };
  if (original !== value && original !== '') result.original = original;
  // A split commune: the ward today is one of several; the citizen must say which.
  if (current.ward === undefined) result.ambiguous = true;
  return result;
}

/**
 * The form value of what a path read, or `undefined` when there is nothing to write (absent, empty, or
 * a shape a single field cannot hold, such as a list).
 *
 * @example
 * ```ts
 * toFormValue({ precision: 'year', year: 1938 }); // { kind: 'date', value: '1938' }
 * ```
 */
export function toFormValue(raw: unknown, declared?: FieldKind): FormValue | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') {
    const kind = declared ?? 'text';
    const value = normaliseText(kind, raw);
    return value === '' ? undefined : { kind, value };
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') {
    return { kind: declared ?? 'text', value: String(raw) };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  if (isVnDate(raw)) return { kind: 'date', value: formatDate(raw) };
  if (isAddress(raw)) return addressValue(raw);
  const record = raw as Record<string, unknown>;
  // A person's name ({ full }), a relative ({ name }), a coded value ({ code, name }).
  if (typeof record.full === 'string') return toFormValue(record.full, 'name');
  if (typeof record.name === 'string') return toFormValue(record.name, 'code' in record ? 'text' : 'name');
  if (typeof record.code === 'string') return toFormValue(record.code, 'code');
  return undefined;
}
