/**
 * Builds the record that is written from the known AuditRecord fields only, each of the expected type,
 * so that a caller cannot smuggle personal data (a name, a query body) into an audit file.
 */
import type { AuditRecord } from './types.js';

type FieldType = 'string' | 'number' | 'boolean';

// Field order here is the order in the written JSON.
const FIELDS: ReadonlyArray<readonly [keyof AuditRecord, FieldType, boolean]> = [
  ['time', 'string', true],
  ['xroadId', 'string', true],
  ['client', 'string', true],
  ['userId', 'string', false],
  ['officer', 'string', false],
  ['purpose', 'string', true],
  ['issue', 'string', true],
  ['service', 'string', true],
  ['xroadService', 'string', true],
  ['outcome', 'string', true],
  ['errorName', 'string', false],
  ['status', 'number', false],
  ['durationMs', 'number', true],
  ['attempts', 'number', true],
  ['cached', 'boolean', true],
  ['requestHash', 'string', false],
  ['requestId', 'string', false],
  ['subject', 'string', false],
];

/** The names of the fields an audit record may carry. */
export const AUDIT_RECORD_FIELDS: readonly (keyof AuditRecord)[] = FIELDS.map(([name]) => name);

export interface SanitizedRecord {
  /** A frozen record holding the known, well-typed fields only. */
  record: AuditRecord;
  /** Names of fields that were dropped (unknown or of the wrong type) or missing; never their values. */
  problems: string[];
}

/**
 * Copies the known fields of `input`, in a fixed order; drops unknown fields and fields of the wrong
 * type and names them in `problems`. `time` may be a `Date`.
 */
export function sanitizeAuditRecord(input: unknown): SanitizedRecord {
  const source = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, type, required] of FIELDS) {
    let value = source[name];
    if (name === 'time' && value instanceof Date && !Number.isNaN(value.getTime()))
      value = value.toISOString();
    if (value === undefined || value === null) {
      if (required) problems.push(`missing:${name}`);
    } else if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) {
      problems.push(`invalid:${name}`);
    } else {
      record[name] = value;
    }
  }
  for (const name of Object.keys(source)) {
    if (!KNOWN.has(name)) problems.push(`unknown:${name.length > 40 ? `${name.slice(0, 40)}…` : name}`);
  }
  return { record: Object.freeze(record) as unknown as AuditRecord, problems };
}

const KNOWN = new Set<string>(AUDIT_RECORD_FIELDS);
