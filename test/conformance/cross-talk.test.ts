/**
 * No cross-talk (issue 7): an answer about another citizen than the one asked, an `X-Road-Id` echo that
 * differs from the one sent, or conflicting duplicate security headers is a `ResponseError`, and the
 * value is never returned. The answers come from the mock over HTTP, relayed by the protocol server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway, memoryAuditSink } from '@onceonly/core';
import {
  createMockPlatform,
  lookupOf,
  MOCK_OFFICER_ID,
  type MockPlatform,
  type Persona,
} from '@onceonly/mock';
import { population, toLookupWire } from '@onceonly/population';
import { type ProtocolServer, type Reply, startProtocolServer } from '../support/protocol-server.js';

const PURPOSE = '1.001193';

describe('no cross-talk', () => {
  let mock: MockPlatform;
  let server: ProtocolServer;
  let gw: Gateway;
  const audit = memoryAuditSink();
  let asked: Persona;
  let other: Persona;

  /** Asks the mock about `persona` (whoever the request named) and returns its answer. */
  const answerAbout = async (persona: Persona, headers: Record<string, string>): Promise<Reply> => {
    const wire = toLookupWire(
      lookupOf(persona),
      { xroadId: headers['x-road-id']!, officerId: MOCK_OFFICER_ID },
      {},
    );
    const response = await fetch(`${mock.url}${server.requests.at(-1)!.path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-road-client': mock.client,
        'x-road-issue': 'X-1',
        'x-purpose': PURPOSE,
        'x-consent': mock.consent(persona.personalId, ['population.basic'], PURPOSE),
      },
      body: JSON.stringify({ ...wire, MaTichHop: '037' }),
    });
    return { status: response.status, body: await response.text(), headers, sign: false };
  };

  beforeAll(async () => {
    mock = createMockPlatform({ seed: 42 });
    await mock.listen();
    server = await startProtocolServer();
    gw = createGateway({
      baseUrl: server.url,
      client: mock.client,
      verify: false,
      consent: { jwks: mock.idpJwks, issuer: mock.idpIssuer },
      retry: false,
      breaker: false,
      audit: { sink: audit, subjectKey: 'cross-talk-audit-subject-key-32-bytes!' },
    });
    [asked, other] = mock.world.byTag('adult') as [Persona, Persona];
  });
  afterAll(async () => {
    await gw.close();
    await server.close();
    await mock.close();
  });

  const lookup = () =>
    // The REST profile: what is checked here (the X-Road-Id echo, security headers) are its headers.
    population(gw, { encoding: 'rest' }).getCitizen(lookupOf(asked), {
      purpose: PURPOSE,
      caseId: 'X-1',
      consent: mock.consent(asked.personalId, ['population.basic'], PURPOSE),
      officerId: MOCK_OFFICER_ID,
    });

  it('the set-up answers the citizen asked about', async () => {
    server.reply((request) => answerAbout(asked, { 'x-road-id': request.headers['x-road-id']! }));
    await expect(lookup()).resolves.toMatchObject({ personalId: asked.personalId });
  });

  it('an answer about another citizen is a ResponseError', async () => {
    server.reply((request) => answerAbout(other, { 'x-road-id': request.headers['x-road-id']! }));
    const error = await lookup().catch((e) => e);
    expect(error).toMatchObject({ name: 'ResponseError', code: 'RESPONSE_SUBJECT_MISMATCH' });
    for (const secret of [other.personalId, asked.personalId, lookupOf(other).fullName]) {
      expect(JSON.stringify(error)).not.toContain(secret);
      expect(error.message).not.toContain(secret);
    }
  });

  it('an X-Road-Id echo other than the one sent is a ResponseError', async () => {
    server.reply(() => answerAbout(asked, { 'x-road-id': '00000000-0000-4000-8000-000000000000' }));
    await expect(lookup()).rejects.toMatchObject({ name: 'ResponseError' });
  });

  it('conflicting duplicate security headers are a ResponseError', async () => {
    server.reply((request) =>
      answerAbout(asked, {
        // Node writes an array as repeated header lines.
        'x-road-id': [
          request.headers['x-road-id']!,
          '00000000-0000-4000-8000-000000000000',
        ] as unknown as string,
      }),
    );
    await expect(lookup()).rejects.toMatchObject({ name: 'ResponseError' });
  });
});
