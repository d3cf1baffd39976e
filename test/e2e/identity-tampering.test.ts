/**
 * @onceonly/identity refuses what it must, against the mock identity provider over loopback: ID tokens
 * tampered with (signature, audience, expiry, issuer, nonce), signing keys that cannot be fetched,
 * discovery naming another issuer, a crafted callback error.
 */
import { createRelyingParty, oidcProfile, type RelyingPartyOptions, SignInError } from '@onceonly/identity';
import { createMockPlatform } from '@onceonly/mock';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browse } from '../support/idp-browser.js';
import { citizenOf } from '../support/idp-personas.js';

const PURPOSE = '1.001193';
const REDIRECT = 'https://portal.example.gov.vn/login/callback';

describe('a provider that is down or not the one configured', () => {
  it('is retryable when its keys cannot be fetched, and refused when discovery names another issuer', async () => {
    const mock = createMockPlatform({ seed: 42, identityProvider: { issuer: 'https://sso.example.gov.vn' } });
    const plain = createMockPlatform({ seed: 42 });
    try {
      const { url } = await mock.listen();
      const options = {
        issuer: `${url}/idp`,
        clientId: mock.client,
        redirectUri: REDIRECT,
        clientAuth: { method: 'client_secret_basic', clientSecret: mock.credentials.clientSecret },
        profile: oidcProfile(),
      } as const;
      await expect(
        createRelyingParty(options).authorizationUrl({ scope: 'population.basic', purpose: PURPOSE }),
      ).rejects.toMatchObject({ code: 'SIGNIN_ANSWER_INVALID', message: expect.stringContaining('issuer') });

      const { url: plainUrl } = await plain.listen();
      const keysDown: typeof fetch = (input, init) =>
        String(input).endsWith('/idp/jwks.json')
          ? Promise.reject(new TypeError('fetch failed'))
          : fetch(input, init);
      const rp = createRelyingParty({ ...options, issuer: `${plainUrl}/idp`, fetch: keysDown });
      const tx = await rp.authorizationUrl({ scope: 'population.basic', purpose: PURPOSE });
      const { callbackUrl } = await browse(tx.url, citizenOf(plain));
      await expect(rp.callback(callbackUrl, tx)).rejects.toMatchObject({
        code: 'IDENTITY_PROVIDER_UNAVAILABLE',
        retryable: true,
      });

      // A crafted error in the callback is not copied into the message.
      const tx2 = await rp.authorizationUrl({ scope: 'population.basic', purpose: PURPOSE });
      const crafted = new URL(REDIRECT);
      crafted.searchParams.set('error', 'access_denied <script>001203012345');
      crafted.searchParams.set('state', tx2.state);
      const error = await rp.callback(crafted, tx2).catch((e: SignInError) => e);
      expect(error).toMatchObject({ code: 'SIGNIN_REFUSED', upstreamCode: 'unknown_error' });
      expect(JSON.stringify(error)).not.toMatch(/script|001203012345/);
    } finally {
      await Promise.all([mock.close(), plain.close()]);
    }
  });
});

describe('tampered ID tokens', () => {
  const mock = createMockPlatform({ seed: 42 });
  let base: RelyingPartyOptions;
  let testKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let testJwks: { keys: Array<Record<string, unknown>> };
  beforeAll(async () => {
    const { url } = await mock.listen();
    base = {
      issuer: `${url}/idp`,
      clientId: mock.client,
      redirectUri: REDIRECT,
      clientAuth: { method: 'client_secret_post', clientSecret: mock.credentials.clientSecret },
      profile: oidcProfile(),
    };
    const pair = await generateKeyPair('ES256');
    testKey = pair.privateKey;
    testJwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'test', alg: 'ES256' }] };
  });
  afterAll(() => mock.close());

  /** A fetch that replaces the token answer's ID token with `tamper(original)`. */
  const tampering =
    (tamper: (idToken: string) => Promise<string> | string): typeof fetch =>
    async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith('/idp/token') || !response.ok) return response;
      const body = (await response.json()) as Record<string, unknown>;
      body.id_token = await tamper(String(body.id_token));
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
  const resign = (changes: Record<string, unknown>) => async (idToken: string) =>
    new SignJWT({ ...decodeJwt(idToken), ...changes })
      .setProtectedHeader({ alg: 'ES256', kid: 'test' })
      .sign(testKey);

  async function refusal(options: Partial<RelyingPartyOptions>): Promise<unknown> {
    const rp = createRelyingParty({ ...base, ...options });
    const tx = await rp.authorizationUrl({ scope: 'population.basic', purpose: PURPOSE });
    const { callbackUrl } = await browse(tx.url, citizenOf(mock));
    return rp.callback(callbackUrl, tx).then(
      () => 'accepted',
      (error: unknown) => error,
    );
  }

  it('accepts a token re-signed with a pinned key when nothing else changed (the harness is sound)', async () => {
    const ok = await refusal({ keys: testJwks, fetch: tampering(resign({})) });
    expect(ok).toBe('accepted');
  });

  it('refuses an altered signature (keys from jwks_uri)', async () => {
    const flipped = (t: string) => {
      const [head, payload, signature] = t.split('.');
      const sub = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const altered = Buffer.from(JSON.stringify({ ...sub, sub: '001203099999' })).toString('base64url');
      return `${head}.${altered}.${signature}`;
    };
    expect(await refusal({ fetch: tampering(flipped) })).toMatchObject({
      name: 'SignInError',
      code: 'SIGNIN_TOKEN_INVALID',
      message: expect.stringContaining('signature'),
    });
    // Signed by a key the provider does not publish.
    expect(await refusal({ fetch: tampering(resign({})) })).toMatchObject({ code: 'SIGNIN_TOKEN_INVALID' });
  });

  it('refuses another audience, an expired token and another issuer', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const changes of [
      { aud: 'VN/GOV/000.00.00.H99/OTHER' },
      { iat: now - 3600, exp: now - 1800 },
      { iss: 'https://idp.attacker.example' },
    ]) {
      const error = await refusal({ keys: testJwks, fetch: tampering(resign(changes)) });
      expect(error, JSON.stringify(changes)).toMatchObject({ code: 'SIGNIN_TOKEN_INVALID' });
      expect(SignInError.isInstance(error)).toBe(true);
    }
  });

  it("refuses a nonce that is not the session's (a token replayed into another sign-in)", async () => {
    expect(await refusal({ keys: testJwks, fetch: tampering(resign({ nonce: 'replayed' })) })).toMatchObject({
      code: 'SIGNIN_NONCE_MISMATCH',
    });
  });
});
