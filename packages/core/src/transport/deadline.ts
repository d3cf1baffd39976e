import { AbortedError, TimeoutError } from '../errors/onceonly-error.js';

/**
 * The abort signal of one logical call: the caller's `ctx.signal` and the overall deadline, combined.
 * Every attempt and every wait between attempts listens to it.
 */
export interface CallDeadline {
  readonly signal: AbortSignal;
  /** A typed error if the call was aborted or ran out of time, else `undefined`. */
  error(): AbortedError | TimeoutError | undefined;
  /** Stops the deadline timer. */
  dispose(): void;
}

export function createDeadline(timeoutMs: number, callerSignal?: AbortSignal): CallDeadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new Error('deadline exceeded'));
  }, timeoutMs);
  timer.unref?.();
  const onCallerAbort = () => controller.abort(new Error('aborted by the caller'));
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    error() {
      if (callerSignal?.aborted) {
        return new AbortedError({ message: 'The call was aborted by the caller (ctx.signal).' });
      }
      if (expired) {
        return new TimeoutError({
          code: 'DEADLINE_EXCEEDED',
          message: `The call did not finish within its deadline of ${timeoutMs} ms (ctx.timeoutMs or timeouts.callMs), retries included.`,
        });
      }
      return undefined;
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
