/** The audit table shared by the Postgres audit sink and the citizen access log. */
export const AUDIT_MIGRATION = [
  `create table if not exists {schema}.audit_records (
     seq bigserial primary key,
     time timestamptz not null,
     xroad_id text not null,
     client text not null,
     user_id text,
     officer text,
     purpose text not null,
     issue text not null,
     service text not null,
     xroad_service text not null,
     category text,
     outcome text not null,
     error_name text,
     status integer,
     duration_ms double precision not null,
     attempts integer not null,
     cached boolean not null,
     request_hash text,
     request_id text,
     subject text
   )`,
  'create index if not exists audit_records_subject on {schema}.audit_records (subject, time)',
];
