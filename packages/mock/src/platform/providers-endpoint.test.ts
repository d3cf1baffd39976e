import { createLocalJWKSet, flattenedVerify, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  CITIZEN,
  CITIZEN_PATH,
  OTHER_CITIZEN,
  PURPOSE,
  UNKNOWN_CITIZEN,
  callHeaders,
  citizenCall,
  send,
  testPlatform,
  type Json,
} from './test-fixture.js';

const mock = testPlatform({
  clients: { 'VN/GOV/000.00.00.H24/PICKY': { purposes: ['2.000001'] } },
});

/** Verifies `X-Payload-Signature` as a client would: detached JWS over the exact body bytes. */
async function verifyPayload(signature: string, body: string, jwks = mock.jwks) {
  const [protectedHeader, payload, sig] = signature.split('.');
  expect(payload).toBe('');
  return flattenedVerify(
    { protected: protectedHeader!, payload: Buffer.from(body).toString('base64url'), signature: sig! },
    createLocalJWKSet(jwks as never),
    { algorithms: ['ES256'] },
  );
}

function problemOf(answer: { status: number; headers: Record<string, string>; json: Json }) {
  expect(answer.headers['content-type']).toBe('application/problem+json');
  expect(answer.json.status).toBe(answer.status);
  expect(answer.json.type).toMatch(/^https:\/\/onceonly\.dev\/problems\//);
  return { status: answer.status, code: answer.json.code as string, detail: answer.json.detail as string };
}

describe('providers: a found record', () => {
  it('answers 200 { data, meta } signed with a key of /providers/jwks.json', async () => {
    const answer = await send(mock, CITIZEN_PATH, citizenCall(mock));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      data: { personalId: CITIZEN, fullName: 'Nguyễn Văn An', birthYear: 2003 },
      meta: { provider: 'VN/GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-11-23T08:00:00.000Z' },
    });
    const served = await send(mock, '/providers/jwks.json');
    expect(served.json).toEqual(mock.jwks);
    // Like a real one, the security server itself publishes no keys.
    expect((await send(mock, '/.well-known/jwks.json')).status).toBe(404);
    const verified = await verifyPayload(answer.headers['x-payload-signature']!, answer.text, served.json);
    expect(verified.protectedHeader).toMatchObject({ alg: 'ES256', kid: mock.jwks.keys[0]!.kid });
  });

  it('keeps the same keys for the same seed', () => {
    expect(testPlatform().jwks).toEqual(mock.jwks);
    expect(testPlatform({ seed: 8 }).jwks.keys[0]!.kid).not.toBe(mock.jwks.keys[0]!.kid);
  });

  it('answers a GET service from its query, without consent for a public registry', async () => {
    const answer = await send(mock, '/r1/VN/GOV/000.00.00.G12/DKDN/company.get?taxCode=0100109106', {
      headers: callHeaders(),
    });
    expect(answer.status).toBe(200);
    expect(answer.json.data).toEqual({ taxCode: '0100109106', name: 'Công ty Mẫu' });
    const bad = await send(mock, '/r1/VN/GOV/000.00.00.G12/DKDN/company.get?taxCode=0100109107', {
      headers: callHeaders(),
    });
    expect(problemOf(bad)).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
  });

  it('answers 404 NOT_FOUND when the database holds no such record', async () => {
    const answer = await send(mock, CITIZEN_PATH, citizenCall(mock, UNKNOWN_CITIZEN));
    expect(problemOf(answer)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('providers: invalid requests (400 INVALID_REQUEST)', () => {
  const consent = () => mock.consent(CITIZEN, 'population.basic', PURPOSE);
  it.each([
    ['a body that is not JSON', '{"personalId":', {}],
    ['a body that breaks the schema', '{"personalId":"12"}', {}],
    ['an unexpected property', '{"personalId":"001203012345","x":1}', {}],
    ['a body that fails the semantic check', '{"personalId":"001203099999"}', {}],
    [
      'a body that is not declared as JSON',
      '{"personalId":"001203012345"}',
      { 'content-type': 'text/plain' },
    ],
    ['no purpose', '{"personalId":"001203012345"}', { 'x-purpose': '' }],
  ])('refuses %s', async (_what, body, extra) => {
    const answer = await send(mock, CITIZEN_PATH, {
      method: 'POST',
      headers: callHeaders({ 'x-consent': consent(), ...extra }),
      body,
    });
    expect(problemOf(answer)).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
    expect(answer.text).not.toContain('001203');
  });

  it('names the failing fields, never their values', async () => {
    const answer = await send(mock, CITIZEN_PATH, {
      method: 'POST',
      headers: callHeaders({ 'x-consent': consent() }),
      body: '{"personalId":"001203099999"}',
    });
    expect(answer.json.errors).toEqual([{ path: '/personalId', rule: 'INVALID_PERSONAL_ID' }]);
  });

  it('refuses the wrong method', async () => {
    const answer = await send(mock, CITIZEN_PATH, {
      method: 'GET',
      headers: callHeaders({ 'x-consent': consent() }),
    });
    expect(problemOf(answer)).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
  });
});

describe('providers: purpose and consent (403)', () => {
  it('refuses a purpose outside the client allow-list (PURPOSE_NOT_ALLOWED)', async () => {
    const client = 'VN/GOV/000.00.00.H24/PICKY';
    const token = mock.consent(CITIZEN, 'population.basic', PURPOSE, { client });
    const answer = await send(mock, CITIZEN_PATH, {
      method: 'POST',
      headers: callHeaders({ 'x-road-client': client, 'x-consent': token }),
      body: JSON.stringify({ personalId: CITIZEN }),
    });
    expect(problemOf(answer)).toMatchObject({ status: 403, code: 'PURPOSE_NOT_ALLOWED' });
  });

  it('issues consent tokens that a gateway can check with gatewayOptions().consent', async () => {
    const token = mock.consent(CITIZEN, ['population.basic', 'civil.marriage'], PURPOSE, { ttlSec: 60 });
    const { consent } = mock.gatewayOptions();
    const { payload } = await jwtVerify(token, createLocalJWKSet(consent!.jwks as never), {
      issuer: consent!.issuer!,
      currentDate: new Date('2026-11-23T08:00:00.000Z'),
    });
    expect(payload).toMatchObject({
      iss: mock.idpIssuer,
      sub: CITIZEN,
      aud: 'VN/GOV/000.00.00.H23/PORTAL',
      scope: 'population.basic civil.marriage',
      purpose: PURPOSE,
    });
    expect(payload.exp! - payload.iat!).toBe(60);
    expect(typeof payload.jti).toBe('string');
    expect((await send(mock, '/idp/jwks.json')).json).toEqual(consent!.jwks);
  });

  const foreign = testPlatform({ seed: 99 });
  it.each([
    ['no consent token', () => undefined, /needs a consent token/],
    [
      'an expired token',
      () => mock.consent(CITIZEN, 'population.basic', PURPOSE, { expired: true }),
      /expired/,
    ],
    ['a token for another citizen', () => mock.consent(OTHER_CITIZEN, 'population.basic', PURPOSE), /sub/],
    [
      'a token for another client',
      () => mock.consent(CITIZEN, 'population.basic', PURPOSE, { client: 'VN/GOV/000.00.00.H24/PICKY' }),
      /aud/,
    ],
    [
      'a token without the category',
      () => mock.consent(CITIZEN, 'civil.marriage', PURPOSE),
      /population\.basic/,
    ],
    ['a token for another purpose', () => mock.consent(CITIZEN, 'population.basic', '2.000001'), /purpose/],
    [
      'a token of another identity provider',
      () => foreign.consent(CITIZEN, 'population.basic', PURPOSE),
      /not a valid/,
    ],
    ['a token that is not a JWT', () => 'garbage', /not a valid/],
  ])('refuses %s (CONSENT_REQUIRED)', async (_what, token, reason) => {
    const given = token();
    const headers = callHeaders(given === undefined ? {} : { 'x-consent': given });
    const answer = await send(mock, CITIZEN_PATH, {
      method: 'POST',
      headers,
      body: JSON.stringify({ personalId: CITIZEN }),
    });
    const p = problemOf(answer);
    expect(p).toMatchObject({ status: 403, code: 'CONSENT_REQUIRED' });
    expect(p.detail).toMatch(reason);
    expect(p.detail).not.toContain(CITIZEN);
  });

  it('refuses a revoked token, by token or by jti', async () => {
    const call = citizenCall(mock);
    expect((await send(mock, CITIZEN_PATH, call)).status).toBe(200);
    mock.revokeConsent(call.headers['x-consent']!);
    const refused = await send(mock, CITIZEN_PATH, call);
    expect(problemOf(refused)).toMatchObject({
      code: 'CONSENT_REQUIRED',
      detail: 'The consent token has been revoked.',
    });
  });
});
