/** How the Postgres back ends get a connection, and the schema they live in. */
import { InputError } from '@onceonly/core';
import postgres from 'postgres';

/** A `postgres` (porsager/postgres) client. */
export type Sql = postgres.Sql;

/** Either a client the portal owns (`sql`, left open on close) or a URL (a client made and closed here). */
export interface PostgresConnectionOptions {
  /** A `postgres` client; the portal closes it. */
  sql?: Sql;
  /** A connection URL (`postgres://user@host:5432/db`); the client made from it is closed by `close()`. */
  url?: string;
  /** The schema the tables live in, created if missing. Default `onceonly`. */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface Connection {
  sql: Sql;
  schema: string;
  /** Ends the client when this module made it. */
  end(): Promise<void>;
}

/** @throws InputError `INVALID_CONFIG` for neither or both of `sql` and `url`, or a schema name that is not a plain identifier. */
export function connect(options: PostgresConnectionOptions, who: string): Connection {
  const schema = options.schema ?? 'onceonly';
  if (!SCHEMA_NAME.test(schema)) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `${who}: schema must be a lower-case identifier (letters, digits, _), at most 63 characters.`,
      fields: ['/schema'],
    });
  }
  if ((options.sql === undefined) === (options.url === undefined)) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `${who}: give either sql (a postgres client) or url, not both.`,
      fields: ['/sql', '/url'],
    });
  }
  if (options.sql) return { sql: options.sql, schema, end: async () => {} };
  const sql = postgres(options.url!, { max: 4, onnotice: () => {} });
  return { sql, schema, end: () => sql.end({ timeout: 5 }) };
}

/**
 * Runs a migration's statements once per schema, in a transaction under an advisory lock, so several
 * instances starting together do not race to create the same tables.
 */
export async function migrate(sql: Sql, schema: string, statements: readonly string[]): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${`onceonly:${schema}`}))`;
    await tx.unsafe(`create schema if not exists "${schema}"`);
    for (const statement of statements) await tx.unsafe(statement.replaceAll('{schema}', `"${schema}"`));
  });
}
