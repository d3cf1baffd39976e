/**
 * The Postgres audit sink on its own: records committed before write() resolves, concurrent writes
 * stored together, and the gateway's fail-closed rule when the database is gone.
 */
import { type AuditRecord, createGateway, OnceOnlyError } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { postgresAuditSink } from '@onceonly/platform/postgres';
import { population } from '@onceonly/population';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, postgresForTests, testSchema } from '../support/postgres.js';

const pg = await postgresForTests('postgres-audit-sink.test.ts');

const record = (i: number): AuditRecord => ({
  time: new Date(Date.UTC(2026, 11, 2, 1, 0, i)).toISOString(),
  xroadId: crypto.randomUUID(),
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  purpose: '1.001193',
  issue: `H23.01-261202-${i}`,
  service: 'population.citizen.get',
  xroadService: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
  outcome: i % 2 ? 'success' : 'NOT_FOUND',
  durationMs: 3.5,
  attempts: 1,
  cached: false,
  subject: 'a'.repeat(64),
});

describe.skipIf(!pg.ok)('postgresAuditSink', () => {
  const url = pg.ok ? pg.url : '';
  const schema = testSchema();
  afterAll(() => dropSchema(url, schema));

  it('has every record committed when write() resolves, concurrent writes included', async () => {
    const sink = postgresAuditSink({
      url,
      schema,
      services: [{ id: 'population.citizen.get', category: 'population.basic' }],
    });
    await Promise.all(Array.from({ length: 50 }, (_, i) => sink.write(record(i))));
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const rows =
        await sql`select issue, outcome, category, duration_ms from ${sql(schema)}.audit_records order by seq`;
      expect(rows).toHaveLength(50);
      expect(rows[1]).toEqual({
        issue: 'H23.01-261202-1',
        outcome: 'success',
        category: 'population.basic',
        duration_ms: 3.5,
      });
    } finally {
      await sql.end();
    }
    await sink.close();
    expect(() => sink.write(record(99))).toThrow(/after close/);
  });
});

it('fails closed: with the database gone the write rejects and the gateway withholds the data', async () => {
  const sink = postgresAuditSink({ url: 'postgres://postgres@127.0.0.1:1/none', schema: testSchema() });
  const error = await Promise.resolve(sink.write(record(1))).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'AUDIT_WRITE_FAILED' });
  const mock = createMockPlatform({ seed: 17 });
  const gw = createGateway({ ...mock.gatewayOptions(), audit: { sink, subjectKey: 'k'.repeat(32) } });
  const persona = mock.world.byTag('adult')[0]!;
  const failed = await population(gw)
    .getCitizen(lookupOf(persona), {
      purpose: '1.001193',
      caseId: 'H23.01-261202-0001',
      officerId: MOCK_OFFICER_ID,
      consent: mock.consent(persona.personalId, ['population.basic'], '1.001193'),
    })
    .catch((e: unknown) => e);
  expect(OnceOnlyError.isInstance(failed) && failed.code).toMatch(/^AUDIT_/);
  await gw.close().catch(() => undefined);
  await mock.close();
});
