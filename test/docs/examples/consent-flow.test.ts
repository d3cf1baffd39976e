// The example of docs/consent.md and packages/identity/README.md: a portal signs a citizen in through
// the identity provider, checks the consent it was given, and prefills a procedure's form with it, all
// against the mock over real HTTP (discovery included). The docs show the regions; test/docs checks
// the two are the same.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { browse } from '../../support/idp-browser.js';

// #region rp-setup
import { createGateway } from '@onceonly/core';
import { createRelyingParty, oidcProfile, type SignInTransaction } from '@onceonly/identity';
import { MOCK_OFFICER_ID, useMockPlatform } from '@onceonly/mock';
import { catalog, consentScopes, prefill } from '@onceonly/prefill';
import { formatDate } from '@onceonly/vn';

const PURPOSE = '1.004873'; // the procedure the data is for: shown on the consent page
const form = catalog[PURPOSE]; // its form: Cấp Giấy xác nhận tình trạng hôn nhân
const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42, listen: true });

// One relying party per identity provider, created once. In production: the provider's issuer, your
// client id and secret (or private_key_jwt), your registered callback route.
const identity = () =>
  createRelyingParty({
    issuer: `${mock.url}/idp`, // discovery: `${issuer}/.well-known/openid-configuration`
    clientId: mock.client,
    redirectUri: 'https://portal.example.gov.vn/login/callback',
    clientAuth: { method: 'client_secret_basic', clientSecret: mock.credentials.clientSecret },
    profile: oidcProfile(), // or vneidDirectProfile({ decryptionKey }) for the direct VNeID integration
  });
// #endregion rp-setup

it('signs a citizen in, checks the consent, and prefills the form with it', async () => {
  const rp = identity();
  const session: { signIn?: SignInTransaction } = {}; // your server-side session store
  const persona = mock.world.byTag('married').find((p) => p.population.ngaySinh.length === 10)!;

  // #region consent-flow
  // 1. Login route: start a sign-in, keep the transaction in the session, redirect the browser.
  // The consent asked for covers every category the form's sources read (the consent page lists them).
  const scope = consentScopes(form);
  const transaction = await rp.authorizationUrl({ scope, purpose: PURPOSE });
  session.signIn = transaction; // JSON-serialisable: { url, state, nonce, codeVerifier }
  // → 302 to transaction.url; the citizen signs in and agrees on the consent page.

  const callbackUrl = await citizenSignsIn(transaction.url); // the browser comes back to your callback

  // 2. Callback route: state, code exchange (PKCE), ID token and userinfo, all checked.
  const { citizen, consentToken } = await rp.callback(callbackUrl, session.signIn);
  delete session.signIn; // a transaction is used once

  // 3. Check the consent before using it: signature, citizen, portal, category, purpose, expiry, revocation.
  const consent = await rp.verifyConsent(consentToken, {
    subject: citizen.personalId,
    category: 'population.basic',
    purpose: PURPOSE,
  });
  const until = new Date(consent.expiresAt * 1000); // show the citizen what they agreed to, and until when

  // 4. Prefill the form: the signed-in citizen is the subject, the consent token goes with every call.
  const gateway = createGateway(mock.gatewayOptions());
  const prefilled = await prefill(form, {
    subject: {
      personalId: citizen.personalId,
      fullName: citizen.fullName,
      birthDate: formatDate(citizen.birthDate),
    },
    ctx: {
      purpose: PURPOSE,
      caseId: 'H23.01-241122-0001',
      officerId: MOCK_OFFICER_ID,
      consent: consentToken,
    },
    gateway,
    receiptKey: process.env.RECEIPT_KEY ?? 'a-secret-of-at-least-32-bytes-from-your-vault',
  });
  prefilled.fields.fullName; // { status: 'filled', value: '…', locked: true, database: 'population', … }
  prefilled.documents.waived; // the documents the national data replaces; keep prefilled.receipt for submit
  // #endregion consent-flow

  expect(citizen.personalId).toBe(persona.personalId);
  expect(citizen.assuranceLevel).toBe(2);
  expect(consent.scopes).toEqual(expect.arrayContaining(['population.basic', 'civil.status']));
  expect(until.getTime()).toBeGreaterThan(Date.now());
  expect(prefilled.values.fullName).toBe(persona.fullName);
  expect(prefilled.fields.maritalStatus).toMatchObject({ status: 'filled', locked: true });
  expect(prefilled.documents.waived.map((d) => d.id)).toContain('identity-residence');
  await gateway.close();

  /** The citizen's part, played by a test browser: pick the persona, agree, follow the redirect. */
  async function citizenSignsIn(url: string): Promise<string> {
    return (await browse(url, persona)).callbackUrl;
  }
});
