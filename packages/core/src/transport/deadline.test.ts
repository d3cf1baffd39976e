import { describe, expect, it } from 'vitest';
import { AbortedError, InputError, TimeoutError } from '../errors/onceonly-error.js';
import { createDeadline, MAX_TIMER_MS } from './deadline.js';

describe('createDeadline', () => {
  it('aborts with a typed DEADLINE_EXCEEDED reason when time runs out', async () => {
    const deadline = createDeadline(20);
    await new Promise((r) => setTimeout(r, 40));
    expect(deadline.signal.aborted).toBe(true);
    expect(TimeoutError.isInstance(deadline.signal.reason)).toBe(true);
    expect(deadline.error()?.code).toBe('DEADLINE_EXCEEDED');
    deadline.dispose();
  });

  it('aborts with a typed ABORTED reason when the caller aborts', () => {
    const controller = new AbortController();
    const deadline = createDeadline(10_000, controller.signal);
    controller.abort();
    expect(AbortedError.isInstance(deadline.signal.reason)).toBe(true);
    expect(deadline.error()?.code).toBe('ABORTED');
    deadline.dispose();
  });

  it.each([MAX_TIMER_MS + 1, Number.POSITIVE_INFINITY, Number.NaN, 0, -1])(
    'refuses %s instead of firing at once',
    (ms) => {
      expect(() => createDeadline(ms)).toThrow(InputError);
    },
  );

  it('holds the largest timer without firing', () => {
    const deadline = createDeadline(MAX_TIMER_MS);
    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.endsAt).toBeGreaterThan(Date.now() + MAX_TIMER_MS - 1000);
    deadline.dispose();
  });
});
