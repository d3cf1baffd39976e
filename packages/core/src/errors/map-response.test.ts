import { describe, expect, it } from 'vitest';
import { responseToError } from './map-response.js';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: json(body),
});

describe('responseToError', () => {
  it.each([
    ['Server.ServerProxy.AccessDenied', 403, 'AuthError', 'ACCESS_DENIED', false],
    ['Server.ClientProxy.AccessDenied', 403, 'AuthError', 'ACCESS_DENIED', false],
    ['Server.ServerProxy.UnknownService', 500, 'UpstreamError', 'UNKNOWN_SERVICE', false],
    ['Server.ServerProxy.ServiceFailed', 500, 'UpstreamError', 'PROVIDER_UNREACHABLE', true],
    ['Server.ServerProxy.NetworkError', 500, 'UpstreamError', 'PROVIDER_UNREACHABLE', true],
    ['Server.ServerProxy.DatabaseError', 500, 'UpstreamError', 'SECURITY_SERVER_ERROR', true],
    ['Client.BadRequest', 400, 'InputError', 'XROAD_CLIENT_ERROR', false],
  ])('maps X-Road error %s', (type, status, name, code, retryable) => {
    const error = responseToError(
      answer(status, { type, message: 'm', detail: 'ref-1' }, { 'x-road-error': type }),
      0,
    );
    expect(error).toMatchObject({ name, code, retryable, upstreamCode: type, status });
  });

  it.each([
    [400, 'INVALID_REQUEST', 'InputError', false],
    [404, 'NOT_FOUND', 'NotFoundError', false],
    [403, 'CONSENT_REQUIRED', 'PolicyError', false],
    [403, 'PURPOSE_NOT_ALLOWED', 'PolicyError', false],
    [429, 'RATE_LIMITED', 'RateLimitError', true],
    [503, 'UNAVAILABLE', 'UpstreamError', true],
  ])('maps provider problem %s %s', (status, code, name, retryable) => {
    const error = responseToError(
      answer(
        status,
        { type: 'about:blank', status, code, detail: 'd' },
        { 'content-type': 'application/problem+json' },
      ),
      0,
    );
    expect(error).toMatchObject({ name, retryable, upstreamCode: code });
  });

  it('honours Retry-After in seconds and as a date', () => {
    expect(responseToError(answer(429, { code: 'RATE_LIMITED' }, { 'retry-after': '2' }), 0)).toMatchObject({
      retryAfterMs: 2000,
    });
    const now = Date.parse('2026-11-23T00:00:00Z');
    const error = responseToError(
      answer(503, { code: 'UNAVAILABLE' }, { 'retry-after': 'Mon, 23 Nov 2026 00:00:05 GMT' }),
      now,
    );
    expect(error).toMatchObject({ retryAfterMs: 5000 });
  });

  it('maps bare statuses and never copies the body into the message', () => {
    const body = { message: 'citizen 001203012345 Nguyễn Văn An' };
    for (const status of [401, 403, 404, 429, 500, 502, 418]) {
      const error = responseToError(answer(status, body), 0);
      expect(error.message).not.toContain('001203012345');
      expect(error.message).not.toContain('Nguyễn');
    }
    expect(responseToError(answer(500, body), 0)).toMatchObject({ name: 'UpstreamError', retryable: true });
    expect(responseToError(answer(401, body), 0)).toMatchObject({ name: 'AuthError', code: 'UNAUTHORIZED' });
  });

  it('does not echo an X-Road type that is not code-like', () => {
    const error = responseToError(
      answer(
        500,
        { type: 'Server.x\r\nInjected: 1 001203012345' },
        { 'x-road-error': 'Server.ServerProxy.ServiceFailed' },
      ),
      0,
    );
    expect(error.message).not.toContain('001203012345');
    expect(error.code).toBe('PROVIDER_UNREACHABLE');
  });
});
