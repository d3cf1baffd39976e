import { describe, expect, it } from 'vitest';
import { PolicyError } from '../errors/onceonly-error.js';
import type { AccessContext } from '../policy/access-context.js';
import { checkOfficer } from './check-officer.js';

const ctx: AccessContext = { purpose: '1.001193', caseId: 'H23.01-241122-0001' };
const OFFICER = '001085012345';

function refusal(run: () => void): PolicyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('accepted');
}

describe('checkOfficer', () => {
  it('refuses a service that needs an officer when none is named', () => {
    const error = refusal(() => checkOfficer(ctx, { id: 'population.citizen.get', requiresOfficer: true }));
    expect(error.code).toBe('OFFICER_REQUIRED');
    expect(error.message).toMatch(/ctx\.officerId/);
  });

  it('accepts a 12-digit officer id, and no officer where none is needed', () => {
    expect(() =>
      checkOfficer({ ...ctx, officerId: OFFICER }, { id: 'population.citizen.get', requiresOfficer: true }),
    ).not.toThrow();
    expect(() => checkOfficer(ctx, { id: 'enterprise.company.get', requiresOfficer: false })).not.toThrow();
  });

  it.each(['00108501234', '0010850123456', 'VN001085012345', ' 001085012345', '00108501234x', 1085012345])(
    'refuses a malformed officer id (%s) without echoing it',
    (officerId) => {
      const error = refusal(() =>
        checkOfficer({ ...ctx, officerId: officerId as string }, { id: 'x.y.z', requiresOfficer: false }),
      );
      expect(error.code).toBe('OFFICER_ID_INVALID');
      expect(JSON.stringify(error.toJSON()) + error.message).not.toContain(String(officerId).trim());
    },
  );
});
