/**
 * One fault case of the matrix, and what running it proves: the typed error (or the value), within the
 * caller's deadline, retried only where safe and never more than configured, one X-Road id on every
 * attempt, exactly one audit record, no unhandled rejection, no socket left open, a prompt `close()`.
 */
import { expect } from 'vitest';
import {
  type AuditOptions,
  type AuditSink,
  createGateway,
  type GatewayOptions,
  memoryAuditSink,
  OnceOnlyError,
} from '@onceonly/core';
import {
  createMockPlatform,
  lookupOf,
  MOCK_OFFICER_ID,
  type MockPlatform,
  type Persona,
} from '@onceonly/mock';
import { getCitizenRest, getCitizenSoap } from '@onceonly/population';
import { eventually, openTcpSockets, timed, watchUnhandled } from '../support/fault-harness.js';

export type Transport = 'in-process' | 'http';
/** The population adapter's encodings: SOAP (its default) and the REST profile. */
export type Encoding = 'soap' | 'rest';

export const PURPOSE = '1.001193';
export const SUBJECT_KEY = 'fault-matrix-audit-subject-key-32-bytes!';
/** The caller's deadline (`ctx.timeoutMs`) of a faulted call. */
export const DEADLINE_MS = 1_500;
/**
 * The deadline of a case that must run into it (a hang, a hung endpoint, a stuck sink): shorter, so the
 * matrix stays quick, yet long enough for the request to leave on a loaded machine.
 */
export const SHORT_DEADLINE_MS = 800;
/** Slack over the deadline: generous, since this proves that nothing hangs, not speed. */
export const MARGIN_MS = 1_000;
export const ATTEMPTS = 3;

/** The citizen lookup in an encoding, as declared (idempotent) or declared not idempotent. */
export function lookupService(encoding: Encoding, idempotent: boolean) {
  const service = encoding === 'soap' ? getCitizenSoap : getCitizenRest;
  // Not idempotent: a call that must never be sent twice.
  return idempotent ? service : { ...service, idempotent: false };
}

export interface CaseEnv {
  mock: MockPlatform;
  transport: Transport;
  persona: Persona;
  /** Definition id of the lookup in the case's encoding, for fault targets. */
  service: string;
}

/** What a case sets up besides the fault: gateway options, and where its data requests are counted. */
export interface Arranged {
  options?: Partial<GatewayOptions>;
  /** X-Road ids of the data requests the upstream received. Default: the mock's calls of the service. */
  sent?: () => Array<string | undefined>;
  /** Server-side connections still open on a server of the case's own (checked after close). */
  openConnections?: () => number;
  /** An audit sink other than the memory sink (the memory sink still gets every record). */
  extraSink?: AuditSink;
  /** Audit options besides the sinks and the key (e.g. `closeTimeoutMs`). */
  audit?: Partial<AuditOptions>;
  /** Assertions of the case's own, run after the call (e.g. on what was logged). */
  check?: () => void;
  cleanup?: () => Promise<void>;
}

export interface FaultCase {
  name: string;
  transports: readonly Transport[];
  arrange(env: CaseEnv): Arranged | Promise<Arranged>;
  /** Error class name (`'*'`: any OnceOnlyError) and code, or `'value'` when the call must succeed. */
  expect: { error: string; code: string } | 'value';
  /** Data requests the upstream must receive for an idempotent and for a non-idempotent service. */
  sent: { idempotent: number; once: number };
  /** Run for one kind of service only (default both). */
  only?: 'idempotent' | 'once';
  /**
   * Attempts in the audit record (every data request sent, the re-send after a token refresh too), when
   * they differ from the requests received (a dead server received fewer than were sent).
   */
  attempts?: { idempotent: number; once: number };
  /** The call's deadline. Default {@link DEADLINE_MS}. */
  deadlineMs?: number;
  /**
   * The outcome in the audit record, when it is not the error's code: a record offered to the sinks
   * before one failed names what the exchange itself gave.
   */
  recorded?: string;
  /** How the mock spells X-Road error types: as X-Road 7.8 and later (its default) or up to 7.7. */
  errorSpelling?: 'lowercase' | 'legacy';
  /** `close()` rejects with this error code, in time (a sink that never settles). Default: it resolves. */
  closeError?: string;
}

