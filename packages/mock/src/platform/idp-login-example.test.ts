// The example of docs/testing-with-the-mock.md ("Login and consent through the identity provider"),
// run as it is shown there (from the first import on): keep the two the same.
// The region is shown in the doc, and test/docs checks the two are the same.
// #region login
import { createGateway } from '@onceonly/core';
import { lookupOf, MOCK_OFFICER_ID, useMockPlatform } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const PURPOSE = '1.001193';
const REDIRECT = 'https://portal.example.gov.vn/login/callback'; // your portal's callback route
const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42, listen: true });

const post = (path: string, fields: Record<string, string>) =>
  request(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)![1]!;

it('signs a citizen in, then fetches their record with the consent they gave', async () => {
  const persona = mock.world.byTag('married')[0]!;
  const state = crypto.randomUUID();
  const verifier = randomBytes(32).toString('base64url'); // PKCE: kept in the portal's session

  // 1. Your login route redirects the browser here. `q` is the picker's search box.
  const authorize = new URL('/idp/authorize', mock.url);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: mock.client,
    redirect_uri: REDIRECT,
    scope: 'openid population.basic',
    purpose: PURPOSE,
    state,
    nonce: crypto.randomUUID(),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    q: persona.fullName,
  }).toString();
  const picker = await (await request(authorize)).body.text();

  // 2. The citizen picks the persona: the button showing its masked id (names can repeat) ...
  const masked = `${persona.personalId.slice(0, 3)}\\*{6}${persona.personalId.slice(-3)}`;
  const button = new RegExp(`value="([^"]+)"><strong class="name">[^<]*</strong><span class="id">${masked}<`);
  const consentPage = await (
    await post('/idp/consent', { request: field(picker, 'request'), persona: button.exec(picker)![1]! })
  ).body.text();
  expect(consentPage).toContain('Thông tin cơ bản về dân cư');

  // 3. ... and agrees. undici follows no redirect: read Location yourself, as the browser would.
  const decision = await post('/idp/decision', { ticket: field(consentPage, 'ticket'), decision: 'agree' });
  await decision.body.dump();
  expect(decision.statusCode).toBe(302);
  const callback = new URL(String(decision.headers.location));
  expect(callback.searchParams.get('state')).toBe(state);

  // 4. Your callback route exchanges the code, server to server, authenticated, with the PKCE verifier.
  const token = await post('/idp/token', {
    grant_type: 'authorization_code',
    code: callback.searchParams.get('code')!,
    redirect_uri: REDIRECT,
    client_id: mock.client,
    client_secret: mock.credentials.clientSecret,
    code_verifier: verifier,
  });
  const { consent_token: consent } = (await token.body.json()) as { consent_token: string };

  // 5. The consent token goes in ctx.consent.
  const pop = population(createGateway(mock.gatewayOptions()), { encoding: 'rest' });
  const citizen = await pop.getCitizen(lookupOf(persona), {
    purpose: PURPOSE,
    caseId: 'H23.01-241122-0001',
    officerId: MOCK_OFFICER_ID,
    consent,
  });
  expect(citizen.name.full).toBe(persona.fullName);
});
// #endregion login
