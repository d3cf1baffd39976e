/**
 * @onceonly/identity against the mock identity provider over real HTTP on loopback (discovery
 * included): the sign-in flow with PKCE in both provider profiles, consent verification and revocation
 * end to end, and every tampering the relying party must refuse.
 */
import { createGateway, PolicyError } from '@onceonly/core';
import {
  createRelyingParty,
  oidcProfile,
  type RelyingPartyOptions,
  SignInError,
  vneidDirectProfile,
} from '@onceonly/identity';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID, type Persona } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { formatDate } from '@onceonly/vn';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browse } from '../support/idp-browser.js';

const PURPOSE = '1.001193';
const REDIRECT = 'https://portal.example.gov.vn/login/callback';

/** An adult with a full date of birth and a unique name. */
function citizenOf(mock: ReturnType<typeof createMockPlatform>, tag = 'adult'): Persona {
  return mock.world
    .byTag(tag)
    .find(
      (p) =>
        p.population.ngaySinh.split('/').length === 3 &&
        mock.personas.filter((q) => q.fullName === p.fullName).length === 1,
    )!;
}

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
