import type { AuditRecord } from '../audit/types.js';
import type { OnceOnlyError } from '../errors/onceonly-error.js';
import type { CallState, PipelineDeps } from './deps.js';

/** How long past its deadline a call may wait for its audit record to be accepted. */
export const AUDIT_GRACE_MS = 100;

/** The one audit record of a call, from what the call gathered: ids and codes, the subject hashed. */
export function auditRecord(
  deps: PipelineDeps,
  state: CallState,
  outcome: OnceOnlyError | undefined,
): AuditRecord {
  const ctx = state.ctx;
  const record: AuditRecord = {
    time: new Date(state.started).toISOString(),
    xroadId: state.xroadId,
    client: deps.clientId,
    purpose: typeof ctx?.purpose === 'string' ? ctx.purpose : '',
    issue: typeof ctx?.caseId === 'string' ? ctx.caseId : '',
    service: state.service.id,
    xroadService: `${deps.client.instance}/${state.provider}/${state.service.code}`,
    outcome: outcome ? outcome.code : 'success',
    durationMs: deps.now() - state.started,
    attempts: state.attempts,
    cached: state.cached,
  };
  // The auditor stores it as a keyed hash unless audit.userIdInClear is set.
  if (typeof ctx?.userId === 'string') record.userId = ctx.userId;
  if (outcome) record.errorName = outcome.name;
  if (state.status !== undefined) record.status = state.status;
  if (state.requestHash) record.requestHash = state.requestHash;
  if (state.requestId) record.requestId = state.requestId;
  if (typeof ctx?.officerId === 'string') {
    const officer = deps.audit.hashSubject(ctx.officerId);
    if (officer) record.officer = officer;
  }
  const hashed = state.subject ? deps.audit.hashSubject(state.subject) : undefined;
  if (hashed) record.subject = hashed;
  return record;
}

/**
 * Step "audit": the record must be accepted before the call returns, within the call's deadline plus
 * {@link AUDIT_GRACE_MS}. Throws or rejects with `AUDIT_UNAVAILABLE` when a sink fails, is closed or
 * is too slow (the auditor logs and counts it). Returns nothing when every sink took the record
 * synchronously (or auditing is off, when nothing is built), a promise otherwise.
 */
export function writeAudit(
  deps: PipelineDeps,
  state: CallState,
  outcome: OnceOnlyError | undefined,
): Promise<void> | void {
  if (!deps.audit.enabled) return;
  const endsAt = state.endsAt ?? state.startedAt + deps.timeouts.callMs;
  const timeoutMs = Math.max(0, endsAt - Date.now()) + AUDIT_GRACE_MS;
  return deps.audit.record(auditRecord(deps, state, outcome), { timeoutMs });
}
