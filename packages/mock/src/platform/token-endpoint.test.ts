import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { CITIZEN_PATH, citizenCall, send, testPlatform } from './test-fixture.js';

const T0 = Date.parse('2026-11-23T08:00:00.000Z');
let clock = T0;
const mock = testPlatform({ requireToken: true, now: () => clock });
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}

async function assertion(claims: { aud?: string; iss?: string; exp?: number; jti?: string } = {}, key?: JWK) {
  const { clientId, privateJwk } = mock.credentials;
  const iat = Math.floor(clock / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid! })
    .setIssuer(claims.iss ?? clientId)
    .setSubject(clientId)
    .setAudience(claims.aud ?? `${mock.origin}/oauth2/token`)
    .setIssuedAt(iat)
    .setExpirationTime(claims.exp ?? iat + 60)
    .setJti(claims.jti ?? randomUUID())
    .sign(await importJWK(key ?? privateJwk, 'ES256'));
}

function jwtForm(token: string): string {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: token,
  }).toString();
}

const token = (init: { headers?: Record<string, string>; body: string }) =>
  send(mock, '/oauth2/token', { method: 'POST', headers: { ...FORM, ...init.headers }, body: init.body });

describe('token endpoint: client_secret_basic', () => {
  it('grants a bearer token for the right secret', async () => {
    const { clientId, clientSecret } = mock.credentials;
    const answer = await token({
      headers: { authorization: basic(clientId, clientSecret) },
      body: 'grant_type=client_credentials',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    expect(answer.json.access_token).toMatch(/^\S{20,}$/);
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('refuses a wrong secret or an unknown client (401 invalid_client)', async () => {
    for (const [id, secret] of [
      [mock.credentials.clientId, 'wrong'],
      ['VN/GOV/000.00.00.H00/NOBODY', mock.credentials.clientSecret],
    ] as const) {
      const answer = await token({
        headers: { authorization: basic(id, secret) },
        body: 'grant_type=client_credentials',
      });
      expect(answer.status).toBe(401);
      expect(answer.json.error).toBe('invalid_client');
      expect(answer.headers['www-authenticate']).toMatch(/^Basic/);
    }
  });

  it('refuses other grants, other encodings and anonymous requests', async () => {
    const auth = { authorization: basic(mock.credentials.clientId, mock.credentials.clientSecret) };
    expect((await token({ headers: auth, body: 'grant_type=password' })).json.error).toBe(
      'unsupported_grant_type',
    );
    expect((await token({ headers: auth, body: '' })).json.error).toBe('invalid_request');
    const json = await send(mock, '/oauth2/token', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"grant_type":"client_credentials"}',
    });
    expect([json.status, json.json.error]).toEqual([400, 'invalid_request']);
    const anonymous = await token({ body: 'grant_type=client_credentials' });
    expect([anonymous.status, anonymous.json.error]).toEqual([401, 'invalid_client']);
  });
});

describe('token endpoint: private_key_jwt', () => {
  it('grants a token for a valid assertion, once per jti', async () => {
    const signed = await assertion();
    const first = await token({ body: jwtForm(signed) });
    expect(first.status).toBe(200);
    const replay = await token({ body: jwtForm(signed) });
    expect([replay.status, replay.json.error]).toEqual([401, 'invalid_client']);
    expect(replay.json.error_description).toMatch(/jti/);
  });

  it.each([
    ['a wrong audience', () => assertion({ aud: 'https://elsewhere.invalid/oauth2/token' }), /aud/],
    ['the path alone as audience', () => assertion({ aud: '/oauth2/token' }), /aud/],
    ['an expired assertion', () => assertion({ exp: Math.floor(T0 / 1000) - 10 }), /expired/],
    ['iss other than sub', () => assertion({ iss: 'VN/GOV/000.00.00.H00/NOBODY' }), /./],
  ])('refuses %s', async (_what, make, reason) => {
    const answer = await token({ body: jwtForm(await make()) });
    expect([answer.status, answer.json.error]).toEqual([401, 'invalid_client']);
    expect(answer.json.error_description).toMatch(reason);
  });

  it('refuses an assertion signed with another key', async () => {
    const other = testPlatform({ seed: 1234 }).credentials.privateJwk;
    const answer = await token({ body: jwtForm(await assertion({}, other)) });
    expect(answer.json.error_description).toMatch(/signature/);
  });

  it('accepts the absolute token URL of the origin the request came to (HTTP)', async () => {
    const http = testPlatform({ now: () => clock });
    const { url } = await http.listen();
    try {
      const { clientId, privateJwk } = http.credentials;
      const signed = await new SignJWT({})
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(clientId)
        .setSubject(clientId)
        .setAudience(`${url}/oauth2/token`)
        .setExpirationTime(Math.floor(clock / 1000) + 60)
        .setJti(randomUUID())
        .sign(await importJWK(privateJwk, 'ES256'));
      const answer = await send(url, '/oauth2/token', {
        method: 'POST',
        headers: FORM,
        body: jwtForm(signed),
      });
      expect(answer.status).toBe(200);
      expect(http.credentials.tokenUrl).toBe(`${url}/oauth2/token`);
    } finally {
      await http.close();
    }
  });
});

describe('bearer tokens on data calls (requireToken)', () => {
  async function bearer(): Promise<string> {
    const { clientId, clientSecret } = mock.credentials;
    const answer = await token({
      headers: { authorization: basic(clientId, clientSecret) },
      body: 'grant_type=client_credentials',
    });
    return answer.json.access_token;
  }

  it('refuses a data call without a token (401 UNAUTHORIZED, WWW-Authenticate)', async () => {
    const answer = await send(mock, CITIZEN_PATH, citizenCall(mock));
    expect(answer.status).toBe(401);
    expect(answer.json.code).toBe('UNAUTHORIZED');
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer .*error="invalid_token"/);
  });

  it('accepts a valid token, refuses it once expired', async () => {
    const access = await bearer();
    const call = citizenCall(mock, undefined, { authorization: `Bearer ${access}` });
    expect((await send(mock, CITIZEN_PATH, call)).status).toBe(200);
    clock += 301_000;
    try {
      const expired = await send(
        mock,
        CITIZEN_PATH,
        citizenCall(mock, undefined, { authorization: `Bearer ${access}` }),
      );
      expect(expired.status).toBe(401);
      expect(expired.json.detail).toMatch(/expired/);
    } finally {
      clock = T0;
    }
  });

  it('refuses an unknown token', async () => {
    const answer = await send(
      mock,
      CITIZEN_PATH,
      citizenCall(mock, undefined, { authorization: 'Bearer forged' }),
    );
    expect(answer.status).toBe(401);
  });

  it('gives gatewayOptions() the client_secret_basic credentials', () => {
    expect(mock.gatewayOptions().auth).toEqual({
      type: 'oauth2',
      method: 'client_secret_basic',
      tokenUrl: `${mock.origin}/oauth2/token`,
      clientId: mock.credentials.clientId,
      clientSecret: mock.credentials.clientSecret,
    });
    expect(testPlatform().gatewayOptions().auth).toBeUndefined();
  });
});
