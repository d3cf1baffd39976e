/**
 * @onceonly/identity against the mock identity provider over real HTTP on loopback (discovery
 * included): the sign-in flow with PKCE in both provider profiles, consent verification and revocation
 * end to end, and the refusals of the callback (state, nonce, PKCE, client authentication, refusal).
 * Tampered ID tokens and failing providers: identity-tampering.test.ts.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createGateway, PolicyError } from '@onceonly/core';
import {
  createRelyingParty,
  oidcProfile,
  type RelyingPartyOptions,
  SignInError,
  vneidDirectProfile,
} from '@onceonly/identity';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { formatDate } from '@onceonly/vn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browse } from '../support/idp-browser.js';
import { citizenOf } from '../support/idp-personas.js';

const PURPOSE = '1.001193';
const REDIRECT = 'https://portal.example.gov.vn/login/callback';

describe('standard OIDC profile (national portal SSO, VNeID through Keycloak)', () => {
  const mock = createMockPlatform({ seed: 42 });
  let rpOptions: RelyingPartyOptions;
  beforeAll(async () => {
    const { url } = await mock.listen();
    rpOptions = {
      issuer: `${url}/idp`,
      clientId: mock.client,
      redirectUri: REDIRECT,
      clientAuth: { method: 'client_secret_basic', clientSecret: mock.credentials.clientSecret },
      profile: oidcProfile(),
    };
  });
  afterAll(() => mock.close());

  it('signs the citizen in with PKCE, state and nonce, and the consent reads their record', async () => {
    const rp = createRelyingParty(rpOptions);
    const persona = citizenOf(mock);
    const tx = await rp.authorizationUrl({ scope: ['population.basic'], purpose: PURPOSE });
    expect(JSON.parse(JSON.stringify(tx))).toEqual(tx);
    const sent = new URL(tx.url).searchParams;
    expect(sent.get('code_challenge_method')).toBe('S256');
    expect(sent.get('nonce')).toBe(tx.nonce);
    expect(sent.get('scope')).toBe('openid population.basic');

    const { callbackUrl, consentPage } = await browse(tx.url, persona);
    expect(consentPage).toContain('Agency asking');
    expect(consentPage).toContain(PURPOSE);
    const { citizen, consentToken } = await rp.callback(callbackUrl, tx);
    expect(citizen).toEqual({
      personalId: persona.personalId,
      fullName: persona.fullName,
      birthDate: expect.objectContaining({ precision: 'day' }),
      assuranceLevel: 2,
      subject: persona.personalId,
      provider: 'oidc',
    });
    expect(formatDate(citizen.birthDate)).toBe(persona.population.ngaySinh);

    const consent = await rp.verifyConsent(consentToken, {
      subject: citizen.personalId,
      category: 'population.basic',
      purpose: PURPOSE,
    });
    expect(consent.scopes).toEqual(['population.basic']);
    expect(consent.expiresAt).toBeGreaterThan(Date.now() / 1000);

    const record = await population(createGateway(mock.gatewayOptions()), { encoding: 'rest' }).getCitizen(
      {
        personalId: citizen.personalId,
        fullName: citizen.fullName,
        birthDate: formatDate(citizen.birthDate),
      },
      { purpose: PURPOSE, caseId: 'H23.01-241122-0001', officerId: MOCK_OFFICER_ID, consent: consentToken },
    );
    expect(record.name.full).toBe(persona.fullName);
  });

  it('revokes a consent end to end: verifyConsent refuses it, and so does the provider', async () => {
    const rp = createRelyingParty(rpOptions);
    const persona = citizenOf(mock, 'married');
    const tx = await rp.authorizationUrl({ scope: 'population.basic', purpose: PURPOSE });
    const { consentToken } = await rp.callback((await browse(tx.url, persona)).callbackUrl, tx);
    await rp.revokeConsent(consentToken);
    const expected = { subject: persona.personalId, category: 'population.basic', purpose: PURPOSE };
    await expect(rp.verifyConsent(consentToken, expected)).rejects.toMatchObject({ code: 'CONSENT_REVOKED' });
    await expect(
      population(createGateway(mock.gatewayOptions()), { encoding: 'rest' }).getCitizen(lookupOf(persona), {
        purpose: PURPOSE,
        caseId: 'H23.01-1',
        officerId: MOCK_OFFICER_ID,
        consent: consentToken,
      }),
    ).rejects.toBeInstanceOf(PolicyError);
  });

  it('authenticates with private_key_jwt as well', async () => {
    const rp = createRelyingParty({
      ...rpOptions,
      clientAuth: {
        method: 'private_key_jwt',
        privateJwk: mock.credentials.privateJwk as Record<string, unknown>,
      },
    });
    const persona = citizenOf(mock);
    const tx = await rp.authorizationUrl({ scope: 'population.basic', purpose: PURPOSE });
    const { citizen } = await rp.callback((await browse(tx.url, persona)).callbackUrl, tx);
    expect(citizen.personalId).toBe(persona.personalId);
  });

  it('refuses a forged state, a wrong nonce, a wrong PKCE verifier, a wrong secret and a refusal', async () => {
    const rp = createRelyingParty(rpOptions);
    const persona = citizenOf(mock);
    const signIn = async (decision: 'agree' | 'refuse' = 'agree') => {
      const tx = await rp.authorizationUrl({ scope: 'population.basic', purpose: PURPOSE });
      return { tx, callbackUrl: (await browse(tx.url, persona, decision)).callbackUrl };
    };
    const code = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(SignInError.isInstance(error), String(error)).toBe(true);
      return (error as SignInError).code;
    };

    const forged = await signIn();
    const otherState = new URL(forged.callbackUrl);
    otherState.searchParams.set('state', 'attacker-state');
    expect(await code(rp.callback(otherState, forged.tx))).toBe('SIGNIN_STATE_MISMATCH');
    const noState = new URL(forged.callbackUrl);
    noState.searchParams.delete('state');
    expect(await code(rp.callback(noState, forged.tx))).toBe('SIGNIN_STATE_MISMATCH');

    const replayed = await signIn();
    expect(await code(rp.callback(replayed.callbackUrl, { ...replayed.tx, nonce: 'another-session' }))).toBe(
      'SIGNIN_NONCE_MISMATCH',
    );

    const pkce = await signIn();
    const wrongVerifier = { ...pkce.tx, codeVerifier: `${pkce.tx.codeVerifier.slice(0, -4)}AAAA` };
    expect(await code(rp.callback(pkce.callbackUrl, wrongVerifier))).toBe('SIGNIN_CODE_REJECTED');

    const secret = await signIn();
    const wrongSecret = createRelyingParty({
      ...rpOptions,
      clientAuth: { method: 'client_secret_basic', clientSecret: 'not-the-secret' },
    });
    const rejected = await wrongSecret.callback(secret.callbackUrl, secret.tx).catch((e: SignInError) => e);
    expect(rejected).toMatchObject({ code: 'SIGNIN_CODE_REJECTED', upstreamCode: 'invalid_client' });
    expect(JSON.stringify(rejected)).not.toContain('not-the-secret');

    const refused = await signIn('refuse');
    expect(await code(rp.callback(refused.callbackUrl, refused.tx))).toBe('SIGNIN_REFUSED');
  });
});

describe('direct VNeID profile: encrypted { data, key } answers, no ID token, no nonce', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const mock = createMockPlatform({
    seed: 42,
    identityProvider: {
      encryptedAnswers: { publicJwk: rsa.publicKey.export({ format: 'jwk' }) },
      assurance: {},
    },
  });
  let base: RelyingPartyOptions;
  beforeAll(async () => {
    const { url } = await mock.listen();
    base = {
      issuer: `${url}/idp`,
      clientId: mock.client,
      redirectUri: REDIRECT,
      clientAuth: { method: 'client_secret_basic', clientSecret: mock.credentials.clientSecret },
      profile: vneidDirectProfile({
        decryptionKey: rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      }),
    };
  });
  afterAll(() => mock.close());

  it('signs the citizen in with PKCE and state, and the consent reads their record', async () => {
    const rp = createRelyingParty(base);
    const persona = citizenOf(mock, 'minor');
    const tx = await rp.authorizationUrl({ scope: ['population.basic'], purpose: PURPOSE });
    expect(tx.nonce).toBeNull();
    expect(new URL(tx.url).searchParams.has('nonce')).toBe(false);
    const { callbackUrl } = await browse(tx.url, persona);
    const { citizen, consentToken } = await rp.callback(callbackUrl, tx);
    expect(citizen).toMatchObject({
      personalId: persona.personalId,
      fullName: persona.fullName,
      assuranceLevel: 1, // a minor's account
      subject: persona.personalId,
      provider: 'vneid-direct',
    });
    expect(formatDate(citizen.birthDate)).toBe(persona.population.ngaySinh);
    // What went over the wire was encrypted.
    const token = mock.calls.findLast((c) => c.path === '/idp/token');
    expect(token?.status).toBe(200);
    await expect(
      rp.verifyConsent(consentToken, {
        subject: persona.personalId,
        category: 'population.basic',
        purpose: PURPOSE,
      }),
    ).resolves.toMatchObject({ scopes: ['population.basic'] });
  });

  it('refuses answers it cannot open: another key, or a plain answer where an encrypted one is due', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const wrongKey = createRelyingParty({ ...base, profile: vneidDirectProfile({ decryptionKey: other }) });
    const tx = await wrongKey.authorizationUrl({ scope: 'population.basic', purpose: PURPOSE });
    const { callbackUrl } = await browse(tx.url, citizenOf(mock));
    await expect(wrongKey.callback(callbackUrl, tx)).rejects.toMatchObject({
      name: 'ResponseError',
      code: 'SIGNIN_ANSWER_INVALID',
    });

    const plain = createMockPlatform({ seed: 42 });
    try {
      const { url } = await plain.listen();
      const rp = createRelyingParty({ ...base, issuer: `${url}/idp` });
      const tx2 = await rp.authorizationUrl({ scope: 'population.basic', purpose: PURPOSE });
      const { callbackUrl: back } = await browse(tx2.url, citizenOf(plain));
      await expect(rp.callback(back, tx2)).rejects.toMatchObject({ code: 'SIGNIN_ANSWER_INVALID' });
    } finally {
      await plain.close();
    }
  });
});
