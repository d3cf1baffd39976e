import { inspect } from 'node:util';
import fc from 'fast-check';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockAgentPerTest } from '../transport/mock-agent.fixture.js';
import { InputError, PolicyError, UpstreamError } from '../errors/onceonly-error.js';
import { createConsentChecker } from './consent.js';
import type { ConsentExpectation } from './consent-types.js';

const BASE = 'https://ss.example.gov.vn';
const PERSONAL_ID = '001203012345';
const CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';
const NOW = 1_800_000_000; // seconds
const ISSUER = 'https://id.example.gov.vn';

const expected: ConsentExpectation = {
  subject: PERSONAL_ID,
  audience: CLIENT,
  category: 'population.basic',
  purpose: '1.001193',
  now: NOW,
};

let idp: { privateKey: CryptoKey; jwk: JWK };
const agent = mockAgentPerTest();

beforeEach(async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  idp = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'idp-1' } };
});

const claims = (overrides: Record<string, unknown> = {}) => ({
  sub: PERSONAL_ID,
  aud: CLIENT,
  scope: 'population.basic civil.marriage',
  purpose: '1.001193',
  iss: ISSUER,
  iat: NOW - 60,
  exp: NOW + 600,
  jti: 'c0ffee-1',
  ...overrides,
});

async function token(
  overrides: Record<string, unknown> = {},
  key: CryptoKey = idp.privateKey,
  header: Record<string, unknown> = {},
) {
  const payload = Object.fromEntries(Object.entries(claims(overrides)).filter(([, v]) => v !== undefined));
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: 'idp-1', ...header }).sign(key);
}

