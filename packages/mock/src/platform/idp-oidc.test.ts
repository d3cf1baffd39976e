/**
 * What the identity provider grew for relying parties: PKCE required, client authentication at the
 * token endpoint, userinfo with assurance levels, a configurable issuer, encrypted answers, revocation.
 * The whole flow through a real OIDC client is test/e2e/identity-sign-in.test.ts.
 */
import { constants, createDecipheriv, createHash, generateKeyPairSync, privateDecrypt } from 'node:crypto';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import type { Persona } from '../world/types.js';
import { createMockPlatform } from './create-mock-platform.js';
import { maskPersonalId } from './idp-pages.js';
import type { MockPlatform } from './mock-platform.js';
import { type Answer, send } from './test-fixture.js';

const PURPOSE = '1.001193';
const REDIRECT = 'https://portal.example.gov.vn/cb';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { ...FORM, ...headers },
  body: new URLSearchParams(fields).toString(),
});

function authorize(mock: MockPlatform, extra: Record<string, string> = {}): string {
  return `/idp/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: mock.client,
    redirect_uri: REDIRECT,
    scope: 'openid population.basic',
    state: 's',
    purpose: PURPOSE,
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...extra,
  })}`;
}

/** Picker → consent → agree; the code of the redirect. */
async function codeFor(mock: MockPlatform, persona: Persona): Promise<string> {
  const picker = await send(mock, `${authorize(mock)}&q=${encodeURIComponent(persona.fullName)}`);
  const masked = maskPersonalId(persona.personalId).replaceAll('*', '\\*');
  const handle = new RegExp(
    `value="([^"]+)"><strong class="name">[^<]*</strong><span class="id">${masked}<`,
  ).exec(picker.text)![1]!;
  const request = /name="request" value="([^"]+)"/.exec(picker.text)![1]!;
  const consent = await send(mock, '/idp/consent', form({ request, persona: handle }));
  const ticket = /name="ticket" value="([^"]+)"/.exec(consent.text)![1]!;
  const decision = await send(mock, '/idp/decision', form({ ticket, decision: 'agree' }));
  return new URL(decision.headers.location!).searchParams.get('code')!;
}

const exchange = (mock: MockPlatform, code: string, extra: Record<string, string> = {}): Promise<Answer> =>
  send(
    mock,
    '/idp/token',
    form({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: mock.client,
      client_secret: mock.credentials.clientSecret,
      code_verifier: VERIFIER,
      ...extra,
    }),
  );

describe('the identity provider for relying parties', () => {
  const mock = createMockPlatform({ seed: 42 });
  afterAll(() => mock.close());
  const adult = mock.world.byTag('adult')[0]!;
  const minor = mock.world.byTag('minor')[0]!;

  it('requires PKCE with S256 at the authorization request', async () => {
    for (const extra of [
      { code_challenge: '' },
      { code_challenge_method: 'plain' },
      { code_challenge: 'short' },
    ] as Array<Record<string, string>>) {
      const page = await send(mock, authorize(mock, extra));
      expect(page.status, JSON.stringify(extra)).toBe(400);
      expect(page.text).toMatch(/code_challenge/);
    }
  });

  it('refuses a wrong verifier and a wrong or missing client authentication', async () => {
    const code = await codeFor(mock, adult);
    expect((await exchange(mock, code, { code_verifier: `${VERIFIER.slice(0, -1)}A` })).json.error).toBe(
      'invalid_grant',
    );
    const wrongSecret = await exchange(mock, code, { client_secret: 'nope' });
    expect([wrongSecret.status, wrongSecret.json.error]).toEqual([401, 'invalid_client']);
    const { client_secret: _omit, ...noAuth } = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: mock.client,
      client_secret: '',
      code_verifier: VERIFIER,
    };
    const none = await send(mock, '/idp/token', form(noAuth));
    expect([none.status, none.json.error]).toEqual([401, 'invalid_client']);
    const basic = Buffer.from(`${encodeURIComponent(mock.client)}:${mock.credentials.clientSecret}`).toString(
      'base64',
    );
    const ok = await send(mock, '/idp/token', form(noAuth, { authorization: `Basic ${basic}` }));
    expect(ok.status).toBe(200);
  });

  it('answers userinfo with the VNeID SSO claims and the assurance level of each persona', async () => {
    for (const [persona, level] of [
      [adult, 'LoA2'],
      [minor, 'LoA1'],
    ] as const) {
      const token = await exchange(mock, await codeFor(mock, persona));
      const info = await send(mock, '/idp/userinfo', {
        headers: { authorization: `Bearer ${token.json.access_token}` },
      });
      expect(info.json).toMatchObject({
        sub: persona.personalId,
        SoDinhDanh: persona.personalId,
        HoVaTen: persona.fullName,
        NgayThangNamSinh: persona.population.ngaySinh.split('/').reverse().join(''),
        loAs: level,
      });
    }
    expect((await send(mock, '/idp/userinfo', { headers: { authorization: 'Bearer nope' } })).status).toBe(
      401,
    );
  });

  it('revokes a consent token for its client only, and lists revoked token ids', async () => {
    const token = mock.consent(adult.personalId, 'population.basic', PURPOSE);
    const unauthenticated = await send(mock, '/idp/revoke', form({ token }));
    expect(unauthenticated.status).toBe(401);
    expect((await send(mock, '/idp/revocations')).json.revoked).toEqual([]);
    const revoke = await send(
      mock,
      '/idp/revoke',
      form({ token, client_id: mock.client, client_secret: mock.credentials.clientSecret }),
    );
    expect(revoke.status).toBe(200);
    const list = await send(mock, '/idp/revocations');
    expect(list.json).toEqual({ issuer: `${mock.origin}/idp`, revoked: [decodeJwt(token).jti] });
    expect(list.text).not.toContain(adult.personalId);
  });
});

