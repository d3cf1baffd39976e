import { InputError } from '../errors/onceonly-error.js';
import type { AuditRecord, AuditSink } from './types.js';

/**
 * Hands each record to a function: to send it to the portal's own audit store, a queue, a SIEM.
 * The call waits for a returned promise (within its deadline): what the function throws or rejects
 * with is reported to the gateway's logger and fails the call closed with `AUDIT_UNAVAILABLE`.
 *
 * @example
 * functionAuditSink(async (record) => { await db.insert('audit', record); });
 */
export function functionAuditSink(fn: (record: AuditRecord) => void | Promise<void>): AuditSink {
  if (typeof fn !== 'function') {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: 'functionAuditSink expects a function (record) => void.',
    });
  }
  return { write: (record) => fn(record) };
}