/** Runs one case for one transport and idempotency; throws (a failed expect) on any broken promise. */
export async function runFaultCase(
  fault: FaultCase,
  transport: Transport,
  idempotent: boolean,
  /**
   * `concurrent`: other cases run at the same time, so the process-wide socket count says nothing about
   * this one; the caller checks it once they have all ended (the case's own servers are still checked).
   */
  mode: 'alone' | 'concurrent' = 'alone',
  encoding: Encoding = 'soap',
): Promise<void> {
  const unhandled = watchUnhandled();
  const mock = createMockPlatform({
    seed: 42,
    ...(fault.errorSpelling ? { errorSpelling: fault.errorSpelling } : {}),
  });
  if (transport === 'http') await mock.listen();
  const persona = mock.world.byTag('adult')[0]!;
  const service = lookupService(encoding, idempotent);
  const arranged = await fault.arrange({ mock, transport, persona, service: service.id });
  const audit = memoryAuditSink();
  const socketsBefore = openTcpSockets();
  const gw = createGateway({
    ...mock.gatewayOptions(),
    retry: { attempts: ATTEMPTS, minDelayMs: 5, maxDelayMs: 100 },
    breaker: false,
    audit: {
      ...arranged.audit,
      sink: arranged.extraSink ? [audit, arranged.extraSink] : audit,
      subjectKey: SUBJECT_KEY,
    },
    ...arranged.options,
  });
  try {
    const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
    const deadlineMs = fault.deadlineMs ?? DEADLINE_MS;
    const ctx = {
      purpose: PURPOSE,
      caseId: 'FAULT-0001',
      consent,
      officerId: MOCK_OFFICER_ID,
      timeoutMs: deadlineMs,
    };
    const outcome = await timed(() => gw.call(service, lookupOf(persona), ctx));

    // Nothing hangs: the call ends within its deadline, give or take scheduling.
    expect(outcome.ms).toBeLessThan(deadlineMs + MARGIN_MS);
    let xroadId: string | undefined;
    if (fault.expect === 'value') {
      expect(outcome.ok, outcome.ok ? '' : String((outcome as { error: unknown }).error)).toBe(true);
    } else {
      expect(outcome.ok).toBe(false);
      const error = (outcome as { error: OnceOnlyError }).error;
      expect(OnceOnlyError.isInstance(error), String(error)).toBe(true);
      const name = fault.expect.error === '*' ? '*' : error.name;
      expect({ error: name, code: error.code }).toEqual(fault.expect);
      expect(error.serviceId).toBe(service.id);
      for (const secret of [persona.personalId, lookupOf(persona).fullName, MOCK_OFFICER_ID]) {
        expect(JSON.stringify(error)).not.toContain(secret);
        expect(error.message).not.toContain(secret);
      }
      xroadId = error.requestId;
    }

    // Retried only where safe, never more than configured, one X-Road id throughout.
    const sent = arranged.sent?.() ?? dataCalls(mock, service.id);
    expect(sent.length).toBe(idempotent ? fault.sent.idempotent : fault.sent.once);
    expect(sent.length).toBeLessThanOrEqual(ATTEMPTS * 2); // one token refresh per attempt at most
    expect(new Set(sent).size).toBeLessThanOrEqual(1);

    // Exactly one audit record, naming the outcome and the X-Road id that was sent.
    expect(audit.records).toHaveLength(1);
    const record = audit.records[0]!;
    expect(record.outcome).toBe(fault.recorded ?? (fault.expect === 'value' ? 'success' : fault.expect.code));
    if (xroadId) expect(record.xroadId).toBe(xroadId);
    if (sent.length > 0) expect(sent[0]).toBe(record.xroadId);
    const attempts = fault.attempts ?? fault.sent;
    expect(record.attempts).toBe(idempotent ? attempts.idempotent : attempts.once);
    expect(JSON.stringify(record)).not.toContain(persona.personalId);
    arranged.check?.();
  } finally {
    // close() is prompt, and then no socket of the call is left open on either side.
    const closing = await timed(() => gw.close());
    if (fault.closeError) {
      const error = (closing as { error?: unknown }).error;
      expect(OnceOnlyError.isInstance(error) && error.code, String(error)).toBe(fault.closeError);
    } else {
      expect(closing.ok, String((closing as { error?: unknown }).error)).toBe(true);
    }
    expect(closing.ms).toBeLessThan(MARGIN_MS);
    if (mode === 'alone') {
      expect(
        await eventually(() => openTcpSockets() <= socketsBefore),
        'client or server socket left open',
      ).toBe(true);
    }
    if (arranged.openConnections) {
      expect(await eventually(() => arranged.openConnections!() === 0), 'connection left open').toBe(true);
    }
    await arranged.cleanup?.();
    await mock.close();
    await new Promise((resolve) => setImmediate(resolve));
    unhandled.stop();
  }
  expect(unhandled.reasons, 'unhandled rejections').toEqual([]);
}

/** X-Road ids of the data calls the mock received for a service (SOAP: from the envelope). */
export function dataCalls(mock: MockPlatform, serviceId: string): Array<string | undefined> {
  return mock.calls.filter((c) => c.service === serviceId).map((c) => c.xroadId);
}
