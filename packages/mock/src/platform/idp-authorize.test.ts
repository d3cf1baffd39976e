import { createGateway, PolicyError } from '@onceonly/core';
import { population } from '@onceonly/population';
import { removeDiacritics } from '@onceonly/vn';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { setupServer } from 'msw/node';
import { request as undiciRequest } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Persona } from '../world/types.js';
import { lookupOf, MOCK_OFFICER_ID } from '../world/lookup.js';
import { createMockPlatform } from './create-mock-platform.js';
import { PICKER_LIMIT } from './idp-authorize.js';
import { escapeHtml, maskPersonalId } from './idp-pages.js';
import type { MockPlatform } from './mock-platform.js';
import { type Answer, type Json, send } from './test-fixture.js';

// The gateway checks consent expiry against the real clock: start the platform's clock at (about) now.
const START = Math.floor(Date.now() / 1000) * 1000;
const PURPOSE = '1.001193';
const CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';
const OTHER_CLIENT = 'VN/GOV/000.00.00.H99/OTHER';
const REDIRECT = 'https://portal.example.gov.vn/login/callback?from=idp';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
// PKCE (RFC 7636 appendix B's pair) and the clients' secrets (client_secret_post at the token endpoint).
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const OTHER_SECRET = 'other-portal-secret';
const SECRETS: Record<string, string> = {
  [CLIENT]: createMockPlatform({ seed: 42 }).credentials.clientSecret,
  [OTHER_CLIENT]: OTHER_SECRET,
};

function authorizeQuery(extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT,
    redirect_uri: REDIRECT,
    scope: 'openid population.basic',
    state: 'st-123',
    nonce: 'n-456',
    purpose: PURPOSE,
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...extra,
  }).toString();
}

function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** The persona buttons of a picker page: handle, name and masked id as shown. */
function pickerEntries(
  html: string,
): Array<{ request: string; handle: string; name: string; maskedId: string }> {
  const entries = [];
  const pattern =
    /name="request" value="([^"]+)">\s*<button type="submit" name="persona" value="([^"]+)"><strong class="name">([^<]*)<\/strong><span class="id">([^<]*)<\/span>/g;
  for (const m of html.matchAll(pattern)) {
    entries.push({ request: m[1]!, handle: m[2]!, name: unescapeHtml(m[3]!), maskedId: m[4]! });
  }
  return entries;
}

function ticketOf(html: string): string {
  return /name="ticket" value="([^"]+)"/.exec(html)![1]!;
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: FORM,
  body: new URLSearchParams(fields).toString(),
});

/** A persona whose name is unique in the world, so a search by name finds exactly one. */
function uniquelyNamed(mock: MockPlatform, tag?: string): Persona {
  const counts = new Map<string, number>();
  for (const p of mock.personas) {
    const key = removeDiacritics(p.fullName).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return mock.personas.find(
    (p) =>
      counts.get(removeDiacritics(p.fullName).toLowerCase()) === 1 &&
      (tag === undefined || (p.tags as readonly string[]).includes(tag)),
  )!;
}

/**
 * The citizen's side of the flow, as a portal's test drives it: picker → consent page → decision,
 * following no redirect automatically. Returns the decision's answer (a 302 back to the portal).
 */
async function signIn(
  target: MockPlatform | string,
  persona: Persona,
  decision: 'agree' | 'refuse',
  query = authorizeQuery(),
): Promise<Answer> {
  const picker = await send(target, `/idp/authorize?${query}&q=${encodeURIComponent(persona.fullName)}`);
  expect(picker.status).toBe(200);
  const entry = pickerEntries(picker.text).find((e) => e.name === persona.fullName)!;
  expect(entry).toBeDefined();
  const consentPage = await send(
    target,
    '/idp/consent',
    form({ request: entry.request, persona: entry.handle }),
  );
  expect(consentPage.status).toBe(200);
  return send(target, '/idp/decision', form({ ticket: ticketOf(consentPage.text), decision }));
}

function codeOf(answer: Answer): string {
  expect(answer.status).toBe(302);
  return new URL(answer.headers.location!).searchParams.get('code')!;
}

const exchange = (target: MockPlatform | string, code: string, extra: Record<string, string> = {}) => {
  const fields = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    client_id: CLIENT,
    code_verifier: VERIFIER,
    ...extra,
  };
  return send(target, '/idp/token', form({ client_secret: SECRETS[fields.client_id] ?? 'none', ...fields }));
};

