/**
 * An audit sink on Postgres, for several portal instances: one row per record, each call's record
 * committed before `write()` resolves (so the gateway's fail-closed rule holds). Records arriving
 * together share one insert.
 */
import { type AuditRecord, type AuditSink, OnceOnlyError } from '@onceonly/core';
import { AUDIT_MIGRATION } from './audit-table.js';
import { connect, migrate, type PostgresConnectionOptions } from './connection.js';

export interface PostgresAuditSinkOptions extends PostgresConnectionOptions {
  /**
   * The services whose records this sink stores, so each row carries its data category (what the
   * citizen access log shows): e.g. `Object.values(populationServices)`. A service not listed is stored
   * with no category, and the access log shows its service id instead.
   */
  services?: Iterable<{ id: string; category: string }>;
}

export interface PostgresAuditSink extends AuditSink {
  flush(): Promise<void>;
  close(): Promise<void>;
}

type Waiter = { record: AuditRecord; resolve(): void; reject(error: unknown): void };

/**
 * @example
 * import { postgresAuditSink } from '@onceonly/platform/postgres';
 * const gw = createGateway({ ..., audit: { sink: postgresAuditSink({ url, services }), subjectKey } });
 */
export function postgresAuditSink(options: PostgresAuditSinkOptions): PostgresAuditSink {
  const { sql, schema, end } = connect(options, 'postgresAuditSink');
  const categories = new Map<string, string>();
  for (const service of options.services ?? []) categories.set(service.id, service.category);
  const table = sql`${sql(schema)}.audit_records`;
  let ready: Promise<void> | undefined;
  let queue: Waiter[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  let closed = false;

  function row(r: AuditRecord) {
    return {
      time: r.time,
      xroad_id: r.xroadId,
      client: r.client,
      user_id: r.userId ?? null,
      officer: r.officer ?? null,
      purpose: r.purpose,
      issue: r.issue,
      service: r.service,
      xroad_service: r.xroadService,
      category: categories.get(r.service) ?? null,
      outcome: r.outcome,
      error_name: r.errorName ?? null,
      status: r.status ?? null,
      duration_ms: r.durationMs,
      attempts: r.attempts,
      cached: r.cached,
      request_hash: r.requestHash ?? null,
      request_id: r.requestId ?? null,
      subject: r.subject ?? null,
    };
  }

  async function insert(batch: Waiter[]): Promise<void> {
    try {
      ready ??= migrate(sql, schema, AUDIT_MIGRATION).catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
      await ready;
      await sql`insert into ${table} ${sql(batch.map((w) => row(w.record)))}`;
      for (const w of batch) w.resolve();
    } catch (error) {
      const failure = new OnceOnlyError({
        code: 'AUDIT_WRITE_FAILED',
        message: `postgresAuditSink: the audit records could not be stored (${(error as { code?: string }).code ?? 'error'}).`,
        cause: error,
      });
      for (const w of batch) w.reject(failure);
    }
  }

  function drain(): void {
    inFlight = inFlight.then(async () => {
      const batch = queue;
      queue = [];
      if (batch.length > 0) await insert(batch);
    });
  }

  return {
    write(record) {
      if (closed) {
        throw new OnceOnlyError({
          code: 'AUDIT_SINK_CLOSED',
          message: 'postgresAuditSink: write after close().',
        });
      }
      return new Promise<void>((resolve, reject) => {
        queue.push({ record, resolve, reject });
        if (queue.length === 1) drain();
      });
    },
    async flush() {
      await inFlight;
    },
    async close() {
      if (closed) return;
      closed = true;
      await inFlight;
      await end();
    },
  };
}
