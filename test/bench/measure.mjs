/** Load loops, percentiles and table formatting for the benchmark. */
import { performance } from 'node:perf_hooks';

/**
 * Runs `call` from `concurrency` workers for `durationMs` (after `warmupMs` that is not counted) and
 * returns every latency (ms) and the elapsed time.
 */
export async function load(call, { concurrency, durationMs, warmupMs = 0 }) {
  const run = async (ms, samples) => {
    let errors = 0;
    let firstError;
    const start = performance.now();
    const end = start + ms;
    const worker = async () => {
      for (;;) {
        const t0 = performance.now();
        if (t0 >= end) return;
        try {
          await call();
        } catch (error) {
          errors++;
          firstError ??= error;
        }
        samples?.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { elapsedMs: performance.now() - start, errors, firstError };
  };
  if (warmupMs > 0) await run(warmupMs);
  const samples = [];
  const result = await run(durationMs, samples);
  return { ...result, samples };
}

/** Merges rounds of `load` and summarises them: throughput over the summed time, percentiles over all samples. */
export function summarise(rounds) {
  const samples = Float64Array.from(rounds.flatMap((r) => r.samples)).sort();
  const elapsedMs = rounds.reduce((sum, r) => sum + r.elapsedMs, 0);
  const pct = (p) =>
    samples.length === 0 ? Number.NaN : samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return {
    count: samples.length,
    rps: (samples.length * 1000) / elapsedMs,
    p50: pct(0.5),
    p99: pct(0.99),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError,
  };
}

/**
 * The throughput ratio a / b, paired: computed within each round (both clients ran minutes apart at
 * most, under the same load) and the median taken over rounds. On a machine whose speed drifts from one
 * second to the next, this is far steadier than the ratio of totals.
 */
export function pairedRatio(roundsA, roundsB) {
  const ratios = roundsA
    .map((a, i) => a.samples.length / a.elapsedMs / (roundsB[i].samples.length / roundsB[i].elapsedMs))
    .sort((x, y) => x - y);
  const mid = Math.floor(ratios.length / 2);
  return ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
}

/** Per-call wall time (µs) and CPU time of the whole process (µs, every thread) of `n` sequential calls. */
export async function sequential(call, n) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await call();
  const wallUs = ((performance.now() - t0) * 1000) / n;
  const cpu = process.cpuUsage(cpu0);
  return { wallUs, cpuUs: (cpu.user + cpu.system) / n };
}

/** A plain-text table; numbers right-aligned. */
export function table(headers, rows) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
