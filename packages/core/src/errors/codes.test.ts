import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode, isErrorCode } from './codes.js';
import * as errors from './onceonly-error.js';

describe('the error code table', () => {
  it('names a real error class for every code, and each class default code is in the table', () => {
    const classes = Object.values(errors).filter(
      (value): value is typeof errors.OnceOnlyError => typeof value === 'function' && 'defaultCode' in value,
    );
    const names = classes.map((ErrorClass) => ErrorClass.errorName);
    for (const [code, info] of Object.entries(ERROR_CODES)) expect(names, code).toContain(info.error);
    for (const ErrorClass of classes) {
      expect(ERROR_CODES[ErrorClass.defaultCode].error, ErrorClass.defaultCode).toBe(ErrorClass.errorName);
    }
  });

  it('retry-later is the action exactly for the retryable codes (except a cancelled call)', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      if (code === 'ABORTED') continue;
      expect(info.action === 'retry-later', code).toBe(info.retryable);
    }
  });

  it('isErrorCode accepts the table and nothing else', () => {
    expect(isErrorCode('CONSENT_EXPIRED')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('consent_expired')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });

  it('types OnceOnlyError.code by the table', () => {
    const code: ErrorCode = new errors.PolicyError({ message: 'x', code: 'CONSENT_EXPIRED' }).code;
    expect(code).toBe('CONSENT_EXPIRED');
    // @ts-expect-error: a code that is not in the table does not compile.
    new errors.PolicyError({ message: 'x', code: 'NOT_A_CODE' });
  });
});
