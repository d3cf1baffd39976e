/**
 * Load under faults (issue 7, "Proof"): thousands of lookups at concurrency 64 while about a tenth of
 * the citizens are faulted, with the breaker on as a portal runs it (default options). Every call ends
 * with a value or a typed error, nothing hangs, there is one audit record per call, and the healthy
 * citizens are still served while the faulted group fails: the breaker opens on a failure rate over a
 * window, so one group of citizens cannot lock everyone out. The same breaker does open when the whole
 * provider fails (the control below), so "served" is not a breaker that is off.
 */
import { describe, expect, it } from 'vitest';
import { describeLoad, type LoadOptions, runLoad } from './load-run.js';

/** The whole run must end well within this, however the faults fall (nothing hangs). */
const GLOBAL_BOUND_MS = 30_000;

const runs: Array<[string, LoadOptions]> = [
  [
    'in-process, default breaker',
    {
      transport: 'in-process',
      calls: 3_000,
      concurrency: 64,
      faultedShare: 0.1,
      timeoutMs: 1_000,
      breaker: undefined,
    },
  ],
  [
    'HTTP loopback, default breaker',
    {
      transport: 'http',
      calls: 1_000,
      concurrency: 64,
      faultedShare: 0.1,
      timeoutMs: 2_000,
      breaker: undefined,
    },
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
      // The healthy citizens are served: never locked out by the faulted group's breaker trips.
      expect(report.healthyErrors.CIRCUIT_OPEN ?? 0).toBe(0);
      expect(
        report.healthyOk / report.healthyCalls,
        JSON.stringify(report.healthyErrors),
      ).toBeGreaterThanOrEqual(0.99);
    },
    GLOBAL_BOUND_MS + 15_000,
  );

  it('control: the same default breaker opens when the whole provider fails', async () => {
    const report = await runLoad({
      transport: 'in-process',
      calls: 300,
      concurrency: 16,
      faultedShare: 1,
      timeoutMs: 1_000,
      breaker: undefined,
      groupFaults: [{ kind: 'status', status: 503 }],
    });
    console.log(describeLoad('control: every citizen faulted', report));
    expect(report.ok).toBe(0);
    expect(report.errors.UNTYPED ?? 0).toBe(0);
    expect(report.auditRecords).toBe(report.calls);
    // It opened and failed fast, sparing the provider most of the requests (3 attempts a call without).
    expect(report.errors.CIRCUIT_OPEN ?? 0).toBeGreaterThan(report.calls / 2);
    expect(report.providerRequests).toBeLessThan(report.calls);
  });
});
