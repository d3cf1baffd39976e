import { createGateway } from '@onceonly/core';
import { monitoringReporter } from '@onceonly/platform';
import { citizenAccessLog, postgresAuditSink, postgresOutbox } from '@onceonly/platform/postgres';
import { populationServices } from '@onceonly/population';

declare const baseUrl: string;
declare const endpoint: string;
declare const subjectKey: string;
declare const signedIn: { personalId: string };

export async function postgresExamples() {
  // #region postgres-outbox
  // not run: needs a PostgreSQL server (the tests in test/platform run it against one)
  // Every portal instance points at the same table; each batch is claimed by one of them.
  const reporter = monitoringReporter({
    endpoint,
    outbox: postgresOutbox({ url: process.env.DATABASE_URL!, schema: 'portal' }),
  });
  // #endregion postgres-outbox

  // #region access-log
  // not run: needs a PostgreSQL server (the tests in test/platform run it against one)
  const url = process.env.DATABASE_URL!;
  const gw = createGateway({
    baseUrl,
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    // `services` gives each record its data category, which the access log shows.
    audit: { sink: postgresAuditSink({ url, services: populationServices }), subjectKey },
  });

  // The signed-in citizen asks who read their data: only their records are reachable.
  const log = citizenAccessLog({ url, subjectKey });
  for (const read of await log.forCitizen(signedIn.personalId)) {
    console.log(read.time, read.agency, read.category, read.procedure, read.caseId);
  }
  // #endregion access-log
  return { reporter, gw, log };
}
