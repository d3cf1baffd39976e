/**
 * The audit record of one gateway call, built from fields the pipeline typed itself: the personal ids
 * hashed, the fields in the order `sanitizeAuditRecord` writes them, frozen. No field-by-field check,
 * no copy: the gateway writes one of these on every call.
 */
import type { AuditRecord } from './types.js';

/** What the pipeline knows of a call, the personal ids in clear. */
export type CallAuditFields = Omit<AuditRecord, 'subject' | 'userId' | 'officer'> & {
  subject?: string | undefined;
  userId?: string | undefined;
  officer?: string | undefined;
};

/** The record to write: `subject` and `officer` always hashed, `userId` unless `userIdInClear`. */
export function callRecord(
  fields: CallAuditFields,
  hash: (value: string) => string,
  userIdInClear: boolean,
): AuditRecord {
  const record: Partial<Record<keyof AuditRecord, unknown>> = {
    time: fields.time,
    xroadId: fields.xroadId,
    client: fields.client,
  };
  if (fields.userId !== undefined) record.userId = userIdInClear ? fields.userId : hash(fields.userId);
  if (fields.officer !== undefined) record.officer = hash(fields.officer);
  record.purpose = fields.purpose;
  record.issue = fields.issue;
  record.service = fields.service;
  record.xroadService = fields.xroadService;
  record.outcome = fields.outcome;
  if (fields.errorName !== undefined) record.errorName = fields.errorName;
  if (fields.status !== undefined) record.status = fields.status;
  record.durationMs = fields.durationMs;
  record.attempts = fields.attempts;
  record.cached = fields.cached;
  if (fields.requestHash !== undefined) record.requestHash = fields.requestHash;
  if (fields.requestId !== undefined) record.requestId = fields.requestId;
  if (fields.subject !== undefined) record.subject = hash(fields.subject);
  return Object.freeze(record) as AuditRecord;
}
