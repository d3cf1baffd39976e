/** The targets, checked against one run's results (loopback ratios paired by round; own cost). */
export const TARGETS = { vsLimit: 0.85, vsRaw: 0.85, vsFetchVerify: 2, ownBeyondSignatureUs: 15 };

const verdict = (ok) => (ok ? 'met' : 'MISSED');

/** Rows `[target, measured, goal, verdict]`. */
export function targetChecks(results, fmt) {
  const checks = [];
  for (const [c, s] of Object.entries(results.http ?? {})) {
    const rows = [
      [`c=${c} gateway / (raw undici + verify)`, s.gateway.ratios.limit, TARGETS.vsLimit],
      [`c=${c} gateway, verify off / raw undici`, s['gateway, verify off'].ratios.raw, TARGETS.vsRaw],
      [`c=${c} gateway / fetch + verify`, s.gateway.ratios.fetchVerify, TARGETS.vsFetchVerify],
    ];
    for (const [what, measured, goal] of rows)
      checks.push([what, fmt(measured, 2), `≥ ${goal}`, verdict(measured >= goal)]);
  }
  if (results.own) {
    const goal = TARGETS.ownBeyondSignatureUs;
    const rows = [
      ['own cost beyond the signature check, gateway (µs, wall)', results.own.gateway.beyondLimitUs],
      ['own cost beyond the signature check, gateway (CPU µs)', results.own.gateway.beyondLimitCpuUs],
      ['own cost, gateway verify off (µs, wall)', results.own['gateway, verify off'].own.wallUs],
    ];
    for (const [what, measured] of rows)
      checks.push([what, fmt(measured), `< ${goal}`, verdict(measured < goal)]);
  }
  return checks;
}
