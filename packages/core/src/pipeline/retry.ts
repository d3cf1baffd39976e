import pRetry from 'p-retry';
import { OnceOnlyError, RateLimitError, UpstreamError } from '../errors/onceonly-error.js';
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

const retryAfterOf = (error: unknown): number | undefined =>
  RateLimitError.isInstance(error) || UpstreamError.isInstance(error) ? error.retryAfterMs : undefined;

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
  if (retries === 0) return attempt(1);
  return pRetry(attempt, {
    retries,
    factor: plan.factor,
    minTimeout: plan.minDelayMs,
    maxTimeout: plan.maxDelayMs,
    randomize: plan.jitter,
    signal: options.signal,
    unref: true,
    shouldRetry: async ({ error, attemptNumber }) => {
      if (!OnceOnlyError.isInstance(error) || !error.retryable) return false;
      const retryAfterMs = retryAfterOf(error);
      if (retryAfterMs !== undefined) {
        if (retryAfterMs > plan.maxDelayMs) return false;
        await sleep(retryAfterMs, options.signal);
      }
      options.onRetry?.(error, attemptNumber);
      return true;
    },
  });
}
