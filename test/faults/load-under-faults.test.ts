/**
 * Load under faults (issue 7, "Proof"): thousands of lookups at concurrency 64 while about a tenth of
 * the citizens are faulted. Every call ends with a value or a typed error, nothing hangs, there is one
 * audit record per call, and the healthy citizens are still served while the faulted group fails.
 */
import { describe, expect, it } from 'vitest';
import { describeLoad, type LoadOptions, runLoad } from './load-run.js';

/** The whole run must end well within this, however the faults fall (nothing hangs). */
const GLOBAL_BOUND_MS = 45_000;

const runs: Array<[string, LoadOptions]> = [
  [
    'in-process',
    {
      transport: 'in-process',
      calls: 3_000,
      concurrency: 64,
      faultedShare: 0.1,
      timeoutMs: 2_000,
      breaker: false,
    },
  ],
  [
    'HTTP loopback',
    { transport: 'http', calls: 600, concurrency: 64, faultedShare: 0.1, timeoutMs: 5_000, breaker: false },
  ],
];

describe('load under faults', () => {
  it.each(runs)(
    '%s: every call ends typed, healthy citizens are served',
    async (label, options) => {
      const report = await runLoad(options);
      console.log(describeLoad(label, report));
      expect(report.calls).toBe(options.calls);
      expect(report.errors.UNTYPED ?? 0).toBe(0);
      expect(report.unhandled).toBe(0);
      expect(report.auditRecords).toBe(report.calls);
      expect(report.wallMs).toBeLessThan(GLOBAL_BOUND_MS);
      // About a tenth of the calls hit the faulted group, and every one of them fails.
      expect(report.faultedCalls / report.calls).toBeGreaterThan(0.05);
      expect(report.faultedCalls / report.calls).toBeLessThan(0.2);
      expect(report.faultedOk).toBe(0);
      expect(
        report.healthyOk / report.healthyCalls,
        JSON.stringify(report.healthyErrors),
      ).toBeGreaterThanOrEqual(0.99);
    },
    GLOBAL_BOUND_MS + 15_000,
  );
});
