// @onceonly/platform/postgres: the Postgres back ends (needs the `postgres` client, a peer dependency).
export type { PostgresConnectionOptions, Sql } from './postgres/connection.js';
export { postgresOutbox, type PostgresOutboxOptions } from './postgres/postgres-outbox.js';
export {
  postgresAuditSink,
  type PostgresAuditSink,
  type PostgresAuditSinkOptions,
} from './postgres/postgres-audit-sink.js';
export {
  citizenAccessLog,
  type AccessLogQuery,
  type CitizenAccessLog,
  type CitizenAccessLogOptions,
  type DataAccess,
} from './postgres/citizen-access-log.js';
