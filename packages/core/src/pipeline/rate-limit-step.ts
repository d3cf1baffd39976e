import { RateLimitError } from '../errors/onceonly-error.js';
import type { CallState, PipelineDeps } from './deps.js';

/**
 * Before each request: a slot from the shared rate limiter (`rateLimit`), waited for within the call's
 * deadline. When none frees in time the call is refused at once with `QUOTA_EXCEEDED` (nothing sent,
 * `retryAfterMs` set) instead of waiting into a timeout. A limiter that fails (its Redis is down) is
 * logged and the request goes: the provider still enforces its own quota with 429.
 */
export async function takeRateSlot(deps: PipelineDeps, state: CallState, signal: AbortSignal): Promise<void> {
  const limiter = deps.rateLimiter;
  if (!limiter) return;
  const maxWaitMs = Math.max(0, (state.endsAt ?? Number.POSITIVE_INFINITY) - Date.now());
  let slot: Awaited<ReturnType<typeof limiter.reserve>>;
  try {
    slot = await limiter.reserve(state.provider, maxWaitMs);
  } catch {
    deps.logger.warn(
      { xroadId: state.xroadId, service: state.service.id, step: 'rate-limit' },
      'rate limiter failed; request sent without a slot',
    );
    return;
  }
  if (!slot.ok) {
    throw new RateLimitError({
      code: 'QUOTA_EXCEEDED',
      retryAfterMs: slot.retryAfterMs,
      message: `The portal's rate limit for ${state.provider} has no free slot before this call's deadline (next in ${slot.retryAfterMs} ms). Nothing was sent; try again later.`,
    });
  }
  if (slot.waitMs > 0) await delay(slot.waitMs, signal);
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
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
