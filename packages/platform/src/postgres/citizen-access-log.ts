/**
 * The citizen access log: for one citizen, which agency read which category of their data, when, for
 * which procedure and case (the Personal Data Protection Law lets a citizen ask). Records are found by
 * the audit's keyed hash of the personal id; the query takes exactly one well-formed hash, so no other
 * citizen's records can be reached through it.
 */
import { hashSubject, InputError } from '@onceonly/core';
import { AUDIT_MIGRATION } from './audit-table.js';
import { connect, migrate, type PostgresConnectionOptions } from './connection.js';

export interface CitizenAccessLogOptions extends PostgresConnectionOptions {
  /** The audit's `subjectKey` (the same key the gateway hashes subjects with). */
  subjectKey: string | Uint8Array;
}

/** One read of the citizen's data. */
export interface DataAccess {
  /** When (ISO 8601). */
  time: string;
  /** The agency that read it: the member code of the portal's X-Road client (`000.00.00.H23`). */
  agency: string;
  /** The portal's X-Road client id. */
  client: string;
  /** The data category (`population.basic`), or the service id when the sink was not told the category. */
  category: string;
  /** The service called (`population.citizen.get`). */
  service: string;
  /** The database that answered: its provider subsystem (`GOV/000.00.00.G10/CSDLDC`). */
  provider: string;
  /** The procedure (the purpose code, `1.001193`). */
  procedure: string;
  /** The dossier (case) it was read for. */
  caseId: string;
  /** Served from the portal's cache: the data was handed over again without a new query. */
  cached: boolean;
}

export interface AccessLogQuery {
  /** From this time on (inclusive). */
  from?: Date;
  /** Before this time (exclusive). */
  to?: Date;
  /** At most this many entries, newest first. Default 1 000. */
  limit?: number;
}

export interface CitizenAccessLog {
  /** The reads of this citizen's data, newest first. The personal id is hashed here and never stored or sent. */
  forCitizen(personalId: string, query?: AccessLogQuery): Promise<DataAccess[]>;
  /** The same, by the audit's keyed hash (64 hex digits). */
  forSubjectHash(subjectHash: string, query?: AccessLogQuery): Promise<DataAccess[]>;
  close(): Promise<void>;
}

const HASH = /^[0-9a-f]{64}$/;

function memberCode(clientId: string): string {
  return clientId.split('/')[2] ?? clientId;
}

function providerOf(xroadService: string): string {
  return xroadService.split('/').slice(1, 4).join('/');
}

/**
 * @example
 * import { citizenAccessLog } from '@onceonly/platform/postgres';
 * const log = citizenAccessLog({ url, subjectKey });
 * const reads = await log.forCitizen(signedIn.personalId);
 */
export function citizenAccessLog(options: CitizenAccessLogOptions): CitizenAccessLog {
  const { sql, schema, end } = connect(options, 'citizenAccessLog');
  // Checks the key now (INVALID_CONFIG), not on a citizen's request.
  hashSubject(options.subjectKey, 'check');
  const table = sql`${sql(schema)}.audit_records`;
  let ready: Promise<void> | undefined;

  async function bySubject(subject: string, query: AccessLogQuery = {}): Promise<DataAccess[]> {
    if (!HASH.test(subject)) {
      throw new InputError({
        code: 'INVALID_INPUT',
        message:
          "citizenAccessLog: a subject hash is 64 lower-case hex digits (the audit record's `subject`).",
        fields: ['/subjectHash'],
      });
    }
    const limit = query.limit ?? 1000;
    if (!(Number.isInteger(limit) && limit > 0 && limit <= 10_000)) {
      throw new InputError({
        code: 'INVALID_INPUT',
        message: 'citizenAccessLog: limit is 1 to 10 000.',
        fields: ['/limit'],
      });
    }
    ready ??= migrate(sql, schema, AUDIT_MIGRATION).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    await ready;
    const rows = await sql<
      {
        time: Date;
        client: string;
        category: string | null;
        service: string;
        xroad_service: string;
        purpose: string;
        issue: string;
        cached: boolean;
      }[]
    >`select time, client, category, service, xroad_service, purpose, issue, cached from ${table}
      where subject = ${subject} and outcome = 'success'
      ${query.from ? sql`and time >= ${query.from}` : sql``}
      ${query.to ? sql`and time < ${query.to}` : sql``}
      order by time desc, seq desc limit ${limit}`;
    return rows.map((r) => ({
      time: r.time.toISOString(),
      agency: memberCode(r.client),
      client: r.client,
      category: r.category ?? r.service,
      service: r.service,
      provider: providerOf(r.xroad_service),
      procedure: r.purpose,
      caseId: r.issue,
      cached: r.cached,
    }));
  }

  return {
    forCitizen: (personalId, query) => {
      if (typeof personalId !== 'string' || personalId.trim() === '') {
        return Promise.reject(
          new InputError({
            code: 'INVALID_INPUT',
            message: 'citizenAccessLog: a personal id is required.',
            fields: ['/personalId'],
          }),
        );
      }
      return bySubject(hashSubject(options.subjectKey, personalId), query);
    },
    forSubjectHash: (subjectHash, query) => bySubject(subjectHash, query),
    close: end,
  };
}
