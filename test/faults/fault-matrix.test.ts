/**
 * The fault matrix (issue 7, "Proof"): every fault the mock can inject and the process-level faults,
 * each over both transports where it applies, for an idempotent and a non-idempotent service. Prints
 * `N faults, N handled` at the end.
 */
import { afterAll, describe, it } from 'vitest';
import { type FaultCase, runFaultCase, type Transport } from './fault-case.js';
import { mockFaultCases } from './mock-fault-cases.js';
import { processFaultCases } from './process-fault-cases.js';

const table: FaultCase[] = [...mockFaultCases, ...processFaultCases];

const rows = table.flatMap((fault) =>
  fault.transports.flatMap((transport: Transport) =>
    (fault.only ? [fault.only === 'idempotent'] : [true, false]).map(
      (idempotent) =>
        [fault.name, transport, idempotent ? 'idempotent' : 'not idempotent', fault, idempotent] as const,
    ),
  ),
);

let handled = 0;

describe('fault matrix', () => {
  afterAll(() => {
    console.log(`${rows.length} faults, ${handled} handled`);
  });

  it.each(rows)('%s (%s, %s)', async (_name, transport, _kind, fault, idempotent) => {
    await runFaultCase(fault, transport, idempotent);
    handled += 1;
  });
});
