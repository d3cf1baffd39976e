import { createMockPlatform } from '@onceonly/mock';
import { fetch as undiciFetch } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { revocationList } from './revocation-list.js';
import { verifyConsent } from './verify-consent.js';

const PURPOSE = '1.001193';

describe('verifyConsent', () => {
  const mock = createMockPlatform({ seed: 42 });
  afterAll(() => mock.close());
  const citizen = mock.personas[0]!.personalId;
  const expected = () => ({
    audience: mock.client,
    subject: citizen,
    category: 'population.basic',
    purpose: PURPOSE,
    keys: { jwks: mock.idpJwks },
    issuer: mock.idpIssuer,
  });

  it('returns what the consent grants, to show the citizen', async () => {
    const token = mock.consent(citizen, ['population.basic', 'population.household'], PURPOSE, {
      ttlSec: 300,
    });
    const claims = await verifyConsent(token, {
      ...expected(),
      category: ['population.basic', 'population.household'],
    });
    expect(claims).toMatchObject({
      subject: citizen,
      audience: mock.client,
      scopes: ['population.basic', 'population.household'],
      purpose: PURPOSE,
    });
    expect(claims.expiresAt - Date.now() / 1000).toBeGreaterThan(290);
  });

  it('refuses each defect with its own code, naming no personal data', async () => {
    const good = mock.consent(citizen, 'population.basic', PURPOSE);
    const [head, payload, signature] = good.split('.');
    const cases: Array<[string, string, Partial<ReturnType<typeof expected>>]> = [
      ['CONSENT_INVALID', `${head}.${payload}.${signature!.slice(0, -4)}AAAA`, {}],
      ['CONSENT_EXPIRED', mock.consent(citizen, 'population.basic', PURPOSE, { expired: true }), {}],
      ['CONSENT_SUBJECT_MISMATCH', good, { subject: mock.personas[1]!.personalId }],
      ['CONSENT_AUDIENCE_MISMATCH', good, { audience: 'VN/GOV/000.00.00.H99/OTHER' }],
      ['CONSENT_SCOPE_MISSING', good, { category: 'population.household' }],
      ['CONSENT_PURPOSE_MISMATCH', good, { purpose: '2.000001' }],
      [
        'CONSENT_INVALID',
        mock.consent(citizen, 'population.basic', PURPOSE, { issuer: 'https://idp.other' }),
        {},
      ],
    ];
    for (const [code, token, change] of cases) {
      const error = await verifyConsent(token, { ...expected(), ...change }).catch((e: Error) => e);
      expect(error, code).toMatchObject({ name: 'PolicyError', code });
      expect(JSON.stringify(error)).not.toContain(citizen);
    }
  });

  it('refuses a revoked consent when given the revocation list, and fails closed when the list is down', async () => {
    const token = mock.consent(citizen, 'population.basic', PURPOSE);
    const fetchMock: typeof fetch = (input, init) =>
      undiciFetch(String(input), {
        ...(init as object),
        dispatcher: mock.dispatcher,
      }) as unknown as Promise<Response>;
    const revocation = revocationList({
      url: `${mock.origin}/idp/revocations`,
      fetch: fetchMock,
      maxAgeMs: 0,
    });
    await expect(verifyConsent(token, { ...expected(), revocation })).resolves.toBeDefined();
    mock.revokeConsent(token);
    await expect(verifyConsent(token, { ...expected(), revocation })).rejects.toMatchObject({
      code: 'CONSENT_REVOKED',
    });
    const down = revocationList({ url: 'http://127.0.0.1:9/revocations', maxAgeMs: 0 });
    await expect(verifyConsent(token, { ...expected(), revocation: down })).rejects.toMatchObject({
      code: 'IDENTITY_PROVIDER_UNAVAILABLE',
      retryable: true,
    });
  });

  it('needs the identity provider keys', async () => {
    const token = mock.consent(citizen, 'population.basic', PURPOSE);
    await expect(verifyConsent(token, { ...expected(), keys: undefined as never })).rejects.toMatchObject({
      code: 'INVALID_CONFIG',
    });
  });
});

describe('revocationList', () => {
  it('shares one fetch between concurrent checks and caches it for maxAgeMs', async () => {
    let fetches = 0;
    let clock = 0;
    const list = revocationList({
      url: 'https://idp.example/revocations',
      maxAgeMs: 1000,
      now: () => clock,
      fetch: async () => {
        fetches += 1;
        return new Response(JSON.stringify({ revoked: ['a'] }), { status: 200 });
      },
    });
    expect(await Promise.all([list.isRevoked('a'), list.isRevoked('b')])).toEqual([true, false]);
    expect(fetches).toBe(1);
    clock = 1500;
    await list.isRevoked('a');
    expect(fetches).toBe(2);
  });

  it('refuses a list that is not one', async () => {
    const list = revocationList({
      url: 'https://idp.example/revocations',
      fetch: async () => new Response('{"revoked":"all"}', { status: 200 }),
    });
    await expect(list.isRevoked('a')).rejects.toMatchObject({ code: 'RESPONSE_MALFORMED' });
  });
});
