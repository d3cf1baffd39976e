import pRetry from 'p-retry';
import { OnceOnlyError } from '../errors/onceonly-error.js';
import type { RetryOptions } from '../gateway/options.js';

export interface RetryPlan {
  attempts: number;
  minDelayMs: number;
  maxDelayMs: number;
  factor: number;
  jitter: boolean;
}

export const DEFAULT_RETRY: RetryPlan = {
  attempts: 3,
  minDelayMs: 100,
  maxDelayMs: 5_000,
  factor: 2,
  jitter: true,
};

export function retryPlan(options: RetryOptions | false | undefined): RetryPlan {
  if (options === false) return { ...DEFAULT_RETRY, attempts: 1 };
  return { ...DEFAULT_RETRY, ...options };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The one retry layer (p-retry): only idempotent services, only retryable errors (4xx that cannot
 * succeed are not), bounded attempts, exponential backoff with jitter, `Retry-After` honoured up to
 * `maxDelayMs` (a longer wait fails now, with the error saying how long to wait).
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  plan: RetryPlan,
  options: {
    idempotent: boolean;
    signal: AbortSignal;
    onRetry?: (error: unknown, attemptNumber: number) => void;
  },
): Promise<T> {
  const retries = options.idempotent ? Math.max(0, plan.attempts - 1) : 0;
  const shouldRetry = async (error: unknown, attemptNumber: number) => {
    if (!OnceOnlyError.isInstance(error) || !error.retryable) return false;
    // The rate limiter refused because no slot frees before the deadline: waiting here could not help.
    if (error.code === 'QUOTA_EXCEEDED') return false;
    const retryAfterMs = error.retryAfterMs;
    if (retryAfterMs !== undefined) {
      if (retryAfterMs > plan.maxDelayMs) return false;
      await sleep(retryAfterMs, options.signal);
    }
    options.onRetry?.(error, attemptNumber);
    return true;
  };
  // Most calls succeed at once: the first attempt runs outside p-retry, which is handed the rest only
  // after a retryable failure (p-retry's own set-up costs more than the whole pipeline on a success).
  try {
    return await attempt(1);
  } catch (error) {
    if (retries === 0 || !(await shouldRetry(error, 1))) throw error;
  }
  await sleep(backoff(plan, 0), options.signal);
  return pRetry((n) => attempt(n + 1), {
    retries: retries - 1,
    factor: plan.factor,
    // p-retry's schedule continues where the first retry left off.
    minTimeout: plan.minDelayMs * plan.factor,
    maxTimeout: plan.maxDelayMs,
    randomize: plan.jitter,
    signal: options.signal,
    unref: true,
    shouldRetry: ({ error, attemptNumber }) => shouldRetry(error, attemptNumber + 1),
  });
}

/** The delay before retry number `index + 1`: exponential, capped, with jitter as p-retry does it. */
function backoff(plan: RetryPlan, index: number): number {
  const random = plan.jitter ? Math.random() + 1 : 1;
  return Math.min(Math.round(random * plan.minDelayMs * plan.factor ** index), plan.maxDelayMs);
}
