import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { tlsConnectOptions } from './tls.js';

describe('tlsConnectOptions', () => {
  it('checks server certificates by default', () => {
    expect(tlsConnectOptions({})).toEqual({ rejectUnauthorized: true });
  });

  it('passes mutual TLS material through', () => {
    const ca = ['CA1', 'CA2'];
    expect(
      tlsConnectOptions({
        cert: 'CERT',
        key: 'KEY',
        passphrase: 'pw',
        ca,
        servername: 'ss.gov.vn',
        rejectUnauthorized: false,
      }),
    ).toEqual({
      cert: 'CERT',
      key: 'KEY',
      passphrase: 'pw',
      ca,
      servername: 'ss.gov.vn',
      rejectUnauthorized: false,
    });
  });

  it('refuses a certificate without its key', () => {
    expect(() => tlsConnectOptions({ cert: 'CERT' })).toThrow(InputError);
    try {
      tlsConnectOptions({ key: 'KEY' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_OPTION', fields: ['tls.cert'] });
    }
  });
});
