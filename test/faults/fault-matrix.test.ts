/**
 * The fault matrix (issue 7, "Proof"): every fault the mock can inject and the process-level faults,
 * each over both transports where it applies, for an idempotent and a non-idempotent service; then two
 * faults a table row cannot stage (close() while a call waits on a stuck sink, a deadline no timer can
 * hold). Prints `N faults, N handled` at the end.
 */
import { createGateway, MAX_TIMEOUT_MS, memoryAuditSink } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTcpSockets, eventually, timed } from '../support/fault-harness.js';
import {
  type Encoding,
  type FaultCase,
  PURPOSE,
  runFaultCase,
  SUBJECT_KEY,
  type Transport,
} from './fault-case.js';
import { mockFaultCases } from './mock-fault-cases.js';
import { processFaultCases, stuckSink } from './process-fault-cases.js';

const table: FaultCase[] = [...mockFaultCases, ...processFaultCases];

/** Every case in both encodings of the population adapter: SOAP (its default) and the REST profile. */
const ENCODINGS: readonly Encoding[] = ['soap', 'rest'];

const rows = table.flatMap((fault) =>
  ENCODINGS.flatMap((encoding) =>
    fault.transports.flatMap((transport: Transport) =>
      (fault.only ? [fault.only === 'idempotent'] : [true, false]).map(
        (idempotent) =>
          [
            fault.name,
            encoding,
            transport,
            idempotent ? 'idempotent' : 'not idempotent',
            fault,
            idempotent,
          ] as const,
      ),
    ),
  ),
);
/** Rows that spend most of their time waiting for a deadline: run side by side, to keep the run short. */
const waiting = rows.filter((row) => row[4].deadlineMs !== undefined);
const quick = rows.filter((row) => row[4].deadlineMs === undefined);
/** The faults proved outside the table, below. */
const STAGED = 2;

let handled = 0;

describe('fault matrix', () => {
  afterAll(() => {
    console.log(`${rows.length + STAGED} faults, ${handled} handled`);
  });

  it.each(quick)('%s (%s, %s, %s)', async (_name, encoding, transport, _kind, fault, idempotent) => {
    await runFaultCase(fault, transport, idempotent, 'alone', encoding);
    handled += 1;
  });

  describe.concurrent('faults that run into the deadline, side by side', () => {
    let socketsBefore = 0;
    beforeAll(() => {
      socketsBefore = openTcpSockets();
    });
    // Together they may leave no socket open either, once every one has ended.
    afterAll(async () => {
      expect(await eventually(() => openTcpSockets() <= socketsBefore), 'socket left open').toBe(true);
    });

    it.each(waiting)('%s (%s, %s, %s)', async (_name, encoding, transport, _kind, fault, idempotent) => {
      await runFaultCase(fault, transport, idempotent, 'concurrent', encoding);
      handled += 1;
    });
  });

  it('a stuck audit sink cannot hold close() while a call waits on it', async () => {
    const mock = createMockPlatform({ seed: 42 });
    await mock.listen();
    let entered!: () => void;
    const inSink = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const stuck = stuckSink();
    const socketsBefore = openTcpSockets();
    const gw = createGateway({
      ...mock.gatewayOptions(),
      audit: {
        sink: [
          memoryAuditSink(),
          {
            write: (record) => {
              entered();
              return stuck.write(record);
            },
          },
        ],
        subjectKey: SUBJECT_KEY,
        closeTimeoutMs: 300,
      },
    });
    const persona = mock.world.byTag('adult')[0]!;
    const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
    const ctx = { purpose: PURPOSE, caseId: 'F-1', consent, officerId: MOCK_OFFICER_ID, timeoutMs: 1_000 };
    try {
      const call = timed(() => population(gw).getCitizen(lookupOf(persona), ctx));
      await Promise.race([inSink, call]);
      // close() waits for the stuck write no longer than audit.closeTimeoutMs, then says so, typed.
      const closing = await timed(() => gw.close());
      expect(closing.ms).toBeLessThan(1_000);
      expect(closing).toMatchObject({ ok: false, error: { code: 'AUDIT_SINK_FAILED' } });
      // The call still ends at its deadline (plus the audit's grace), without the citizen's data.
      const outcome = await call;
      expect(outcome).toMatchObject({ ok: false, error: { code: 'AUDIT_UNAVAILABLE' } });
      expect(outcome.ms).toBeLessThan(2_000);
      // The gateway's connections were closed all the same.
      expect(await eventually(() => openTcpSockets() <= socketsBefore)).toBe(true);
    } finally {
      await gw.close().catch(() => undefined);
      await mock.close();
    }
    handled += 1;
  });

  it('a ctx.timeoutMs the platform timers cannot hold is an InputError, not an instant timeout', async () => {
    const mock = createMockPlatform({ seed: 42 });
    const gw = createGateway({ ...mock.gatewayOptions(), breaker: false });
    const persona = mock.world.byTag('adult')[0]!;
    const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
    const lookup = (timeoutMs: number) =>
      population(gw).getCitizen(lookupOf(persona), {
        purpose: PURPOSE,
        caseId: 'F-1',
        consent,
        officerId: MOCK_OFFICER_ID,
        timeoutMs,
      });
    try {
      for (const timeoutMs of [MAX_TIMEOUT_MS + 1, 2 ** 40]) {
        const error = await lookup(timeoutMs).catch((e) => e);
        expect(error.name).toBe('InputError');
        expect(error.message).toMatch(/timeoutMs/);
      }
      // Nothing was sent for them; the largest timer Node.js can hold is still a valid deadline.
      expect(mock.calls.filter((c) => c.service)).toHaveLength(0);
      await expect(lookup(MAX_TIMEOUT_MS)).resolves.toBeDefined();
      expect(mock.calls.filter((c) => c.service)).toHaveLength(1);
    } finally {
      await gw.close();
      await mock.close();
    }
    handled += 1;
  });
});
