/**
 * How long a transport still waits before answering a request that arrived at `arrivedAt`
 * (`performance.now()`): a `latency` fault counts from the request's arrival, so the answer comes
 * `delayMs` after it whether the mock took 0.1 ms or 3 ms to build it.
 */
export function remainingDelay(
  delayMs: number | undefined,
  arrivedAt: number,
  now: number = performance.now(),
): number {
  if (!delayMs) return 0;
  return Math.max(0, delayMs - (now - arrivedAt));
}
