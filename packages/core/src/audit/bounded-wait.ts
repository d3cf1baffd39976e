// Waits that end: a stuck audit sink must never hold a call or close() past its bound.

/** `promise`'s value, or `'timeout'` once `timeoutMs` passed (no timer without a bound). */
export function settle<T>(promise: Promise<T>, timeoutMs: number | undefined): Promise<T | 'timeout'> {
  if (timeoutMs === undefined) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, timeoutMs));
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function bounded(
  promise: Promise<void>,
  timeoutMs: number,
  onTimeout: () => Error,
): Promise<void> {
  if ((await settle(promise, timeoutMs)) === 'timeout') throw onTimeout();
}
