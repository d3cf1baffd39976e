import { describe, expect, it } from 'vitest';
import { spellErrorType, xroadError, xroadErrorStatus } from './xroad-errors.js';

const decode = (body: Uint8Array) => JSON.parse(Buffer.from(body).toString('utf8'));

describe('X-Road error spellings', () => {
  it.each([
    ['Server.ServerProxy.AccessDenied', 'server.serverproxy.access_denied'],
    ['Server.ServerProxy.ServiceFailed.NetworkError', 'server.serverproxy.service_failed.network_error'],
    [
      'Server.ServerProxy.ServiceFailed.SslAuthenticationFailed',
      'server.serverproxy.service_failed.ssl_authentication_failed',
    ],
    ['Server.ClientProxy.UnknownService', 'server.clientproxy.unknown_service'],
    ['Client.BadRequest', 'client.bad_request'],
    ['Client.InvalidClientIdentifier', 'client.invalid_client_identifier'],
  ])('spells %s as X-Road 7.8 does (%s), and back', (legacy, lowercase) => {
    expect(spellErrorType(legacy, 'lowercase')).toBe(lowercase);
    expect(spellErrorType(lowercase, 'legacy')).toBe(legacy);
    expect(spellErrorType(legacy, 'legacy')).toBe(legacy);
    expect(spellErrorType(lowercase, 'lowercase')).toBe(lowercase);
  });

  it('answers security-server errors with HTTP 500 whatever their type; protocol violations with 400', () => {
    expect(xroadErrorStatus('Server.ServerProxy.AccessDenied')).toBe(500);
    expect(xroadErrorStatus('server.serverproxy.access_denied')).toBe(500);
    expect(xroadErrorStatus('Server.ServerProxy.UnknownService')).toBe(500);
    expect(xroadErrorStatus('Client.BadRequest')).toBe(400);
    expect(xroadErrorStatus('client.bad_request')).toBe(400);
  });

  it('puts the same spelling in the X-Road-Error header and the body', () => {
    const fresh = xroadError('Server.ServerProxy.AccessDenied', 'no', 'ref');
    expect(fresh.status).toBe(500);
    expect(fresh.headers['x-road-error']).toBe('server.serverproxy.access_denied');
    expect(decode(fresh.body)).toEqual({
      type: 'server.serverproxy.access_denied',
      message: 'no',
      detail: 'ref',
    });
    const old = xroadError('Server.ServerProxy.AccessDenied', 'no', 'ref', 'legacy');
    expect(old.headers['x-road-error']).toBe('Server.ServerProxy.AccessDenied');
  });
});
