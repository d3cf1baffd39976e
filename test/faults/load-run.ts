/**
 * A load run against the mock platform with one group of citizens faulted: thousands of lookups at a
 * fixed concurrency, each ending in a value or a typed error, tallied for the assertions and the report.
 */
import { createGateway, type GatewayOptions, memoryAuditSink, OnceOnlyError } from '@onceonly/core';
import { createMockPlatform, type Fault, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { getCitizenSoap, population } from '@onceonly/population';
import { watchUnhandled } from '../support/fault-harness.js';
import { PURPOSE, SUBJECT_KEY, type Transport } from './fault-case.js';

/** Faults given, in turn, to the citizens of the faulted group: each persists for the whole run. */
const GROUP_FAULTS: Fault[] = [
  { kind: 'status', status: 503 },
  { kind: 'reset' },
  { kind: 'xroad-error', type: 'Server.ServerProxy.AccessDenied' },
  { kind: 'malformed' },
  { kind: 'bad-signature' },
  { kind: 'hang' },
];

export interface LoadOptions {
  transport: Transport;
  calls: number;
  concurrency: number;
  /** Share of the citizens whose lookups are faulted. */
  faultedShare: number;
  /** Deadline of each call. */
  timeoutMs: number;
  /** `undefined`: the default breaker (on). */
  breaker: GatewayOptions['breaker'];
  /** Faults of the faulted group, given in turn. Default: a mix of retryable, refused and hung. */
  groupFaults?: Fault[];
}

export interface LoadReport {
  calls: number;
  ok: number;
  healthyCalls: number;
  healthyOk: number;
  faultedCalls: number;
  faultedOk: number;
  /** Typed errors by code; `UNTYPED` counts anything that is not a OnceOnlyError. */
  errors: Record<string, number>;
  /** Typed errors of healthy citizens, by code. */
  healthyErrors: Record<string, number>;
  auditRecords: number;
  /** Data requests the mock received (retries included; none while a breaker is open). */
  providerRequests: number;
  unhandled: number;
  wallMs: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const unhandled = watchUnhandled();
  const mock = createMockPlatform({ seed: 42 });
  if (options.transport === 'http') await mock.listen();
  const audit = memoryAuditSink();
  const gw = createGateway({
    ...mock.gatewayOptions(),
    retry: { attempts: 3, minDelayMs: 5, maxDelayMs: 50 },
    ...(options.breaker === undefined ? {} : { breaker: options.breaker }),
    audit: { sink: audit, subjectKey: SUBJECT_KEY },
  });
  const pop = population(gw);
  const personas = mock.world.byTag('adult');
  const groupFaults = options.groupFaults ?? GROUP_FAULTS;
  const faultedCount = Math.max(groupFaults.length, Math.round(personas.length * options.faultedShare));
  const faulted = new Set<string>();
  // Spread through the list (not its first entries): calls walk the list in order, and a group that
  // fills the first burst would stand for every citizen in the breaker's first window.
  const step = Math.max(1, Math.floor(personas.length / faultedCount));
  const spread = personas.filter((_, i) => i % step === 0).slice(0, faultedCount);
  spread.forEach((persona, i) => {
    faulted.add(persona.personalId);
    const fault = groupFaults[i % groupFaults.length]!;
    mock.faults.inject({ service: getCitizenSoap.id, persona: persona.personalId }, fault);
  });
  const consents = new Map(
    personas.map((p) => [p.personalId, mock.consent(p.personalId, ['population.basic'], PURPOSE)]),
  );
  const report: LoadReport = {
    calls: 0,
    ok: 0,
    healthyCalls: 0,
    healthyOk: 0,
    faultedCalls: 0,
    faultedOk: 0,
    errors: {},
    healthyErrors: {},
    auditRecords: 0,
    providerRequests: 0,
    unhandled: 0,
    wallMs: 0,
  };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < options.calls) {
      const i = next++;
      const persona = personas[i % personas.length]!;
      const personalId = persona.personalId;
      const isFaulted = faulted.has(personalId);
      const ctx = {
        purpose: PURPOSE,
        caseId: `LOAD-${i}`,
        consent: consents.get(personalId)!,
        officerId: MOCK_OFFICER_ID,
        timeoutMs: options.timeoutMs,
      };
      let ok = false;
      try {
        const citizen = await pop.getCitizen(lookupOf(persona), ctx);
        ok = citizen.personalId === personalId;
      } catch (error) {
        const code = OnceOnlyError.isInstance(error) ? error.code : 'UNTYPED';
        report.errors[code] = (report.errors[code] ?? 0) + 1;
        if (!isFaulted) report.healthyErrors[code] = (report.healthyErrors[code] ?? 0) + 1;
      }
      report.calls += 1;
      if (ok) report.ok += 1;
      if (isFaulted) {
        report.faultedCalls += 1;
        if (ok) report.faultedOk += 1;
      } else {
        report.healthyCalls += 1;
        if (ok) report.healthyOk += 1;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    report.wallMs = Math.round(performance.now() - started);
    report.auditRecords = audit.records.length;
    report.providerRequests = mock.calls.filter((c) => c.service === getCitizenSoap.id).length;
  } finally {
    await gw.close();
    await mock.close();
    await new Promise((resolve) => setImmediate(resolve));
    unhandled.stop();
  }
  report.unhandled = unhandled.reasons.length;
  return report;
}

/** One line with the figures, for the test log. */
export function describeLoad(label: string, r: LoadReport): string {
  const codes = Object.entries(r.errors)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return (
    `load under faults (${label}): ${r.calls} calls, ${r.ok} ok ` +
    `(healthy ${r.healthyOk}/${r.healthyCalls}, faulted ${r.faultedOk}/${r.faultedCalls}), ` +
    `typed errors: ${codes || 'none'}, ${r.auditRecords} audit records, ` +
    `${r.providerRequests} requests to the provider, ${(r.wallMs / 1000).toFixed(1)} s`
  );
}
