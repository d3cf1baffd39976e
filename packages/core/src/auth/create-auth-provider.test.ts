import { inspect } from 'node:util';
import { decodeProtectedHeader, exportJWK, exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { errors as undiciErrors } from 'undici';
import { describe, expect, it } from 'vitest';
import { mockAgentPerTest } from '../transport/mock-agent.fixture.js';
import {
  AuthError,
  InputError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  UpstreamError,
} from '../errors/onceonly-error.js';
import { createAuthProvider } from './create-auth-provider.js';
import type { AuthProvider } from './types.js';

const BASE = 'https://lgsp.example.gov.vn';
const TOKEN_URL = `${BASE}/oauth2/token`;
const SECRET = 'very-secret-value-42';

const agent = mockAgentPerTest();

interface Seen {
  headers: Record<string, string>;
  form: URLSearchParams;
}

/** A token endpoint that records each request and answers `answer(n)`. */
function tokenEndpoint(
  answer: (n: number) => { statusCode: number; data?: unknown; headers?: Record<string, string> } = () =>
    ok(),
) {
  const seen: Seen[] = [];
  agent
    .get(BASE)
    .intercept({ path: '/oauth2/token', method: 'POST' })
    .reply((opts) => {
      seen.push({
        headers: opts.headers as Record<string, string>,
        form: new URLSearchParams(String(opts.body)),
      });
      const { statusCode, data, headers } = answer(seen.length);
      return {
        statusCode,
        data: typeof data === 'string' ? data : JSON.stringify(data),
        responseOptions: headers ? { headers } : {},
      };
    })
    .persist();
  return seen;
}

const ok = (token = 'tok-1', expiresIn: unknown = 300) => ({
  statusCode: 200,
  data: { access_token: token, token_type: 'Bearer', expires_in: expiresIn },
});

function basic(extra: Record<string, unknown> = {}): AuthProvider {
  return createAuthProvider(
    {
      type: 'oauth2',
      method: 'client_secret_basic',
      clientId: 'portal-h23',
      clientSecret: SECRET,
      ...extra,
    } as never,
    { baseUrl: BASE },
  );
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Nothing secret anywhere a log could pick it up: message, JSON, cause, inspect (stack included). */
function expectNoSecrets(error: unknown, secrets: string[]) {
  const views = [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: 5 })];
  for (const view of views) for (const secret of secrets) expect(view).not.toContain(secret);
}

describe("createAuthProvider: 'none' and custom", () => {
  it("'none' adds no headers", async () => {
    expect(await createAuthProvider('none', { baseUrl: BASE }).headers({ dispatcher: agent })).toEqual({});
    expect(await createAuthProvider(undefined, { baseUrl: BASE }).headers({ dispatcher: agent })).toEqual({});
  });

  it('passes a custom provider through unchanged', () => {
    const custom: AuthProvider = { headers: async () => ({ 'x-api-key': 'k' }) };
    expect(createAuthProvider(custom, { baseUrl: BASE })).toBe(custom);
    const typed = { type: 'api-key', headers: async () => ({}) } as unknown as AuthProvider;
    expect(createAuthProvider(typed, { baseUrl: BASE })).toBe(typed);
  });
});

