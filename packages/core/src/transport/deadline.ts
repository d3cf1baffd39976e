import { AbortedError, InputError, TimeoutError } from '../errors/onceonly-error.js';

/** The longest delay `setTimeout` can hold (2^31 - 1 ms, about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * Checks a deadline given by the caller. Refused (never clamped, never turned into an instant
 * `DEADLINE_EXCEEDED`): not a number, not finite, ≤ 0, or above {@link MAX_TIMER_MS}.
 * @throws InputError `TIMEOUT_INVALID`
 */
export function checkTimeoutMs(value: unknown, name: string, serviceId?: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw new InputError({
      code: 'TIMEOUT_INVALID',
      ...(serviceId === undefined ? {} : { serviceId }),
      message: `${name} must be a finite number of milliseconds above 0 and at most ${MAX_TIMER_MS.toLocaleString('en-US')} (about 24 days); nothing was sent.`,
    });
  }
  return value;
}

/**
 * The abort signal of one logical call: the caller's `ctx.signal` and the overall deadline, combined.
 * Every attempt and every wait between attempts listens to it. The signal's `reason` is typed: a
 * `TimeoutError` (`DEADLINE_EXCEEDED`) when the deadline passed, an `AbortedError` when the caller
 * aborted, so a step that only sees the signal (the breaker) can tell a hang from a cancellation.
 */
export interface CallDeadline {
  readonly signal: AbortSignal;
  /** When the deadline falls, in `Date.now()` milliseconds. */
  readonly endsAt: number;
  /** A typed error if the call was aborted or ran out of time, else `undefined`. */
  error(): AbortedError | TimeoutError | undefined;
  /** Stops the deadline timer. */
  dispose(): void;
}

export function createDeadline(timeoutMs: number, callerSignal?: AbortSignal): CallDeadline {
  checkTimeoutMs(timeoutMs, 'The call timeout');
  const controller = new AbortController();
  let reason: AbortedError | TimeoutError | undefined;
  const stop = (error: AbortedError | TimeoutError) => {
    if (reason) return;
    reason = error;
    controller.abort(error);
  };
  const timer = setTimeout(
    () =>
      stop(
        new TimeoutError({
          code: 'DEADLINE_EXCEEDED',
          message: `The call did not finish within its deadline of ${timeoutMs} ms (ctx.timeoutMs or timeouts.callMs), retries included.`,
        }),
      ),
    timeoutMs,
  );
  timer.unref?.();
  const onCallerAbort = () =>
    stop(new AbortedError({ message: 'The call was aborted by the caller (ctx.signal).' }));
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    endsAt: Date.now() + timeoutMs,
    error: () => reason,
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
