/**
 * The local PostgreSQL the project's machines run (127.0.0.1:5432, trust authentication, database
 * `test`), for the tests of the Postgres back ends. Each test file gets its own schema and drops it.
 *
 * Without Postgres these tests are skipped and say why, so a newcomer's `npm test` still passes; with
 * `ONCEONLY_REQUIRE_SERVICES=1` (set by `.ci/run`) a missing Postgres fails the run instead.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { describe, it } from 'vitest';

/** `ONCEONLY_POSTGRES_URL`, else the local server as `postgres`, then as `root`. */
const CANDIDATES = process.env.ONCEONLY_POSTGRES_URL
  ? [process.env.ONCEONLY_POSTGRES_URL]
  : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];

/** Whether a missing Postgres fails the tests (CI) instead of skipping them. */
export const SERVICES_REQUIRED = process.env.ONCEONLY_REQUIRE_SERVICES === '1';

export type PostgresProbe = { ok: true; url: string } | { ok: false; reason: string };

/** Connects once to each candidate (bounded by a 3 s timeout) and keeps the first that answers. */
export async function probePostgres(): Promise<PostgresProbe> {
  const reasons: string[] = [];
  for (const url of CANDIDATES) {
    const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
    try {
      await sql`select 1`;
      return { ok: true, url };
    } catch (error) {
      reasons.push(`${url.replace(/\/\/[^@]*@/, '//')}: ${(error as Error).message}`);
    } finally {
      await sql.end({ timeout: 1 }).catch(() => {});
    }
  }
  return { ok: false, reason: reasons.join('; ') };
}

/** A fresh schema name for one test file. */
export function testSchema(): string {
  return `onceonly_test_${randomBytes(6).toString('hex')}`;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop schema if exists "${schema}" cascade`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * The probe, with the message every skipped test file prints: the tests did not run, and why.
 * Where Postgres is required and missing, registers a failing test saying so. Use the probe with
 * `describe.skipIf(!pg.ok)`.
 */
export async function postgresForTests(file: string): Promise<PostgresProbe> {
  const probe = await probePostgres();
  if (!probe.ok && !SERVICES_REQUIRED) {
    console.warn(
      `[${file}] SKIPPED: the Postgres tests did not run: no PostgreSQL reachable (expected at 127.0.0.1:5432, database "test") ` +
        `(${probe.reason}). Start one, or set ONCEONLY_POSTGRES_URL; CI sets ONCEONLY_REQUIRE_SERVICES=1 to make them mandatory.`,
    );
  }
  if (!probe.ok && SERVICES_REQUIRED) {
    describe('PostgreSQL (required: ONCEONLY_REQUIRE_SERVICES=1)', () => {
      it('is reachable', () => {
        throw new Error(`PostgreSQL is required here and not reachable: ${probe.reason}`);
      });
    });
  }
  return probe;
}