function unsigned(payload: Record<string, unknown>, alg = 'none') {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b64({ alg, kid: 'idp-1' })}.${b64(payload)}.`;
}

async function refusal(promise: Promise<unknown>): Promise<PolicyError> {
  try {
    await promise;
  } catch (error) {
    expect(PolicyError.isInstance(error)).toBe(true);
    const e = error as PolicyError;
    // Never the personal id or the token, wherever a log could pick the error up.
    for (const view of [e.message, JSON.stringify(e), inspect(e, { depth: 5 })]) {
      expect(view).not.toContain(PERSONAL_ID);
      expect(view).not.toContain('eyJ');
    }
    expect(e.message).toMatch(/: /); // says what to do after the colon
    return e;
  }
  throw new Error('expected a refusal');
}

describe('createConsentChecker without keys (claims only)', () => {
  const checker = () => createConsentChecker(undefined, { baseUrl: BASE });

  it('accepts a valid token and returns its claims', async () => {
    expect(await checker().check(await token(), expected, { dispatcher: agent })).toEqual({
      id: 'c0ffee-1',
      subject: PERSONAL_ID,
      audience: CLIENT,
      scopes: ['population.basic', 'civil.marriage'],
      purpose: '1.001193',
      expiresAt: NOW + 600,
    });
  });

  it('accepts aud as an array, and any subject when the service has none', async () => {
    const t = await token({ aud: ['other', CLIENT], sub: '079000000001' });
    await expect(
      checker().check(t, { ...expected, subject: undefined }, { dispatcher: agent }),
    ).resolves.toMatchObject({
      audience: CLIENT,
    });
  });

  it.each([
    ['expired', { exp: NOW - 31 }, 'CONSENT_EXPIRED'],
    ['another citizen', { sub: '001203099999' }, 'CONSENT_SUBJECT_MISMATCH'],
    ['another consumer', { aud: 'VN/GOV/000.00.00.H99/OTHER' }, 'CONSENT_AUDIENCE_MISMATCH'],
    ['no aud', { aud: undefined }, 'CONSENT_AUDIENCE_MISMATCH'],
    ['scope lacks the category', { scope: 'civil.marriage population.basicx' }, 'CONSENT_SCOPE_MISSING'],
    ['no scope', { scope: undefined }, 'CONSENT_SCOPE_MISSING'],
    ['another purpose', { purpose: '1.000001' }, 'CONSENT_PURPOSE_MISMATCH'],
    ['no purpose', { purpose: undefined }, 'CONSENT_PURPOSE_MISMATCH'],
    ['no jti', { jti: undefined }, 'CONSENT_INVALID'],
    ['no sub', { sub: undefined }, 'CONSENT_INVALID'],
    ['no exp', { exp: undefined }, 'CONSENT_INVALID'],
    ['not yet valid', { nbf: NOW + 3600 }, 'CONSENT_INVALID'],
  ])('refuses %s', async (_name, overrides, code) => {
    const e = await refusal(checker().check(await token(overrides), expected, { dispatcher: agent }));
    expect(e.code).toBe(code);
    expect(e.retryable).toBe(false);
  });

  it('allows clockToleranceSec of skew (default 30 s)', async () => {
    const t = await token({ exp: NOW - 29 });
    await expect(checker().check(t, expected, { dispatcher: agent })).resolves.toBeTruthy();
    const strict = createConsentChecker({ clockToleranceSec: 0 }, { baseUrl: BASE });
    expect((await refusal(strict.check(t, expected, { dispatcher: agent }))).code).toBe('CONSENT_EXPIRED');
  });

  it('checks the issuer when one is set', async () => {
    const withIssuer = createConsentChecker({ issuer: 'https://other.example' }, { baseUrl: BASE });
    expect((await refusal(withIssuer.check(await token(), expected, { dispatcher: agent }))).code).toBe(
      'CONSENT_INVALID',
    );
  });

  it.each([
    ['garbage', 'not-a-jwt'],
    ['an empty string', ''],
    ['a JWT with a non-JSON payload', `${Buffer.from('{"alg":"ES256"}').toString('base64url')}.bm9wZQ.AAAA`],
    ['an oversized token', `${'a'.repeat(20_000)}.b.c`],
  ])('refuses %s as CONSENT_INVALID', async (_name, value) => {
    expect((await refusal(checker().check(value, expected, { dispatcher: agent }))).code).toBe(
      'CONSENT_INVALID',
    );
  });

  it('refuses alg none and HS256 even without keys', async () => {
    for (const alg of ['none', 'HS256']) {
      const e = await refusal(checker().check(unsigned(claims(), alg), expected, { dispatcher: agent }));
      expect(e.code).toBe('CONSENT_INVALID');
    }
  });

  it('any string gives claims or a PolicyError, never a crash', async () => {
    const c = checker();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/)),
        async (value) => {
          try {
            await c.check(value, expected, { dispatcher: agent });
          } catch (error) {
            expect(PolicyError.isInstance(error)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('createConsentChecker with keys', () => {
  it('verifies the signature with inline keys', async () => {
    const checker = createConsentChecker({ jwks: { keys: [idp.jwk] }, issuer: ISSUER }, { baseUrl: BASE });
    await expect(checker.check(await token(), expected, { dispatcher: agent })).resolves.toMatchObject({
      id: 'c0ffee-1',
    });
  });

  it('verifies a token without kid against the published keys', async () => {
    const checker = createConsentChecker({ jwks: { keys: [idp.jwk] } }, { baseUrl: BASE });
    await expect(
      checker.check(await token({}, idp.privateKey, { kid: undefined }), expected, { dispatcher: agent }),
    ).resolves.toBeTruthy();
  });

  it('refuses a token signed by another key as CONSENT_INVALID', async () => {
    const forger = await generateKeyPair('ES256');
    const checker = createConsentChecker({ jwks: { keys: [idp.jwk] } }, { baseUrl: BASE });
    const e = await refusal(
      checker.check(await token({}, forger.privateKey), expected, { dispatcher: agent }),
    );
    expect(e.code).toBe('CONSENT_INVALID');
    expect(e.message).toContain('bad signature');
  });

  it('refuses an altered token (a scope added after signing)', async () => {
    const checker = createConsentChecker({ jwks: { keys: [idp.jwk] } }, { baseUrl: BASE });
    const [h, , s] = (await token({ scope: 'civil.marriage' })).split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.${s}`;
    expect((await refusal(checker.check(forged, expected, { dispatcher: agent }))).code).toBe(
      'CONSENT_INVALID',
    );
  });

  it('refuses an unknown key id and an unsigned token', async () => {
    const checker = createConsentChecker({ jwks: { keys: [idp.jwk] } }, { baseUrl: BASE });
    expect(
      (
        await refusal(
          checker.check(await token({}, idp.privateKey, { kid: 'idp-9' }), expected, { dispatcher: agent }),
        )
      ).code,
    ).toBe('CONSENT_INVALID');
    expect((await refusal(checker.check(unsigned(claims()), expected, { dispatcher: agent }))).code).toBe(
      'CONSENT_INVALID',
    );
  });

  it('maps an expired but validly signed token to CONSENT_EXPIRED', async () => {
    const checker = createConsentChecker({ jwks: { keys: [idp.jwk] } }, { baseUrl: BASE });
    expect(
      (await refusal(checker.check(await token({ exp: NOW - 100 }), expected, { dispatcher: agent }))).code,
    ).toBe('CONSENT_EXPIRED');
  });

  it('refuses a wrong issuer as CONSENT_INVALID', async () => {
    const checker = createConsentChecker(
      { jwks: { keys: [idp.jwk] }, issuer: 'https://other.example' },
      { baseUrl: BASE },
    );
    expect((await refusal(checker.check(await token(), expected, { dispatcher: agent }))).code).toBe(
      'CONSENT_INVALID',
    );
  });

  it('checks one token presented by several calls at once: each call gets its own verdict', async () => {
    const checker = createConsentChecker({ jwks: { keys: [idp.jwk] } }, { baseUrl: BASE });
    const good = await token();
    const otherPurpose = { ...expected, purpose: '1.004222' };
    const [a, b, c] = await Promise.allSettled([
      checker.check(good, expected, { dispatcher: agent }),
      checker.check(good, otherPurpose, { dispatcher: agent }),
      checker.check(good, { ...expected, category: 'civil.marriage' }, { dispatcher: agent }),
    ]);
    expect(a).toMatchObject({ status: 'fulfilled', value: { id: 'c0ffee-1' } });
    expect(b).toMatchObject({ status: 'rejected', reason: { code: 'CONSENT_PURPOSE_MISMATCH' } });
    expect(c).toMatchObject({ status: 'fulfilled' });
    // A forged signature, presented by several calls at once, is refused to every one of them.
    const forger = await generateKeyPair('ES256');
    const forged = await token({ jti: 'forged' }, forger.privateKey);
    const refusals = await Promise.allSettled(
      [1, 2, 3].map(() => checker.check(forged, expected, { dispatcher: agent })),
    );
    for (const r of refusals)
      expect(r).toMatchObject({ status: 'rejected', reason: { code: 'CONSENT_INVALID' } });
    // And once settled, it is checked again (a refusal is not remembered as a pass).
    expect((await refusal(checker.check(forged, expected, { dispatcher: agent }))).code).toBe(
      'CONSENT_INVALID',
    );
  });

  it('still checks the claims after the signature', async () => {
    const checker = createConsentChecker({ jwks: { keys: [idp.jwk] } }, { baseUrl: BASE });
    expect(
      (await refusal(checker.check(await token({ purpose: 'other' }), expected, { dispatcher: agent }))).code,
    ).toBe('CONSENT_PURPOSE_MISMATCH');
  });

  it('fetches keys from jwksUrl through the dispatcher, relative to baseUrl, once', async () => {
    let fetches = 0;
    agent
      .get(BASE)
      .intercept({ path: '/idp/jwks.json', method: 'GET' })
      .reply(() => {
        fetches++;
        return { statusCode: 200, data: JSON.stringify({ keys: [idp.jwk] }) };
      })
      .persist();
    const checker = createConsentChecker({ jwksUrl: '/idp/jwks.json' }, { baseUrl: BASE });
    const t = await token();
    await Promise.all(Array.from({ length: 5 }, () => checker.check(t, expected, { dispatcher: agent })));
    expect(fetches).toBe(1);
    const forger = await generateKeyPair('ES256');
    expect(
      (await refusal(checker.check(await token({}, forger.privateKey), expected, { dispatcher: agent })))
        .code,
    ).toBe('CONSENT_INVALID');
  });

  it('a JWKS outage is a retryable UpstreamError, not a refusal', async () => {
    agent.get(BASE).intercept({ path: '/idp/jwks.json', method: 'GET' }).reply(503, '');
    const checker = createConsentChecker({ jwksUrl: `${BASE}/idp/jwks.json` }, { baseUrl: BASE });
    const error = await checker
      .check(await token(), expected, { dispatcher: agent })
      .catch((e: unknown) => e);
    expect(UpstreamError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'JWKS_UNAVAILABLE', retryable: true });
  });

  it('refuses bad options at creation', () => {
    expect(() => createConsentChecker({ clockToleranceSec: -1 }, { baseUrl: BASE })).toThrow(InputError);
    expect(() => createConsentChecker({ jwksUrl: 'idp/jwks.json' }, { baseUrl: BASE })).toThrow(InputError);
    expect(() => createConsentChecker({ jwks: {} as never }, { baseUrl: BASE })).toThrow(InputError);
  });
});
