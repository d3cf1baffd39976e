import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from './codes.js';
import {
  CircuitOpenError,
  InputError,
  NotFoundError,
  OnceOnlyError,
  PolicyError,
  RateLimitError,
  ResponseError,
} from './onceonly-error.js';
import { userMessage } from './user-message.js';

const PERSONAL_ID = '001203012345';

describe('userMessage', () => {
  it('gives every code a Vietnamese and an English sentence, a title and an action', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const message = userMessage(new OnceOnlyError({ code, message: 'x' }));
      expect(message.code).toBe(code);
      expect(message.action).toBe(ERROR_CODES[code].action);
      for (const text of [message.vi.title, message.vi.text, message.en.title, message.en.text]) {
        expect(text.length, code).toBeGreaterThan(5);
      }
      // The Vietnamese sentence really is Vietnamese (diacritics), the English one is not.
      expect(message.vi.text, code).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/);
      expect(message.en.text, code).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('speaks Vietnamese by default and English on request', () => {
    const error = new PolicyError({ code: 'CONSENT_EXPIRED', message: 'x' });
    expect(userMessage(error)).toMatchObject({
      action: 'give-consent-again',
      title: 'Cần xác nhận đồng ý',
      text: expect.stringContaining('VNeID'),
    });
    expect(userMessage(error, { locale: 'en' }).text).toBe(
      'Your consent is needed to fetch this data. Please give your consent again through VNeID, then try again.',
    );
  });

  it('tells the citizen what to do for the common cases', () => {
    expect(userMessage(new NotFoundError({ message: 'x' })).action).toBe('fill-in-by-hand');
    expect(userMessage(new InputError({ code: 'INVALID_PERSONAL_ID', message: 'x' })).action).toBe(
      'fix-input',
    );
    expect(userMessage(new ResponseError({ code: 'SIGNATURE_INVALID', message: 'x' })).action).toBe('report');
    expect(userMessage(new PolicyError({ code: 'PURPOSE_NOT_ALLOWED', message: 'x' })).action).toBe(
      'contact-agency',
    );
  });

  it('says when to try again when the breaker or the provider said so', () => {
    const open = new CircuitOpenError({ message: 'x', retryAfterMs: 30_000 });
    expect(userMessage(open)).toMatchObject({
      action: 'retry-later',
      retryAfterMs: 30_000,
      text: 'Hệ thống dữ liệu quốc gia tạm thời chưa phản hồi. Vui lòng thử lại sau 30 giây.',
    });
    expect(userMessage(open, { locale: 'en' }).text).toBe(
      'The national database is not responding right now. Please try again in 30 seconds.',
    );
    const limited = new RateLimitError({ message: 'x', retryAfterMs: 150_000 });
    expect(userMessage(limited).text).toMatch(/thử lại sau 3 phút\.$/);
    expect(userMessage(limited, { locale: 'en' }).text).toMatch(/try again in 3 minutes\.$/);
    expect(userMessage(new RateLimitError({ message: 'x', retryAfterMs: 1 }), { locale: 'en' }).text).toMatch(
      /in 1 second\.$/,
    );
  });

  it('without a known wait, says "in a few minutes" and no retryAfterMs', () => {
    const message = userMessage(new CircuitOpenError({ message: 'x' }));
    expect(message.text).toMatch(/sau ít phút\.$/);
    expect(message).not.toHaveProperty('retryAfterMs');
  });

  it('never repeats the developer message, so no personal data reaches the citizen', () => {
    const error = new InputError({
      message: `bad id ${PERSONAL_ID} for Nguyễn Văn An`,
      code: 'INVALID_INPUT',
    });
    expect(JSON.stringify(userMessage(error))).not.toMatch(/001203012345|Nguyễn Văn An/);
  });

  it('answers for anything thrown: foreign errors are reported as technical problems', () => {
    expect(userMessage(new Error(PERSONAL_ID))).toMatchObject({ code: 'INTERNAL_ERROR', action: 'report' });
    expect(userMessage(undefined).code).toBe('INTERNAL_ERROR');
    // An error from another copy of the SDK with a code this copy does not know: chosen by class.
    const foreign = Object.assign(new NotFoundError({ message: 'x' }), { code: 'SOME_NEWER_CODE' });
    expect(userMessage(foreign)).toMatchObject({ code: 'NOT_FOUND', action: 'fill-in-by-hand' });
  });
});