describe('the VNeID-like login and consent flow over real HTTP', () => {
  let clock = START;
  const mock = createMockPlatform({
    seed: 42,
    now: () => clock,
    clients: { [OTHER_CLIENT]: { name: 'Other portal', purposes: ['2.000001'], secret: OTHER_SECRET } },
  });
  let url = '';
  beforeAll(async () => {
    ({ url } = await mock.listen());
  });
  afterAll(() => mock.close());

  it('publishes an OpenID configuration with the endpoints at this origin', async () => {
    const answer = await send(url, '/idp/.well-known/openid-configuration');
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      issuer: `${url}/idp`,
      authorization_endpoint: `${url}/idp/authorize`,
      userinfo_endpoint: `${url}/idp/userinfo`,
      code_challenge_methods_supported: ['S256'],
      token_endpoint: `${url}/idp/token`,
      jwks_uri: `${url}/idp/jwks.json`,
      response_types_supported: ['code'],
      id_token_signing_alg_values_supported: ['ES256'],
    });
    // Every data category a served service needs consent for (more as adapters are added).
    expect(answer.json.scopes_supported[0]).toBe('openid');
    expect(answer.json.scopes_supported).toEqual(
      expect.arrayContaining([
        'population.basic',
        'population.household',
        'population.marital',
        'population.residence',
      ]),
    );
    expect(answer.json.scopes_supported).toEqual(
      expect.arrayContaining(['civil.birth', 'civil.marriage', 'civil.status', 'civil.death']),
    );
    expect(answer.json.scopes_supported).toEqual(
      expect.arrayContaining([
        'land.basic',
        'insurance.basic',
        'insurance.social',
        'insurance.health',
        'enterprise.basic',
      ]),
    );
    expect((await send(url, '/idp/jwks.json')).json).toEqual(mock.idpJwks);
  });

  it('goes from the persona picker to a consent token the population database accepts', async () => {
    clock = START;
    const persona = uniquelyNamed(mock, 'rare-diacritics');

    const picker = await send(url, `/idp/authorize?${authorizeQuery()}`);
    expect(picker.status).toBe(200);
    expect(picker.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(picker.text).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(picker.text).toContain('<meta charset="utf-8">');
    expect(picker.text).toContain('Chọn công dân để đăng nhập');
    expect(picker.text).toContain('Choose a citizen to sign in as');
    const listed = pickerEntries(picker.text);
    expect(listed).toHaveLength(Math.min(PICKER_LIMIT, mock.personas.length));
    expect(listed[0]).toMatchObject({
      name: mock.personas[0]!.fullName,
      maskedId: maskPersonalId(mock.personas[0]!.personalId),
    });
    expect(listed[0]!.maskedId).toMatch(/^\d{3}\*{6}\d{3}$/);
    // Masked on screen, and not hidden in the page either.
    for (const p of mock.personas) expect(picker.text).not.toContain(p.personalId);

    // Diacritics in the name come through as UTF-8, and the search finds the persona without them.
    const search = await send(
      url,
      `/idp/authorize?${authorizeQuery()}&q=${encodeURIComponent(removeDiacritics(persona.fullName).toUpperCase())}`,
    );
    const found = pickerEntries(search.text);
    expect(found.map((e) => e.name)).toEqual([persona.fullName]);
    expect(search.text).toContain(escapeHtml(persona.fullName));

    const consent = await send(
      url,
      '/idp/consent',
      form({ request: found[0]!.request, persona: found[0]!.handle }),
    );
    expect(consent.status).toBe(200);
    expect(consent.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(consent.headers['x-frame-options']).toBe('DENY');
    expect(consent.text).toContain('Thông tin cơ bản về dân cư');
    expect(consent.text).toContain('basic population data');
    expect(consent.text).toContain(CLIENT);
    expect(consent.text).toContain(PURPOSE);
    expect(consent.text).toContain('Đồng ý');
    expect(consent.text).toContain('Từ chối');
    expect(consent.text).not.toContain(persona.personalId);

    const decision = await send(
      url,
      '/idp/decision',
      form({ ticket: ticketOf(consent.text), decision: 'agree' }),
    );
    expect(decision.status).toBe(302);
    const back = new URL(decision.headers.location!);
    expect(`${back.origin}${back.pathname}`).toBe('https://portal.example.gov.vn/login/callback');
    expect(back.searchParams.get('from')).toBe('idp');
    expect(back.searchParams.get('state')).toBe('st-123');
    const code = back.searchParams.get('code')!;
    expect(code).toMatch(/^[\w-]{40,}$/);

    const token = await exchange(url, code);
    expect(token.status).toBe(200);
    expect(token.headers['cache-control']).toBe('no-store');
    expect(token.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 600,
      scope: 'openid population.basic',
    });

    const keys = createLocalJWKSet(mock.idpJwks as never);
    const { payload: id } = await jwtVerify(token.json.id_token, keys, {
      issuer: `${url}/idp`,
      audience: CLIENT,
      currentDate: new Date(clock),
    });
    expect(id).toMatchObject({
      sub: persona.personalId,
      nonce: 'n-456',
      iat: START / 1000,
      exp: START / 1000 + 600,
    });

    // The same consent token mock.consent() would issue.
    const issued = decodeJwt(token.json.consent_token);
    const reference = decodeJwt(
      mock.consent(persona.personalId, ['population.basic'], PURPOSE, { client: CLIENT }),
    );
    expect({ ...issued, jti: 'x' }).toEqual({ ...reference, jti: 'x' });

    const pop = population(createGateway(mock.gatewayOptions()), { encoding: 'rest' });
    const citizen = await pop.getCitizen(lookupOf(persona), {
      purpose: PURPOSE,
      caseId: 'H23.01-241122-0001',
      officerId: MOCK_OFFICER_ID,
      consent: token.json.consent_token,
    });
    expect(citizen.name.full).toBe(persona.fullName);

    // Nothing the identity provider received carries the personal id.
    const idpCalls = mock.calls.filter((c) => c.path.startsWith('/idp/'));
    expect(idpCalls.length).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(idpCalls)).not.toContain(persona.personalId);
  });

  it('filters by tag and says how many it does not show', async () => {
    const tagged = mock.world.byTag('d-stroke');
    const answer = await send(url, `/idp/authorize?${authorizeQuery()}&q=d-stroke`);
    expect(pickerEntries(answer.text).map((e) => e.name)).toEqual(
      tagged.slice(0, PICKER_LIMIT).map((p) => p.fullName),
    );
    const all = await send(url, `/idp/authorize?${authorizeQuery()}`);
    if (mock.personas.length > PICKER_LIMIT) {
      expect(all.text).toContain(`Showing ${PICKER_LIMIT} of ${mock.personas.length} citizens.`);
    }
    const none = await send(url, `/idp/authorize?${authorizeQuery()}&q=zzzz-nobody`);
    expect(pickerEntries(none.text)).toEqual([]);
    expect(none.text).toContain('No citizen found.');
  });

  it('redirects a refusal with access_denied, and the answered request cannot be answered again', async () => {
    const persona = uniquelyNamed(mock);
    const picker = await send(
      url,
      `/idp/authorize?${authorizeQuery()}&q=${encodeURIComponent(persona.fullName)}`,
    );
    const entry = pickerEntries(picker.text)[0]!;
    const consent = await send(url, '/idp/consent', form({ request: entry.request, persona: entry.handle }));
    const ticket = ticketOf(consent.text);
    const refused = await send(url, '/idp/decision', form({ ticket, decision: 'refuse' }));
    expect(refused.status).toBe(302);
    const back = new URL(refused.headers.location!);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-123');
    expect(back.searchParams.has('code')).toBe(false);

    const again = await send(url, '/idp/decision', form({ ticket, decision: 'agree' }));
    expect(again.status).toBe(400);
    expect(again.headers.location).toBeUndefined();
  });

  it('issues nothing without an explicit Agree', async () => {
    const persona = uniquelyNamed(mock);
    const picker = await send(
      url,
      `/idp/authorize?${authorizeQuery()}&q=${encodeURIComponent(persona.fullName)}`,
    );
    const entry = pickerEntries(picker.text)[0]!;
    const consent = await send(url, '/idp/consent', form({ request: entry.request, persona: entry.handle }));
    const ticket = ticketOf(consent.text);
    const attempts: Array<Record<string, string>> = [
      { ticket },
      { ticket, decision: 'yes' },
      { ticket, decision: '' },
    ];
    for (const fields of attempts) {
      const answer = await send(url, '/idp/decision', form(fields));
      expect(answer.status).toBe(400);
      expect(answer.headers.location).toBeUndefined();
      expect(answer.text).toContain('Nothing was shared');
    }
    // A forged or unknown ticket gives nothing either.
    expect((await send(url, '/idp/decision', form({ ticket: 'forged', decision: 'agree' }))).status).toBe(
      400,
    );
    // The real answer still works afterwards.
    expect(codeOf(await send(url, '/idp/decision', form({ ticket, decision: 'agree' })))).toBeTruthy();
  });

  it('refuses a code used twice, and revokes the consent it gave', async () => {
    clock = START;
    const persona = uniquelyNamed(mock);
    const code = codeOf(await signIn(url, persona, 'agree'));
    const first = await exchange(url, code);
    expect(first.status).toBe(200);
    const replay = await exchange(url, code);
    expect(replay.status).toBe(400);
    expect(replay.json.error).toBe('invalid_grant');

    const pop = population(createGateway(mock.gatewayOptions()), { encoding: 'rest' });
    await expect(
      pop.getCitizen(lookupOf(persona), {
        purpose: PURPOSE,
        caseId: 'H23.01-1',
        officerId: MOCK_OFFICER_ID,
        consent: first.json.consent_token,
      }),
    ).rejects.toBeInstanceOf(PolicyError);
    // Refused by the provider (the revocation is the identity provider's), not by the client.
    expect(mock.calls.at(-1)).toMatchObject({ service: 'population.citizen.get.rest', status: 403 });
  });

  it('binds the code to its redirect_uri and client', async () => {
    clock = START;
    const code = codeOf(await signIn(url, uniquelyNamed(mock), 'agree'));
    const wrongUri = await exchange(url, code, {
      redirect_uri: 'https://portal.example.gov.vn/login/callback',
    });
    expect(wrongUri.status).toBe(400);
    expect(wrongUri.json.error).toBe('invalid_grant');
    const wrongClient = await exchange(url, code, { client_id: OTHER_CLIENT });
    expect(wrongClient.status).toBe(400);
    expect(wrongClient.json.error).toBe('invalid_grant');
    // Failed attempts do not consume the code.
    expect((await exchange(url, code)).status).toBe(200);
  });

  it('lets a code expire after 60 seconds', async () => {
    clock = START;
    const code = codeOf(await signIn(url, uniquelyNamed(mock), 'agree'));
    clock = START + 60_000;
    const late = await exchange(url, code);
    expect(late.status).toBe(400);
    expect(late.json).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/expired/),
    });
    clock = START;
  });

  it('answers malformed token requests as RFC 6749 says', async () => {
    const cases: Array<[Record<string, string>, number, string]> = [
      [
        { grant_type: 'client_credentials', code: 'x', redirect_uri: REDIRECT, client_id: CLIENT },
        400,
        'unsupported_grant_type',
      ],
      [
        { grant_type: 'authorization_code', redirect_uri: REDIRECT, client_id: CLIENT },
        400,
        'invalid_request',
      ],
      [{ grant_type: 'authorization_code', code: 'x', client_id: CLIENT }, 400, 'invalid_request'],
      [{ grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT }, 400, 'invalid_request'],
      [
        { grant_type: 'authorization_code', code: 'nope', redirect_uri: REDIRECT, client_id: CLIENT },
        400,
        'invalid_grant',
      ],
      [
        { grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT, client_id: 'VN/GOV/1/NOBODY' },
        401,
        'invalid_client',
      ],
    ];
    for (const [fields, status, error] of cases) {
      const answer = await send(
        url,
        '/idp/token',
        form({ code_verifier: VERIFIER, client_secret: SECRETS[CLIENT]!, ...fields }),
      );
      expect([answer.status, answer.json.error]).toEqual([status, error]);
    }
    const json = await send(url, '/idp/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"grant_type":"authorization_code"}',
    });
    expect([json.status, json.json.error]).toEqual([400, 'invalid_request']);
    const repeated = await send(url, '/idp/token', {
      method: 'POST',
      headers: FORM,
      body: `grant_type=authorization_code&code=a&code=b&redirect_uri=${encodeURIComponent(REDIRECT)}&client_id=${encodeURIComponent(CLIENT)}`,
    });
    expect([repeated.status, repeated.json.error]).toEqual([400, 'invalid_request']);
    expect((await send(url, '/idp/token')).status).toBe(405);
  });

  it('shows an error page, and redirects nowhere, for an invalid authorization request', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ client_id: 'VN/GOV/000.00.00.H00/UNKNOWN' }, /client_id .*not a registered portal/],
      [{ client_id: 'not-an-id' }, /client_id/],
      [{ redirect_uri: '/relative/callback' }, /redirect_uri must be an absolute http\(s\) URL/],
      [{ redirect_uri: 'javascript:alert(1)' }, /redirect_uri/],
      [{ redirect_uri: 'https://portal.example.gov.vn/cb#frag' }, /redirect_uri/],
      [{ redirect_uri: 'https://user:pw@portal.example.gov.vn/cb' }, /redirect_uri/],
      [{ response_type: 'token' }, /response_type/],
      [{ scope: 'openid population.everything' }, /Unknown scope: population\.everything/],
      [{ scope: 'population.basic' }, /openid/],
      [{ scope: 'openid' }, /at least one data category/],
      [{ scope: 'openid  population.basic' }, /scope/],
      [{ purpose: '' }, /purpose/],
      [{ purpose: '1.001193 OR 1=1' }, /purpose must be a procedure code/],
      [{ client_id: OTHER_CLIENT }, /may not use data for this purpose/],
      [{ state: 'x'.repeat(513) }, /state/],
    ];
    for (const [extra, message] of cases) {
      const answer = await send(url, `/idp/authorize?${authorizeQuery(extra)}`);
      expect(answer.status, JSON.stringify(extra)).toBe(400);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers.location).toBeUndefined();
      expect(unescapeHtml(answer.text), JSON.stringify(extra)).toMatch(message);
      expect(answer.text).toContain('Yêu cầu không hợp lệ');
    }
    const repeated = await send(url, `/idp/authorize?${authorizeQuery()}&scope=openid`);
    expect(repeated.status).toBe(400);
    expect(repeated.text).toContain('The scope parameter is repeated.');
    const missing = await send(url, `/idp/authorize?client_id=${encodeURIComponent(CLIENT)}`);
    expect(missing.text).toContain('The required parameter redirect_uri is missing.');
    // The other portal, with a purpose it may use, is fine.
    expect(
      (await send(url, `/idp/authorize?${authorizeQuery({ client_id: OTHER_CLIENT, purpose: '2.000001' })}`))
        .status,
    ).toBe(200);
  });

  it('escapes everything it echoes', async () => {
    const q = '<script>alert("x")</script>';
    const answer = await send(
      url,
      `/idp/authorize?${authorizeQuery({ state: '"><script>alert(1)</script>' })}&q=${encodeURIComponent(q)}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.text).not.toContain('<script>');
    expect(answer.text).toContain('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(answer.text).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");

    const unknownScope = await send(url, `/idp/authorize?${authorizeQuery({ scope: 'openid <img/src=x>' })}`);
    expect(unknownScope.status).toBe(400);
    expect(unknownScope.text).not.toContain('<img');

    const unknownClient = await send(url, `/idp/authorize?${authorizeQuery({ client_id: 'VN/<b>/X/Y' })}`);
    expect(unknownClient.text).toContain('VN/&lt;b&gt;/X/Y');
  });

  it('refuses a consent form for an unknown request or persona', async () => {
    const picker = await send(url, `/idp/authorize?${authorizeQuery()}`);
    const entry = pickerEntries(picker.text)[0]!;
    expect((await send(url, '/idp/consent', form({ request: 'nope', persona: entry.handle }))).status).toBe(
      400,
    );
    expect(
      (await send(url, '/idp/consent', form({ request: entry.request, persona: 'nobody' }))).status,
    ).toBe(400);
    expect((await send(url, '/idp/consent', form({ request: entry.request }))).status).toBe(400);
    const asJson = await send(url, '/idp/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request: entry.request, persona: entry.handle }),
    });
    expect(asJson.status).toBe(400);
    expect((await send(url, '/idp/consent')).status).toBe(405);
  });

  it('forgets a sign-in left unanswered for 10 minutes', async () => {
    clock = START;
    const picker = await send(url, `/idp/authorize?${authorizeQuery()}`);
    const entry = pickerEntries(picker.text)[0]!;
    clock = START + 10 * 60_000;
    const late = await send(url, '/idp/consent', form({ request: entry.request, persona: entry.handle }));
    expect(late.status).toBe(400);
    expect(late.text).toContain('has expired');
    clock = START;
  });
});

describe('the same flow through the other transports', () => {
  it('works in-process through the dispatcher', async () => {
    const mock = createMockPlatform({ seed: 42, now: () => START });
    try {
      const persona = uniquelyNamed(mock);
      const code = codeOf(await signIn(mock, persona, 'agree'));
      const token = await exchange(mock, code);
      expect(token.status).toBe(200);
      const citizen = await population(createGateway(mock.gatewayOptions()), { encoding: 'rest' }).getCitizen(
        lookupOf(persona),
        {
          purpose: PURPOSE,
          caseId: 'H23.01-1',
          officerId: MOCK_OFFICER_ID,
          consent: token.json.consent_token,
        },
      );
      expect(citizen.name.full).toBe(persona.fullName);
      const config = await send(mock, '/idp/.well-known/openid-configuration');
      expect(config.json.token_endpoint).toBe(`${mock.origin}/idp/token`);
    } finally {
      await mock.close();
    }
  });

  it('works with fetch under msw, following redirects by hand', async () => {
    const mock = createMockPlatform({ seed: 42, now: () => START });
    const server = setupServer(...mock.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const persona = uniquelyNamed(mock);
      const base = mock.origin;
      const picker = await fetch(
        `${base}/idp/authorize?${authorizeQuery()}&q=${encodeURIComponent(persona.fullName)}`,
      );
      expect(picker.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const entry = pickerEntries(await picker.text())[0]!;
      const consent = await fetch(`${base}/idp/consent`, {
        method: 'POST',
        body: new URLSearchParams({ request: entry.request, persona: entry.handle }),
      });
      const decision = await fetch(`${base}/idp/decision`, {
        method: 'POST',
        body: new URLSearchParams({ ticket: ticketOf(await consent.text()), decision: 'agree' }),
        redirect: 'manual',
      });
      expect(decision.status).toBe(302);
      const code = new URL(decision.headers.get('location')!).searchParams.get('code')!;
      const token = await fetch(`${base}/idp/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: REDIRECT,
          client_id: CLIENT,
          client_secret: SECRETS[CLIENT]!,
          code_verifier: VERIFIER,
        }),
      });
      expect(token.status).toBe(200);
      const body = (await token.json()) as Json;
      expect(decodeJwt(body.consent_token).sub).toBe(persona.personalId);
    } finally {
      server.close();
      await mock.close();
    }
  });
});

it('undici sees the 302 itself (redirects are the portal test’s to follow)', async () => {
  const mock = createMockPlatform({ seed: 42, now: () => START });
  try {
    const { url } = await mock.listen();
    const persona = mock.personas[0]!;
    const picker = await undiciRequest(`${url}/idp/authorize?${authorizeQuery()}`);
    const entry = pickerEntries(await picker.body.text()).find((e) => e.name === persona.fullName)!;
    const consent = await undiciRequest(`${url}/idp/consent`, {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ request: entry.request, persona: entry.handle }).toString(),
    });
    const decision = await undiciRequest(`${url}/idp/decision`, {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({
        ticket: ticketOf(await consent.body.text()),
        decision: 'agree',
      }).toString(),
    });
    await decision.body.dump();
    expect(decision.statusCode).toBe(302);
    expect(String(decision.headers.location)).toMatch(
      /^https:\/\/portal\.example\.gov\.vn\/login\/callback\?from=idp&code=/,
    );
  } finally {
    await mock.close();
  }
});
