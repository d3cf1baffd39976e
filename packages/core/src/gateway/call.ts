import type { OnceOnlyError } from '../errors/onceonly-error.js';
import { writeAudit } from '../pipeline/audit-step.js';
import { withCache } from '../pipeline/cache-step.js';
import { endCall } from '../pipeline/call-end.js';
import { checkConsent } from '../pipeline/check-consent.js';
import { checkAccessContext } from '../pipeline/check-context.js';
import { checkOfficer } from '../pipeline/check-officer.js';
import { copyInput } from '../pipeline/copy-input.js';
import type { CallState, PipelineDeps } from '../pipeline/deps.js';
import { exchange } from '../pipeline/exchange.js';
import { mapAnswer } from '../pipeline/map-answer.js';
import { prepareKeys } from '../pipeline/prepare-keys.js';
import { withRetry } from '../pipeline/retry.js';
import { toTyped } from '../pipeline/to-typed.js';
import { toWireRequest } from '../pipeline/to-wire.js';
import { validateInput } from '../pipeline/validate-input.js';
import type { AccessContext } from '../policy/access-context.js';
import type { ServiceDefinition } from '../service/define-service.js';
import { type CallDeadline, createDeadline } from '../transport/deadline.js';
import { formatSubsystemId, parseProviderId } from '../transport/xroad-id.js';
import type { CallOptions, CallResult } from './types.js';

/** What the pipeline needs from the gateway (see `pipeline/deps.ts`). */
export type CallDeps = PipelineDeps;

function startCall(
  deps: PipelineDeps,
  service: ServiceDefinition<never, never, unknown>,
  ctx: AccessContext | undefined,
  options: CallOptions | undefined,
): CallState {
  const xroadId = deps.newId();
  const provider = options?.provider ?? service.provider;
  const span = deps.startSpan({
    serviceId: service.id,
    provider,
    xroadId,
    client: deps.clientId,
    purpose: typeof ctx?.purpose === 'string' ? ctx.purpose : '',
  });
  const started = deps.now();
  return {
    service,
    ctx,
    xroadId,
    started,
    startedAt: Date.now(),
    provider,
    span,
    attempts: 0,
    cached: false,
  };
}

/**
 * One logical call, in the design's order. Each step is its own unit under `pipeline/`; exactly one
 * audit record is written, success or failure, and the value is handed over only once it is accepted.
 */
export async function performCall<TRequest, TWire, TResult>(
  deps: PipelineDeps,
  service: ServiceDefinition<TRequest, TWire, TResult>,
  input: TRequest,
  ctx: AccessContext,
  options: CallOptions | undefined,
): Promise<CallResult<TResult>> {
  const state = startCall(deps, service as ServiceDefinition<never, never, unknown>, ctx, options);
  let deadline: CallDeadline | undefined;
  let result: CallResult<TResult>;
  try {
    const request = copyInput(service.id, input); // what is sent is what was validated
    validateInput(service, request);
    checkAccessContext(ctx, service.id);
    checkOfficer(ctx, service);
    const provider = parseProviderId(state.provider, deps.client.instance);
    state.subsystem = provider;
    state.subject = service.subject?.(request);
    deadline = createDeadline(ctx.timeoutMs ?? deps.timeouts.callMs, ctx.signal);
    state.endsAt = deadline.endsAt;
    const signal = deadline.signal;
    const consent = service.requiresConsent
      ? await checkConsent(deps, service, ctx, state.subject, signal)
      : undefined;
    const providerId = formatSubsystemId(provider);
    const onRetry = logRetry(deps, state);
    result = await withCache(
      deps,
      state,
      { provider: providerId, purpose: ctx.purpose, request },
      async () => {
        // Cache hits skip this: the wire body, its encoding and the keys only matter when something is sent.
        // The body the provider expects (MaYeuCau, MaCanBo...), built from the checked input, checked in turn.
        const wire = toWireRequest(service, request, {
          xroadId: state.xroadId,
          purpose: ctx.purpose,
          caseId: ctx.caseId,
          ...(ctx.officerId === undefined ? {} : { officerId: ctx.officerId }),
        });
        const encoded = deps.profiles[service.profile].encode({
          service: service as ServiceDefinition<never, never, unknown>,
          request: wire,
          provider,
          client: deps.client,
          basePath: deps.basePath,
          xroadId: state.xroadId,
          purpose: ctx.purpose,
          caseId: ctx.caseId,
          ...(ctx.userId === undefined ? {} : { userId: ctx.userId }),
          ...(consent === undefined ? {} : { consent }),
        });
        const preparing = prepareKeys(deps, provider, signal);
        if (preparing) await preparing;
        const checked = await deps.breakers.run(
          providerId,
          service.id,
          (inner) =>
            withRetry(() => exchange<TWire>(deps, state, encoded, inner), deps.retry, {
              idempotent: service.idempotent,
              signal: inner,
              onRetry,
            }),
          signal,
        );
        return mapAnswer(service, checked, request, state.subject, state.xroadId);
      },
    );
  } catch (error) {
    throw await fail(deps, state, toTyped(deadline?.error() ?? error));
  } finally {
    deadline?.dispose();
  }
  try {
    const audited = writeAudit(deps, state, undefined);
    if (audited) await audited; // a synchronous sink's record is accepted without an event-loop turn
  } catch (error) {
    // Fail closed: the value is never handed over without its audit record.
    throw await fail(deps, state, toTyped(error), false);
  }
  endCall(deps, state, undefined);
  return result;
}

/** A failed call: its audit record (best effort; the call's own error wins), its end, its error. */
async function fail(
  deps: PipelineDeps,
  state: CallState,
  error: OnceOnlyError,
  audit = true,
): Promise<OnceOnlyError> {
  const typed = error.withCall(state.service.id, state.xroadId);
  if (audit) {
    try {
      await writeAudit(deps, state, typed);
    } catch {
      // logged and counted by the auditor; the call's own error wins
    }
  }
  endCall(deps, state, typed);
  return typed;
}

function logRetry(deps: PipelineDeps, state: CallState) {
  return (error: unknown, attempt: number) =>
    deps.logger.warn(
      { xroadId: state.xroadId, service: state.service.id, attempt, code: toTyped(error).code },
      'retrying',
    );
}
