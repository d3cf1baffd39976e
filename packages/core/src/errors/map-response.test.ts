import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('responseToError: X-Road errors as real security servers send them', () => {
  const REF = '3c4d0f08-440f-417f-b935-bc801e103d51';
  // Every security-server error is HTTP 500, whatever its type (spec §4.6, reference server).
  it.each([
    ['Server.ServerProxy.AccessDenied', 'AuthError', 'ACCESS_DENIED', false],
    ['server.serverproxy.access_denied', 'AuthError', 'ACCESS_DENIED', false],
    ['Server.ServerProxy.UnknownService', 'UpstreamError', 'UNKNOWN_SERVICE', false],
    ['server.serverproxy.unknown_service', 'UpstreamError', 'UNKNOWN_SERVICE', false],
    ['Server.ServerProxy.ServiceDisabled', 'UpstreamError', 'SERVICE_DISABLED', false],
    [
      'server.serverproxy.service_failed.ssl_authentication_failed',
      'UpstreamError',
      'SECURITY_SERVER_MISCONFIGURED',
      false,
    ],
    ['Server.ServerProxy.ServiceFailed.NetworkError', 'UpstreamError', 'PROVIDER_UNREACHABLE', true],
    ['server.serverproxy.service_failed.network_error', 'UpstreamError', 'PROVIDER_UNREACHABLE', true],
    ['Server.ServerProxy.DatabaseError', 'UpstreamError', 'SECURITY_SERVER_ERROR', true],
    ['Server.ClientProxy.OutdatedGlobalConf', 'UpstreamError', 'SECURITY_SERVER_MISCONFIGURED', false],
    ['Client.BadRequest', 'InputError', 'XROAD_CLIENT_ERROR', false],
    ['client.bad_request', 'InputError', 'XROAD_CLIENT_ERROR', false],
    ['Server.ClientProxy.SslAuthenticationFailed', 'AuthError', 'TLS_CLIENT_CERTIFICATE_REFUSED', false],
    ['server.clientproxy.ssl_authentication_failed', 'AuthError', 'TLS_CLIENT_CERTIFICATE_REFUSED', false],
  ])('HTTP 500 %s → %s %s (retryable %s)', (type, name, code, retryable) => {
    const byHeader = responseToError(answer(500, {}, { 'x-road-error': type }), 0);
    const byBody = responseToError(answer(500, { type, message: 'm', detail: REF }), 0);
    const byBoth = responseToError(answer(500, { type, detail: REF }, { 'x-road-error': type }), 0);
    for (const error of [byHeader, byBody, byBoth]) {
      expect(error).toMatchObject({ name, code, retryable, upstreamCode: type, status: 500 });
    }
    expect(byBody.message).toContain(REF);
  });

  it('maps by type, never by status: AccessDenied is an AuthError whether 500, 403 or 200', () => {
    for (const status of [500, 403, 400, 502]) {
      expect(
        responseToError(answer(status, {}, { 'x-road-error': 'server.serverproxy.access_denied' }), 0),
      ).toMatchObject({ name: 'AuthError', code: 'ACCESS_DENIED', retryable: false });
    }
  });

  it('prefers whichever of body type and header it can read', () => {
    const error = responseToError(
      answer(
        500,
        { type: 'Server.ServerProxy.Whatever' },
        { 'x-road-error': 'Server.ServerProxy.AccessDenied' },
      ),
      0,
    );
    expect(error).toMatchObject({ code: 'ACCESS_DENIED' });
  });

  it('an unreadable X-Road-Error header is an X-Road error with type `unknown`, not retried', () => {
    const error = responseToError(
      answer(500, { message: 'x' }, { 'x-road-error': 'Nguyễn Văn An 001203012345' }),
      0,
    );
    expect(error).toMatchObject({
      name: 'UpstreamError',
      code: 'XROAD_ERROR',
      upstreamCode: 'unknown',
      retryable: false,
    });
    expect(JSON.stringify(error)).not.toMatch(/Nguy|001203012345/);
  });

  it('echoes a reference only when it is a UUID without an id-like digit run', () => {
    for (const detail of ['Nguyen.Van.An', 'a001203012345', '00000000-0000-0000-0000-001203012345']) {
      const error = responseToError(answer(500, { type: 'Server.ServerProxy.DatabaseError', detail }), 0);
      expect(error.message).not.toContain(detail);
      expect(error.message).not.toContain('security server reference');
    }
  });

  it('never echoes an unknown provider problem code', () => {
    for (const code of ['NGUYEN_VAN_AN', 'A001203012345', 'Hoang Thi B']) {
      const error = responseToError(answer(422, { code }, { 'content-type': 'application/problem+json' }), 0);
      expect(error.upstreamCode).toBe('unknown');
      expect(JSON.stringify(error)).not.toContain(code);
      expect(error.message).not.toContain(code);
    }
  });
});

describe('responseToError: no upstream text in any error (property)', () => {
  // Text the upstream controls, each piece tagged so we can tell it from our own vocabulary.
  const tainted = fc
    .tuple(
      fc.constantFrom('001203012345', '123456789', 'Nguyễn Văn An', 'ZqxTaint', 'Hoang_Thi_B', 'x.y.z'),
      fc.string({ maxLength: 12 }),
    )
    .map(([marker, noise]) => `${noise}${marker}${noise}`);
  const xroadish = fc
    .tuple(
      fc.constantFrom('Server.ServerProxy', 'server.serverproxy', 'Client', 'Server.ClientProxy'),
      tainted,
    )
    .map(([prefix, tail]) => `${prefix}.${tail.replace(/[^A-Za-z0-9_]/g, '')}`);
  const value = fc.oneof(tainted, xroadish, fc.integer(), fc.constant(null));

  it('message, toJSON() and the error itself carry none of it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 599 }),
        fc.record(
          { type: value, code: value, message: value, detail: value, title: value },
          { requiredKeys: [] },
        ),
        fc.option(fc.oneof(tainted, xroadish), { nil: undefined }),
        (status, body, header) => {
          const headers: Record<string, string> = header === undefined ? {} : { 'x-road-error': header };
          const error = responseToError(answer(status, body, headers), 0);
          const views = [error.message, JSON.stringify(error.toJSON()), JSON.stringify(error)];
          for (const view of views) {
            expect(view).not.toMatch(/\d{9}|Nguy|ZqxTaint|Hoang|x\.y\.z/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
