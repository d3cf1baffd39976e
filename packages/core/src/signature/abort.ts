import { AbortedError, OnceOnlyError, TimeoutError } from '../errors/onceonly-error.js';

/**
 * The typed error for an aborted signal: the reason itself when the gateway aborted with a
 * `OnceOnlyError` (its deadline), a `TimeoutError` for `AbortSignal.timeout()`, else `AbortedError`.
 */
export function abortError(signal: AbortSignal): OnceOnlyError {
  const reason: unknown = signal.reason;
  if (OnceOnlyError.isInstance(reason)) return reason;
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    return new TimeoutError({
      message: 'The call timed out: raise timeouts.callMs or ctx.timeoutMs if this is expected.',
    });
  }
  return new AbortedError({ message: 'The call was aborted by its caller (ctx.signal).' });
}

/**
 * Waits for a shared promise, but lets this caller leave early when its own signal aborts. The shared
 * work goes on for the other waiters: one caller's abort must not fail everyone's token or key fetch.
 */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {}); // handled by the other waiters; do not leave it unhandled here
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