it('documents the new endpoints in the OpenAPI document', () => {
  const mock = createMockPlatform({ seed: 42 });
  const doc = mock.openapi() as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
  };
  for (const path of ['/idp/userinfo', '/idp/revoke', '/idp/revocations', '/idp/token'])
    expect(doc.paths).toHaveProperty([path]);
  expect(doc.components.schemas).toHaveProperty(['EncryptedAnswer']);
  expect(doc.components.schemas).toHaveProperty(['DossierEventBatch']);
  void mock.close();
});

describe('identity provider options', () => {
  it('takes its issuer from an option', async () => {
    const mock = createMockPlatform({
      seed: 42,
      identityProvider: { issuer: 'https://sso.example.gov.vn/' },
    });
    try {
      expect(mock.idpIssuer).toBe('https://sso.example.gov.vn');
      expect((await send(mock, '/idp/.well-known/openid-configuration')).json.issuer).toBe(
        'https://sso.example.gov.vn',
      );
      expect(decodeJwt(mock.consent(mock.personas[0]!.personalId, 'population.basic', PURPOSE)).iss).toBe(
        'https://sso.example.gov.vn',
      );
    } finally {
      await mock.close();
    }
  });

  it('encrypts token and userinfo answers to the relying party key, with no ID token', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const mock = createMockPlatform({
      seed: 42,
      identityProvider: {
        encryptedAnswers: { publicJwk: rsa.publicKey.export({ format: 'jwk' }) },
        assurance: {},
      },
    });
    const open = (answer: Answer) => {
      const aes = privateDecrypt(
        { key: rsa.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
        Buffer.from(answer.json.key, 'base64'),
      );
      const data = Buffer.from(answer.json.data, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', aes, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(-16));
      return JSON.parse(
        Buffer.concat([decipher.update(data.subarray(12, -16)), decipher.final()]).toString(),
      );
    };
    try {
      const persona = mock.world.byTag('adult')[1]!;
      const token = await exchange(mock, await codeFor(mock, persona));
      expect(Object.keys(token.json).sort()).toEqual(['data', 'key']);
      const tokens = open(token);
      expect(tokens.id_token).toBeUndefined();
      expect(decodeJwt(tokens.consent_token).sub).toBe(persona.personalId);
      const info = await send(mock, '/idp/userinfo', {
        headers: { authorization: `Bearer ${tokens.access_token}` },
      });
      expect(open(info)).toEqual({
        citizenPid: persona.personalId,
        fullName: persona.fullName,
        birthDate: persona.population.ngaySinh.split('/').reverse().join(''),
        accountType: 1,
        accountLevel: 2,
      });
    } finally {
      await mock.close();
    }
  });
});
