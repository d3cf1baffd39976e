/**
 * The outbox for several portal instances: one table. A delivery claims its batch with
 * `FOR UPDATE SKIP LOCKED` and a lease, so two instances never send the same events at once; a claim
 * left by an instance that died is free again when its lease ends. `append` resolves once the insert
 * is committed (durable with Postgres' default `synchronous_commit`).
 */
import { randomUUID } from 'node:crypto';
import { InputError, OnceOnlyError } from '@onceonly/core';
import type { DossierEvent } from '../dossier-event.js';
import type { Outbox, OutboxClaim } from '../outbox.js';
import { connect, migrate, type PostgresConnectionOptions } from './connection.js';

export interface PostgresOutboxOptions extends PostgresConnectionOptions {
  /**
   * How long a claim holds its events. Longer than a delivery can take (the reporter's `attempts` ×
   * (`timeoutMs` + `maxDelayMs`)); after it, another instance may send them again. Default 120 000 ms.
   */
  leaseMs?: number;
}

const MIGRATION = [
  `create table if not exists {schema}.monitoring_outbox (
     seq bigserial primary key,
     id uuid not null unique,
     event text not null,
     recorded_at timestamptz not null default now(),
     claimed_by uuid,
     claimed_until timestamptz
   )`,
];

function storeError(action: string, error: unknown): OnceOnlyError {
  return new OnceOnlyError({
    code: 'OUTBOX_WRITE_FAILED',
    message: `postgresOutbox: could not ${action} (${(error as { code?: string }).code ?? 'error'}).`,
    cause: error,
  });
}

/**
 * @example
 * import { postgresOutbox } from '@onceonly/platform/postgres';
 * const outbox = postgresOutbox({ url: process.env.DATABASE_URL, schema: 'portal' });
 */
export function postgresOutbox(options: PostgresOutboxOptions): Outbox {
  const { sql, schema, end } = connect(options, 'postgresOutbox');
  const leaseMs = options.leaseMs ?? 120_000;
  if (!(Number.isInteger(leaseMs) && leaseMs > 0)) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: 'postgresOutbox: leaseMs must be a positive integer.',
    });
  }
  const table = sql`${sql(schema)}.monitoring_outbox`;
  let ready: Promise<void> | undefined;
  let closed = false;
  function migrated(): Promise<void> {
    ready ??= migrate(sql, schema, MIGRATION).catch((error: unknown) => {
      ready = undefined;
      throw storeError('create its table', error);
    });
    return ready;
  }
  async function use<T>(action: string, run: () => Promise<T>): Promise<T> {
    if (closed)
      throw new OnceOnlyError({ code: 'OUTBOX_CLOSED', message: 'postgresOutbox: the outbox is closed.' });
    await migrated();
    try {
      return await run();
    } catch (error) {
      throw storeError(action, error);
    }
  }

  return {
    append(events) {
      if (events.length === 0) return Promise.resolve();
      const ids = events.map((e) => e.id);
      const bodies = events.map((e) => JSON.stringify(e));
      return use('store the events', async () => {
        await sql`insert into ${table} (id, event)
          select * from unnest(${ids}::uuid[], ${bodies}::text[]) order by 1
          on conflict (id) do nothing`;
      });
    },
    claim(limit) {
      return use('claim events', async () => {
        const token = randomUUID();
        const rows = await sql<{ seq: string; event: string }[]>`
          update ${table} set claimed_by = ${token}, claimed_until = now() + ${leaseMs} * interval '1 millisecond'
          where seq in (
            select seq from ${table}
            where claimed_until is null or claimed_until < now()
            order by seq limit ${limit}
            for update skip locked)
          returning seq, event`;
        if (rows.length === 0) return undefined;
        const events = [...rows]
          .sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))
          .map((row) => JSON.parse(row.event) as DossierEvent);
        return { events, token } satisfies OutboxClaim;
      });
    },
    acknowledge(claim) {
      return use('remove delivered events', async () => {
        await sql`delete from ${table} where claimed_by = ${claim.token}`;
      });
    },
    release(claim) {
      return use('release a claim', async () => {
        await sql`update ${table} set claimed_by = null, claimed_until = null where claimed_by = ${claim.token}`;
      });
    },
    pending() {
      return use('count events', async () => {
        const [row] = await sql<{ n: string }[]>`select count(*) as n from ${table}`;
        return Number(row?.n ?? 0);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await end();
    },
  };
}
