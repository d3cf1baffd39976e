import type { CallSummary } from '../gateway/options.js';
import type { OnceOnlyError } from '../errors/onceonly-error.js';
import type { CallState, PipelineDeps } from './deps.js';

/** The summary the `onCallEnd` hook gets: ids, codes and figures, never a body or a personal id. */
export function callSummary(
  deps: PipelineDeps,
  state: CallState,
  outcome: OnceOnlyError | undefined,
): CallSummary {
  const summary: CallSummary = {
    serviceId: state.service.id,
    provider: state.provider,
    xroadId: state.xroadId,
    outcome: outcome ? outcome.code : 'success',
    attempts: state.attempts,
    durationMs: deps.now() - state.started,
    cached: state.cached,
  };
  if (state.status !== undefined) summary.status = state.status;
  return summary;
}

/**
 * Last step: close the span, log, and tell the `onCallEnd` hook. A hook that throws or rejects is
 * logged (redacted) and never changes the call's result; it is not awaited.
 */
export function endCall(deps: PipelineDeps, state: CallState, outcome: OnceOnlyError | undefined): void {
  const { xroadId, attempts, cached } = state;
  const service = state.service.id;
  if (outcome) {
    state.span.end({ ok: false, error: { name: outcome.name, code: outcome.code }, attempts });
    deps.logger.info({ xroadId, service, code: outcome.code, attempts }, 'call failed');
  } else {
    state.span.end({ ok: true, attempts, cached });
    deps.logger.debug(
      { xroadId, service, attempts, cached, durationMs: deps.now() - state.started },
      'call succeeded',
    );
  }
  const hook = deps.hooks?.onCallEnd;
  if (!hook) return;
  const report = (error: unknown) =>
    deps.logger.error(
      {
        event: 'onceonly.hook.on_call_end_failed',
        xroadId,
        service,
        error: { name: error instanceof Error ? error.name : typeof error },
      },
      'The onCallEnd hook failed; the call result is unchanged. Fix the hook.',
    );
  try {
    const result = hook(callSummary(deps, state, outcome));
    if (typeof (result as PromiseLike<void> | undefined)?.then === 'function')
      Promise.resolve(result).catch(report);
  } catch (error) {
    report(error);
  }
}
