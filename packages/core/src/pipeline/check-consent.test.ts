import { describe, expect, it } from 'vitest';
import { PolicyError, UpstreamError } from '../errors/onceonly-error.js';
import type { ConsentChecker } from '../policy/consent.js';
import { checkConsent } from './check-consent.js';
import { makeDeps } from './deps.fixture.js';

const service = { id: 'test.person.get', category: 'population.basic', requiresConsent: true };
const ctx = { purpose: '1.001193', caseId: 'c', consent: 'a.b.c' };
const signal = () => new AbortController().signal;

describe('consent step', () => {
  it('needs no token for public data', async () => {
    await expect(
      checkConsent(makeDeps(), { ...service, requiresConsent: false }, ctx, 's', signal()),
    ).resolves.toBeUndefined();
  });

  it('refuses a call without a token before anything is sent', async () => {
    const error = await checkConsent(makeDeps(), service, { purpose: 'p', caseId: 'c' }, 's', signal()).catch(
      (e) => e,
    );
    expect(PolicyError.isInstance(error)).toBe(true);
    expect(error.code).toBe('CONSENT_REQUIRED');
  });

  it('checks the token against subject, portal, category and purpose, retrying a key outage', async () => {
    const expectations: unknown[] = [];
    let calls = 0;
    const consent: ConsentChecker = {
      async check(_token, expected) {
        expectations.push(expected);
        if (++calls === 1)
          throw new UpstreamError({ code: 'JWKS_UNAVAILABLE', message: 'x', retryable: true });
        return {} as never;
      },
      close() {},
    };
    await expect(checkConsent(makeDeps({ consent }), service, ctx, '001203012345', signal())).resolves.toBe(
      'a.b.c',
    );
    expect(calls).toBe(2);
    expect(expectations[0]).toMatchObject({
      subject: '001203012345',
      audience: 'VN/GOV/000.00.00.H23/PORTAL',
      category: 'population.basic',
      purpose: '1.001193',
    });
  });
});
