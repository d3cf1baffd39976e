import { describe, expect, it } from 'vitest';
import { InputError, PolicyError } from '../errors/onceonly-error.js';
import type { AccessContext } from '../policy/access-context.js';
import { checkAccessContext } from './check-context.js';

const ok: AccessContext = { purpose: '1.001193', caseId: 'H23.01-241122-0001' };

describe('checkAccessContext', () => {
  it('accepts a context with purpose and case id', () => {
    expect(() => checkAccessContext(ok, 's')).not.toThrow();
    expect(() => checkAccessContext({ ...ok, userId: 'VN001085012345', timeoutMs: 100 }, 's')).not.toThrow();
  });

  it.each([-1, 0, Number.NaN, Number.POSITIVE_INFINITY, 2_147_483_648, 1e12, '100'])(
    'refuses ctx.timeoutMs %s as bad input, with a message that says the bound',
    (timeoutMs) => {
      const error = (() => {
        try {
          checkAccessContext({ ...ok, timeoutMs } as AccessContext, 's');
        } catch (e) {
          return e;
        }
      })();
      expect(InputError.isInstance(error)).toBe(true);
      expect((error as InputError).code).toBe('TIMEOUT_INVALID');
      expect((error as InputError).message).toContain('2,147,483,647');
    },
  );

  it('accepts the largest timeout a timer can hold', () => {
    expect(() => checkAccessContext({ ...ok, timeoutMs: 2_147_483_647 }, 's')).not.toThrow();
  });

  it.each([
    [undefined, 'CONTEXT_REQUIRED'],
    [{ caseId: 'x' }, 'PURPOSE_REQUIRED'],
    [{ purpose: '', caseId: 'x' }, 'PURPOSE_REQUIRED'],
    [{ purpose: '1.0\r\nX-Evil: 1', caseId: 'x' }, 'PURPOSE_REQUIRED'],
    [{ purpose: '1.0' }, 'CASE_ID_REQUIRED'],
    [{ purpose: '1.0', caseId: 'hồ sơ' }, 'CASE_ID_REQUIRED'],
    [{ ...ok, userId: '001085012345' }, 'USER_ID_INVALID'],
    [{ ...ok, consent: 'not a token' }, 'CONSENT_INVALID'],
  ])('refuses %j with %s', (ctx, code) => {
    const error = (() => {
      try {
        checkAccessContext(ctx as AccessContext, 's');
      } catch (e) {
        return e;
      }
    })();
    expect(PolicyError.isInstance(error)).toBe(true);
    expect((error as PolicyError).code).toBe(code);
  });
});
