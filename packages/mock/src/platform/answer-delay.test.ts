import { describe, expect, it } from 'vitest';
import { remainingDelay } from './answer-delay.js';

describe("a latency fault counts from the request's arrival", () => {
  it("waits only what is left of the delay after the mock's own work", () => {
    expect(remainingDelay(20, 100, 103)).toBe(17);
    expect(remainingDelay(20, 100, 120)).toBe(0);
    expect(remainingDelay(20, 100, 150)).toBe(0);
  });

  it('waits nothing without a latency fault', () => {
    expect(remainingDelay(undefined, 100, 100)).toBe(0);
    expect(remainingDelay(0, 100, 100)).toBe(0);
  });
});