describe('createAuthProvider: configuration errors at creation', () => {
  const cases: Array<[string, unknown, string]> = [
    [
      'missing clientId',
      { type: 'oauth2', method: 'client_secret_basic', clientSecret: 'x' },
      'auth.clientId',
    ],
    ['missing secret', { type: 'oauth2', method: 'client_secret_basic', clientId: 'c' }, 'auth.clientSecret'],
    ['missing private key', { type: 'oauth2', method: 'private_key_jwt', clientId: 'c' }, 'auth.privateKey'],
    [
      'bad PEM',
      {
        type: 'oauth2',
        method: 'private_key_jwt',
        clientId: 'c',
        privateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      },
      'auth.privateKey',
    ],
    [
      'not PKCS#8',
      { type: 'oauth2', method: 'private_key_jwt', clientId: 'c', privateKey: 'hello' },
      'auth.privateKey',
    ],
    [
      'public JWK',
      {
        type: 'oauth2',
        method: 'private_key_jwt',
        clientId: 'c',
        privateKey: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b' },
      },
      'auth.privateKey',
    ],
    ['unknown method', { type: 'oauth2', method: 'client_secret_post', clientId: 'c' }, 'auth.method'],
    ['unknown type', { type: 'saml' }, 'auth.type'],
    [
      'bad token URL',
      {
        type: 'oauth2',
        method: 'client_secret_basic',
        clientId: 'c',
        clientSecret: 'x',
        tokenUrl: 'ftp://x',
      },
      'auth.tokenUrl',
    ],
    [
      'negative skew',
      { type: 'oauth2', method: 'client_secret_basic', clientId: 'c', clientSecret: 'x', refreshSkewMs: -1 },
      'auth.refreshSkewMs',
    ],
  ];
  it.each(cases)('%s → InputError INVALID_CONFIG', (_name, options, field) => {
    const error = (() => {
      try {
        createAuthProvider(options as never, { baseUrl: BASE });
      } catch (e) {
        return e;
      }
    })();
    expect(InputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_CONFIG', fields: [field] });
  });

  it('refuses an algorithm that does not fit the key', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    expect(() =>
      createAuthProvider(
        { type: 'oauth2', method: 'private_key_jwt', clientId: 'c', privateKey: pem, algorithm: 'RS256' },
        { baseUrl: BASE },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', fields: ['auth.algorithm'] }));
  });

  it('never quotes the key in a configuration error', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const lines = (await exportPKCS8(privateKey)).split('\n');
    const body = `${lines[1]!.slice(0, 20)}!!!!`; // corrupt the key material, keep the PEM frame
    lines[1] = body + lines[1]!.slice(24);
    const pem = lines.join('\n');
    try {
      createAuthProvider(
        { type: 'oauth2', method: 'private_key_jwt', clientId: 'c', privateKey: pem },
        { baseUrl: BASE },
      );
      expect.unreachable();
    } catch (error) {
      expectNoSecrets(error, [body]);
    }
  });
});

describe('createAuthProvider: private_key_jwt', () => {
  it('sends a valid RFC 7523 client assertion and returns a bearer header', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    const seen = tokenEndpoint();
    const clock = 1_800_000_000_000;
    const auth = createAuthProvider(
      {
        type: 'oauth2',
        method: 'private_key_jwt',
        clientId: 'portal-h23',
        privateKey: pem,
        keyId: 'k1',
        scope: 'population.basic',
      },
      { baseUrl: BASE, now: () => clock },
    );
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer tok-1' });

    const { form, headers } = seen[0]!;
    expect(headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(headers.authorization).toBeUndefined();
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(form.get('scope')).toBe('population.basic');
    const assertion = form.get('client_assertion')!;
    expect(decodeProtectedHeader(assertion)).toMatchObject({ alg: 'ES256', kid: 'k1' });
    const { payload } = await jwtVerify(assertion, publicKey, {
      issuer: 'portal-h23',
      subject: 'portal-h23',
      audience: TOKEN_URL,
      currentDate: new Date(clock),
    });
    expect(payload.iat).toBe(clock / 1000);
    expect(payload.exp).toBe(clock / 1000 + 60);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('uses a fresh jti per token request, and the configured audience', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const seen = tokenEndpoint((n) => ok(`tok-${n}`));
    const auth = createAuthProvider(
      {
        type: 'oauth2',
        method: 'private_key_jwt',
        clientId: 'c',
        privateKey: await exportJWK(privateKey),
        audience: 'https://idp.example',
      },
      { baseUrl: BASE },
    );
    await auth.headers({ dispatcher: agent });
    auth.invalidate?.();
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer tok-2' });
    const claims = await Promise.all(
      seen.map(
        async (s) =>
          (await jwtVerify(s.form.get('client_assertion')!, publicKey, { audience: 'https://idp.example' }))
            .payload,
      ),
    );
    expect(claims[0]!.jti).not.toBe(claims[1]!.jti);
  });

  it.each([
    ['RS256', 'RSA' as const],
    ['EdDSA', 'Ed25519' as const],
    ['ES384', 'ES384' as const],
  ])('defaults the algorithm by key type: %s', async (alg, kind) => {
    const { privateKey, publicKey } = await generateKeyPair(
      kind === 'RSA' ? 'RS256' : kind === 'Ed25519' ? 'EdDSA' : 'ES384',
      {
        extractable: true,
        ...(kind === 'Ed25519' ? { crv: 'Ed25519' } : {}),
      },
    );
    const seen = tokenEndpoint();
    const auth = createAuthProvider(
      { type: 'oauth2', method: 'private_key_jwt', clientId: 'c', privateKey: await exportPKCS8(privateKey) },
      { baseUrl: BASE },
    );
    await auth.headers({ dispatcher: agent });
    const assertion = seen[0]!.form.get('client_assertion')!;
    expect(decodeProtectedHeader(assertion).alg).toBe(alg);
    await expect(jwtVerify(assertion, publicKey)).resolves.toBeTruthy();
  });

  it('keeps the assertion out of transport errors', async () => {
    // A body matcher that fails: undici's mock error then quotes the request body, assertion included.
    agent.get(BASE).intercept({ path: '/oauth2/token', method: 'POST', body: 'never' }).reply(200, '');
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const auth = createAuthProvider(
      { type: 'oauth2', method: 'private_key_jwt', clientId: 'c', privateKey: await exportPKCS8(privateKey) },
      { baseUrl: BASE },
    );
    const error = await failure(auth.headers({ dispatcher: agent }));
    expect(NetworkError.isInstance(error)).toBe(true);
    expectNoSecrets(error, ['client_assertion', 'eyJ']);
  });
});

describe('createAuthProvider: client_secret_basic', () => {
  it('authenticates with HTTP Basic and form-encoded credentials', async () => {
    const seen = tokenEndpoint();
    const auth = createAuthProvider(
      { type: 'oauth2', method: 'client_secret_basic', clientId: 'VN/GOV:portal', clientSecret: 'a b' },
      { baseUrl: BASE },
    );
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer tok-1' });
    expect(seen[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('VN%2FGOV%3Aportal:a+b').toString('base64')}`,
    );
    expect(seen[0]!.form.toString()).toBe('grant_type=client_credentials');
  });

  it('makes exactly one token request for 10 concurrent calls', async () => {
    const seen = tokenEndpoint();
    const auth = basic();
    const all = await Promise.all(Array.from({ length: 10 }, () => auth.headers({ dispatcher: agent })));
    expect(seen).toHaveLength(1);
    expect(all.every((h) => h.authorization === 'Bearer tok-1')).toBe(true);
  });

  it('refreshes before expiry with the injected clock', async () => {
    let clock = 0;
    const seen = tokenEndpoint((n) => ok(`tok-${n}`, 120));
    const auth = createAuthProvider(
      {
        type: 'oauth2',
        method: 'client_secret_basic',
        clientId: 'c',
        clientSecret: SECRET,
        refreshSkewMs: 20_000,
      },
      { baseUrl: BASE, now: () => clock },
    );
    await auth.headers({ dispatcher: agent });
    clock = 99_999;
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer tok-1' });
    clock = 100_000;
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer tok-2' });
    expect(seen).toHaveLength(2);
  });

  it('does not cache a refused request', async () => {
    const seen = tokenEndpoint((n) =>
      n === 1 ? { statusCode: 401, data: { error: 'invalid_client' } } : ok(),
    );
    const auth = basic();
    await expect(auth.headers({ dispatcher: agent })).rejects.toThrow(AuthError);
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer tok-1' });
    expect(seen).toHaveLength(2);
  });
});

describe('createAuthProvider: token endpoint errors', () => {
  const secrets = [SECRET, Buffer.from(`portal-h23:${SECRET}`).toString('base64'), 'tok-'];

  it('400/401 → AuthError TOKEN_REQUEST_FAILED naming the OAuth error, never the secret', async () => {
    tokenEndpoint(() => ({
      statusCode: 401,
      data: { error: 'invalid_client', error_description: `bad secret ${SECRET}` },
    }));
    const error = await failure(basic().headers({ dispatcher: agent }));
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'TOKEN_REQUEST_FAILED',
      status: 401,
      upstreamCode: 'invalid_client',
      retryable: false,
    });
    expect((error as Error).message).toContain('invalid_client');
    expectNoSecrets(error, secrets);
  });

  it('never echoes an OAuth error code it does not know', async () => {
    tokenEndpoint(() => ({ statusCode: 400, data: { error: 'x001203012345' } }));
    const error = await failure(basic().headers({ dispatcher: agent }));
    expect(error).toMatchObject({ code: 'TOKEN_REQUEST_FAILED', upstreamCode: 'unknown' });
    expectNoSecrets(error, ['001203012345']);
  });

  it('400 without a JSON body still gives TOKEN_REQUEST_FAILED', async () => {
    tokenEndpoint(() => ({ statusCode: 400, data: 'nope' }));
    expect(await failure(basic().headers({ dispatcher: agent }))).toMatchObject({
      code: 'TOKEN_REQUEST_FAILED',
      status: 400,
    });
  });

  it.each([
    ['not JSON', 'access_token=abc'],
    ['no access_token', { token_type: 'Bearer', expires_in: 60 }],
    ['wrong token_type', { access_token: 'x', token_type: 'DPoP', expires_in: 60 }],
    ['header injection', { access_token: 'x\r\nSet-Cookie: a', token_type: 'Bearer', expires_in: 60 }],
    ['bad expires_in', { access_token: 'x', token_type: 'Bearer', expires_in: -5 }],
    ['array', [1]],
  ])('malformed answer (%s) → AuthError TOKEN_RESPONSE_INVALID', async (_name, data) => {
    tokenEndpoint(() => ({ statusCode: 200, data }));
    const error = await failure(basic().headers({ dispatcher: agent }));
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'TOKEN_RESPONSE_INVALID' });
  });

  it('refuses a token response over 64 KiB', async () => {
    tokenEndpoint(() => ({
      statusCode: 200,
      data: { access_token: 'x'.repeat(70_000), token_type: 'Bearer', expires_in: 60 },
    }));
    const error = await failure(basic().headers({ dispatcher: agent }));
    expect(error).toMatchObject({ code: 'TOKEN_RESPONSE_INVALID' });
    expect((error as Error).message).toContain('64 KiB');
  });

  it('accepts expires_in as a numeric string, and a missing one', async () => {
    tokenEndpoint((n) =>
      n === 1 ? ok('a', '60') : { statusCode: 200, data: { access_token: 'b', token_type: 'bearer' } },
    );
    const auth = basic();
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer a' });
    auth.invalidate?.();
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer b' });
  });

  it('5xx → retryable UpstreamError; 429 → RateLimitError with Retry-After', async () => {
    tokenEndpoint((n) =>
      n === 1
        ? { statusCode: 503, data: '' }
        : { statusCode: 429, data: '', headers: { 'retry-after': '7' } },
    );
    const auth = basic();
    const first = await failure(auth.headers({ dispatcher: agent }));
    expect(UpstreamError.isInstance(first)).toBe(true);
    expect(first).toMatchObject({ retryable: true, status: 503 });
    const second = await failure(auth.headers({ dispatcher: agent }));
    expect(RateLimitError.isInstance(second)).toBe(true);
    expect(second).toMatchObject({ retryAfterMs: 7000 });
  });

  it('transport failures → NetworkError / TimeoutError without the Authorization header', async () => {
    agent
      .get(BASE)
      .intercept({ path: '/oauth2/token', method: 'POST' })
      .replyWithError(new undiciErrors.HeadersTimeoutError());
    const auth = basic();
    const timeout = await failure(auth.headers({ dispatcher: agent }));
    expect(TimeoutError.isInstance(timeout)).toBe(true);
    // A header matcher that fails: undici's mock error then quotes the headers, Authorization included.
    agent
      .get(BASE)
      .intercept({ path: '/oauth2/token', method: 'POST', headers: { 'x-never': '1' } })
      .reply(200, '');
    const network = await failure(auth.headers({ dispatcher: agent }));
    expect(NetworkError.isInstance(network)).toBe(true);
    expectNoSecrets(network, secrets);
    expectNoSecrets(timeout, secrets);
  });

  it('posts to a configured tokenUrl', async () => {
    agent
      .get('https://idp.example')
      .intercept({ path: '/realms/x/token', method: 'POST' })
      .reply(200, { access_token: 'z', token_type: 'Bearer', expires_in: 60 });
    const auth = basic({ tokenUrl: 'https://idp.example/realms/x/token' });
    expect(await auth.headers({ dispatcher: agent })).toEqual({ authorization: 'Bearer z' });
  });
});
