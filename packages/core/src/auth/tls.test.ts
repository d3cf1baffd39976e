import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { makeTestCertificates } from '../../../../test/support/test-certificates.js';
import { checkTlsOptions, tlsConnectOptions } from './tls.js';

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

describe('checkTlsOptions: material loaded and checked at start-up', () => {
  const certs = makeTestCertificates();
  const refusal = (tls: unknown) => {
    try {
      checkTlsOptions(tls);
    } catch (error) {
      if (InputError.isInstance(error)) return error;
      throw error;
    }
    throw new Error('expected an InputError');
  };

  it('accepts a certificate with its key, an encrypted key with its passphrase, a PKCS#12, CAs', () => {
    const { client, ca, otherCa } = certs;
    expect(() => checkTlsOptions({ cert: client.cert, key: client.key, ca })).not.toThrow();
    expect(() =>
      checkTlsOptions({ cert: client.cert, key: client.encryptedKey, passphrase: client.passphrase }),
    ).not.toThrow();
    expect(() =>
      checkTlsOptions({ pfx: client.pfx, passphrase: client.passphrase, ca: [ca, otherCa] }),
    ).not.toThrow();
    expect(() => checkTlsOptions({ ca: ca + otherCa })).not.toThrow();
  });

  it.each([
    [
      'a wrong passphrase',
      () => ({ cert: certs.client.cert, key: certs.client.encryptedKey, passphrase: 'nope' }),
      'tls.passphrase',
      /wrong/,
    ],
    [
      'a missing passphrase',
      () => ({ cert: certs.client.cert, key: certs.client.encryptedKey }),
      'tls.passphrase',
      /encrypted/,
    ],
    [
      'a key of another certificate',
      () => ({ cert: certs.client.cert, key: certs.unrelatedKey }),
      'tls.key',
      /do not match/,
    ],
    [
      'an unreadable key',
      () => ({ cert: certs.client.cert, key: 'not a key' }),
      'tls.key',
      /readable private key/,
    ],
    [
      'an unreadable certificate',
      () => ({ cert: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', key: certs.client.key }),
      'tls.cert',
      /readable certificate/,
    ],
    [
      'an expired certificate',
      () => ({ cert: certs.expired.cert, key: certs.expired.key }),
      'tls.cert',
      /expired on \d{4}-/,
    ],
    [
      'a PKCS#12 with a wrong passphrase',
      () => ({ pfx: certs.client.pfx, passphrase: 'nope' }),
      'tls.passphrase',
      /tls.pfx/,
    ],
    ['a PKCS#12 that is not one', () => ({ pfx: Buffer.from('garbage') }), 'tls.pfx', /PKCS#12/],
    [
      'both pfx and cert',
      () => ({ pfx: certs.client.pfx, cert: certs.client.cert, key: certs.client.key }),
      'tls.pfx',
      /not both/,
    ],
    [
      'an unreadable CA',
      () => ({ ca: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' }),
      'tls.ca',
      /cannot be read/,
    ],
  ])('%s → InputError INVALID_OPTION naming the option', (_name, tls, field, message) => {
    const error = refusal(tls());
    expect(error).toMatchObject({ code: 'INVALID_OPTION', fields: [field], retryable: false });
    expect(error.message).toMatch(message);
    const shown = inspect(error, { depth: 5 }) + JSON.stringify(error);
    expect(shown).not.toContain('-----BEGIN');
    expect(shown).not.toContain(certs.client.passphrase);
  });
});
