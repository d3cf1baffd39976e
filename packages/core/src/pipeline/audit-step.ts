import type { Auditor } from '../audit/auditor.js';
import type { CallAuditFields } from '../audit/call-record.js';
import type { OnceOnlyError } from '../errors/onceonly-error.js';
import type { CallState, PipelineDeps } from './deps.js';

/** How long past its deadline a call may wait for its audit record to be accepted. */
export const AUDIT_GRACE_MS = 100;

/**
 * What the one audit record of a call holds, from what the call gathered: ids and codes, and the
 * subject, acting user and officer in clear, for the auditor to hash ({@link Auditor.recordCall}).
 */
export function callAuditFields(
  deps: PipelineDeps,
  state: CallState,
  outcome: OnceOnlyError | undefined,
): CallAuditFields {
  const ctx = state.ctx;
  const fields: CallAuditFields = {
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
  if (typeof ctx?.userId === 'string') fields.userId = ctx.userId;
  if (typeof ctx?.officerId === 'string') fields.officer = ctx.officerId;
  if (outcome) fields.errorName = outcome.name;
  if (state.status !== undefined) fields.status = state.status;
  if (state.requestHash) fields.requestHash = state.requestHash;
  if (state.requestId) fields.requestId = state.requestId;
  if (state.subject) fields.subject = state.subject;
  return fields;
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
  return deps.audit.recordCall(callAuditFields(deps, state, outcome), { timeoutMs });
}
