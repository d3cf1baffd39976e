import { describe, expect, it } from 'vitest';
import { InputError, RateLimitError, UpstreamError } from '../errors/onceonly-error.js';
import { retryPlan, withRetry } from './retry.js';

const fast = retryPlan({ attempts: 3, minDelayMs: 1, maxDelayMs: 50, jitter: false });
const signal = () => new AbortController().signal;

describe('withRetry', () => {
  it('retries a retryable error of an idempotent call up to the attempt bound', async () => {
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls++;
        throw new UpstreamError({ message: 'x', retryable: true });
      },
      fast,
      { idempotent: true, signal: signal() },
    ).catch((e) => e);
    expect(UpstreamError.isInstance(error)).toBe(true);
    expect(calls).toBe(3);
  });

  it('returns the first success', async () => {
    let calls = 0;
    const value = await withRetry(
      async () => {
        if (++calls < 2) throw new UpstreamError({ message: 'x', retryable: true });
        return 'ok';
      },
      fast,
      { idempotent: true, signal: signal() },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(2);
  });

  it('never retries a non-idempotent call or a 4xx that cannot succeed', async () => {
    let calls = 0;
    await withRetry(
      async () => {
        calls++;
        throw new UpstreamError({ message: 'x', retryable: true });
      },
      fast,
      { idempotent: false, signal: signal() },
    ).catch(() => undefined);
    expect(calls).toBe(1);
    calls = 0;
    await withRetry(
      async () => {
        calls++;
        throw new InputError({ message: 'x' });
      },
      fast,
      { idempotent: true, signal: signal() },
    ).catch(() => undefined);
    expect(calls).toBe(1);
  });

  it('waits at least Retry-After before the next attempt', async () => {
    const times: number[] = [];
    await withRetry(
      async () => {
        times.push(performance.now());
        if (times.length === 1) throw new RateLimitError({ message: 'x', retryAfterMs: 40 });
        return 'ok';
      },
      fast,
      { idempotent: true, signal: signal() },
    );
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(38);
  });

  it('fails at once when Retry-After is longer than maxDelayMs', async () => {
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls++;
        throw new RateLimitError({ message: 'x', retryAfterMs: 60_000 });
      },
      fast,
      { idempotent: true, signal: signal() },
    ).catch((e) => e);
    expect(calls).toBe(1);
    expect(error.retryAfterMs).toBe(60_000);
  });

  it('stops waiting when the signal aborts', async () => {
    const controller = new AbortController();
    const slow = retryPlan({ attempts: 5, minDelayMs: 10_000, jitter: false });
    setTimeout(() => controller.abort(new Error('stop')), 20);
    const error = await withRetry(
      async () => {
        throw new UpstreamError({ message: 'x', retryable: true });
      },
      slow,
      { idempotent: true, signal: controller.signal },
    ).catch((e) => e);
    expect(controller.signal.aborted).toBe(true);
    expect(error).toBeInstanceOf(Error);
  });

  it('retry: false means one attempt', () => {
    expect(retryPlan(false).attempts).toBe(1);
  });
});
