import type { AuditRecord, AuditSink } from './types.js';

/** An audit sink that keeps records in memory: for tests and short-lived scripts. */
export interface MemoryAuditSink extends AuditSink {
  /** The records written so far, oldest first. */
  readonly records: AuditRecord[];
  /** Forgets every record. */
  clear(): void;
}

/**
 * Keeps every record in `records`, in order.
 *
 * @example
 * const sink = memoryAuditSink();
 * const gw = createGateway({ ..., audit: { sink, subjectKey } });
 * await pop.getCitizen({ personalId }, ctx);
 * expect(sink.records).toHaveLength(1);
 */
export function memoryAuditSink(): MemoryAuditSink {
  const records: AuditRecord[] = [];
  return {
    records,
    write(record) {
      records.push(record);
    },
    clear() {
      records.length = 0;
    },
  };
}
