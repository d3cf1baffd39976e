/**
 * The citizen access log on Postgres: the gateway's audit records stored by the Postgres sink, and for
 * one citizen among many, which agency read which category of their data, when, for which procedure
 * and case. No other citizen's records are reachable through it.
 */
import { type AuditRecord, createGateway, hashSubject } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { citizenAccessLog, postgresAuditSink } from '@onceonly/platform/postgres';
import { population, populationServices } from '@onceonly/population';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, postgresForTests, testSchema } from '../support/postgres.js';

const pg = await postgresForTests('citizen-access-log.test.ts');
const SUBJECT_KEY = 'citizen-access-log-test-key-0123456789abcdef';

describe.skipIf(!pg.ok)('citizenAccessLog', () => {
  const url = pg.ok ? pg.url : '';
  const schema = testSchema();
  const mock = createMockPlatform({ seed: 15 });
  afterAll(async () => {
    await mock.close();
    await dropSchema(url, schema);
  });

  it('answers, for one citizen among many, who read which data, when, for which procedure and case', async () => {
    const sink = postgresAuditSink({ url, schema, services: populationServices });
    const gw = createGateway({ ...mock.gatewayOptions(), audit: { sink, subjectKey: SUBJECT_KEY } });
    const pop = population(gw);
    const citizens = mock.world.byTag('adult').slice(0, 6);
    const target = citizens[2]!;
    const read = (persona: (typeof citizens)[number], purpose: string, caseId: string) =>
      pop.getCitizen(lookupOf(persona), {
        purpose,
        caseId,
        officerId: MOCK_OFFICER_ID,
        consent: mock.consent(persona.personalId, ['population.basic'], purpose),
      });
    for (const [i, persona] of citizens.entries()) await read(persona, '1.001193', `H23.01-261202-${i}000`);
    await read(target, '1.004222', 'H23.01-261202-7777');
    // A call refused by policy (no consent) is audited, but no data was read: it is not in the log.
    await pop
      .getCitizen(lookupOf(target), {
        purpose: '1.001193',
        caseId: 'H23.01-261202-9999',
        officerId: MOCK_OFFICER_ID,
      })
      .catch(() => undefined);
    // Another agency's portal read the same citizen's data (its own gateway, the same audit store).
    const other: AuditRecord = {
      time: '2026-12-01T03:00:00.000Z',
      xroadId: '6f1c0b8e-2d4a-4c1e-9f0a-1b2c3d4e5f60',
      client: 'VN/GOV/000.00.00.G12/LAND-PORTAL',
      purpose: '1.003003',
      issue: 'G12.05-261201-0042',
      service: 'population.citizen.get',
      xroadService: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
      outcome: 'success',
      durationMs: 12,
      attempts: 1,
      cached: false,
      subject: hashSubject(SUBJECT_KEY, target.personalId),
    };
    await sink.write(other);
    await gw.close();

    const log = citizenAccessLog({ url, schema, subjectKey: SUBJECT_KEY });
    try {
      const entries = await log.forCitizen(target.personalId);
      expect(entries.map((e) => [e.agency, e.procedure, e.caseId])).toEqual([
        ['000.00.00.H23', '1.004222', 'H23.01-261202-7777'],
        ['000.00.00.H23', '1.001193', 'H23.01-261202-2000'],
        ['000.00.00.G12', '1.003003', 'G12.05-261201-0042'],
      ]);
      expect(entries[0]).toMatchObject({
        client: gw.client,
        category: 'population.basic',
        service: 'population.citizen.get',
        provider: 'GOV/000.00.00.G10/CSDLDC',
        cached: false,
      });
      expect(Date.parse(entries[0]!.time)).toBeGreaterThan(Date.parse(entries[1]!.time) - 1);
      expect(await log.forSubjectHash(hashSubject(SUBJECT_KEY, target.personalId))).toEqual(entries);
      // Bounded in time and size.
      expect(await log.forCitizen(target.personalId, { to: new Date('2026-12-01T12:00:00Z') })).toHaveLength(
        1,
      );
      expect(await log.forCitizen(target.personalId, { limit: 1 })).toHaveLength(1);

      // Every other citizen sees only their own reads.
      for (const [i, persona] of citizens.entries()) {
        if (persona === target) continue;
        const theirs = await log.forCitizen(persona.personalId);
        expect(theirs.map((e) => e.caseId)).toEqual([`H23.01-261202-${i}000`]);
      }
      expect(await log.forCitizen('001099000001')).toEqual([]);
    } finally {
      await log.close();
    }
  });

  it('takes exactly one well-formed hash: no pattern, no list, no other citizen', async () => {
    const log = citizenAccessLog({ url, schema, subjectKey: SUBJECT_KEY });
    try {
      for (const bad of ['', '%', "' or '1'='1", 'a'.repeat(63), 'A'.repeat(64), `${'a'.repeat(64)} `]) {
        await expect(log.forSubjectHash(bad)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      }
      await expect(log.forCitizen('  ')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(log.forCitizen('001203012345', { limit: 0 })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    } finally {
      await log.close();
    }
    expect(() => citizenAccessLog({ url, schema, subjectKey: 'short' })).toThrow(/32 bytes/);
  });

  it('stores no personal id in clear', async () => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql`select t::text as row from ${sql(schema)}.audit_records t`;
      expect(rows.length).toBeGreaterThan(0);
      const text = rows.map((r) => r.row as string).join('\n');
      for (const persona of mock.world.byTag('adult').slice(0, 6))
        expect(text).not.toContain(persona.personalId);
    } finally {
      await sql.end();
    }
  });
});
