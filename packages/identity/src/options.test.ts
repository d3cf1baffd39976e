import { describe, expect, it } from 'vitest';
import { oidcProfile } from './profiles.js';
import { createRelyingParty } from './relying-party.js';

const good = {
  issuer: 'https://sso.example.gov.vn/realms/citizen',
  clientId: 'VN/GOV/000.00.00.H23/PORTAL',
  redirectUri: 'https://portal.example.gov.vn/login/callback',
  clientAuth: { method: 'client_secret_basic', clientSecret: 'top-secret-value' } as const,
  profile: oidcProfile(),
};

describe('createRelyingParty options', () => {
  it('accepts https, and http on loopback only', () => {
    expect(() => createRelyingParty(good)).not.toThrow();
    expect(() => createRelyingParty({ ...good, issuer: 'http://127.0.0.1:4000/idp' })).not.toThrow();
    expect(() => createRelyingParty({ ...good, issuer: 'http://sso.example.gov.vn' })).toThrow(/https/);
  });

  it('names the wrong option, and never echoes a secret', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ issuer: 'not a url' }, 'issuer'],
      [{ clientId: '' }, 'clientId'],
      [{ redirectUri: 'https://portal.example.gov.vn/cb#x' }, 'redirectUri'],
      [{ clientAuth: { method: 'client_secret_post', clientSecret: '' } }, 'clientAuth.clientSecret'],
      [{ clientAuth: { method: 'private_key_jwt', privateJwk: { kty: 'EC' } } }, 'clientAuth.privateJwk'],
      [{ clientAuth: { method: 'none' } }, 'clientAuth.method'],
      [{ profile: {} }, 'profile'],
    ];
    for (const [change, field] of cases) {
      let error: unknown;
      try {
        createRelyingParty({ ...good, ...change } as never);
      } catch (e) {
        error = e;
      }
      expect(error, field).toMatchObject({ code: 'INVALID_CONFIG', fields: [field] });
    }
    try {
      createRelyingParty({ ...good, redirectUri: 'nope' });
    } catch (e) {
      expect(JSON.stringify(e)).not.toContain('top-secret-value');
    }
  });

  it('refuses a bad scope or purpose before any request', async () => {
    const rp = createRelyingParty({
      ...good,
      fetch: () => Promise.reject(new Error('no network in this test')),
    });
    await expect(
      rp.authorizationUrl({ scope: 'population basic"', purpose: '1.001193' }),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    await expect(rp.authorizationUrl({ scope: 'population.basic', purpose: 'x y' })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    // A provider that cannot be reached is retryable.
    await expect(
      rp.authorizationUrl({ scope: 'population.basic', purpose: '1.001193' }),
    ).rejects.toMatchObject({
      code: 'IDENTITY_PROVIDER_UNAVAILABLE',
      retryable: true,
    });
  });
});
