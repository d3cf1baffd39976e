/**
 * What is left of a `latency` fault's `delayMs` for a request that arrived at `arrivedAt`
 * (`performance.now()`): the answer comes `delayMs` after the arrival whether the mock took 0.1 ms or
 * 3 ms to build it.
 */
export function remainingDelay(
  delayMs: number | undefined,
  arrivedAt: number,
  now: number = performance.now(),
): number {
  if (!delayMs) return 0;
  return Math.max(0, delayMs - (now - arrivedAt));
}
