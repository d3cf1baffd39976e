import { describe, expect, it } from 'vitest';
import { parseXRoadErrorType } from './xroad-error-type.js';

describe('parseXRoadErrorType', () => {
  // Older spelling from the REST and SOAP protocol specs; newer from the reference server's own tests
  // (RestProxyTest, AuthKeyReloadTest) and its system tests, X-Road 7.8 and later.
  it.each([
    ['Server.ServerProxy.AccessDenied', 'access-denied'],
    ['server.serverproxy.access_denied', 'access-denied'],
    ['Server.ClientProxy.AccessDenied', 'access-denied'],
    ['Server.ServerProxy.UnknownService', 'unknown-service'],
    ['server.serverproxy.unknown_service', 'unknown-service'],
    ['server.serverproxy.service_type', 'unknown-service'],
    ['server.serverproxy.service_failed.unknown_member', 'unknown-service'],
    ['Server.ServerProxy.ServiceDisabled', 'service-disabled'],
    ['Server.ServerProxy.ServiceFailed', 'provider-unreachable'],
    ['server.serverproxy.service_failed', 'provider-unreachable'],
    ['Server.ServerProxy.NetworkError', 'provider-unreachable'],
    ['Server.ServerProxy.ServiceFailed.NetworkError', 'provider-unreachable'],
    ['server.serverproxy.service_failed.network_error', 'provider-unreachable'],
    ['Server.ClientProxy.ServiceFailed.MissingBody', 'provider-unreachable'],
    ['server.clientproxy.io_error', 'provider-unreachable'],
    ['Server.ServerProxy.ServiceFailed.SslAuthenticationFailed', 'misconfigured'],
    ['server.serverproxy.service_failed.ssl_authentication_failed', 'misconfigured'],
    ['server.clientproxy.ssl_authentication_failed', 'client-certificate-refused'],
    ['Server.ClientProxy.SslAuthenticationFailed', 'client-certificate-refused'],
    ['Server.ClientProxy.OutdatedGlobalConf', 'misconfigured'],
    ['Server.ServerProxy.DatabaseError', 'server'],
    ['server.serverproxy.database_error', 'server'],
    ['Client.BadRequest', 'client'],
    ['client.bad_request', 'client'],
    ['Client.InvalidClientIdentifier', 'client'],
  ])('%s → %s, shown as received', (type, kind) => {
    expect(parseXRoadErrorType(type)).toEqual({ kind, display: type, known: true });
  });

  it('normalises case and underscores once: both spellings are one type', () => {
    const a = parseXRoadErrorType('Server.ServerProxy.AccessDenied');
    const b = parseXRoadErrorType('SERVER.SERVER_PROXY.ACCESS_DENIED');
    expect(a?.kind).toBe(b?.kind);
  });

  it('replaces parts outside the X-Road vocabulary with `unknown`', () => {
    expect(parseXRoadErrorType('Server.ServerProxy.NguyenVanAn')).toEqual({
      kind: 'server',
      display: 'Server.ServerProxy.unknown',
      known: false,
    });
    expect(parseXRoadErrorType('Client.x001203012345')).toMatchObject({
      kind: 'client',
      display: 'Client.unknown',
    });
    expect(parseXRoadErrorType('server.serverproxy.access_denied.Hoang')).toMatchObject({
      kind: 'access-denied',
      display: 'server.serverproxy.access_denied.unknown',
    });
  });

  it('is not an X-Road type without a server/client origin, or with other characters', () => {
    for (const value of [
      'about:blank',
      'https://problems.example/not-found',
      'Server',
      'Other.ServerProxy.AccessDenied',
      'Server.ServerProxy.Access Denied',
      'Server.x\r\nInjected: 1',
      'Server.Nguyễn',
      42,
      undefined,
      `Server.${'a'.repeat(300)}`,
    ]) {
      expect(parseXRoadErrorType(value)).toBeUndefined();
    }
  });
});
