/**
 * TLS for real over loopback: the mock serves HTTPS (and mutual TLS), the gateway connects with its
 * own certificates. TLS mistakes are typed, non-retryable errors that say which, never NETWORK_ERROR.
 */
import { AuthError, createGateway, type GatewayOptions, InputError } from '@onceonly/core';
import { createMockPlatform, type MockTlsOptions } from '@onceonly/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../support/test-certificates.js';

const certs = makeTestCertificates();
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => x.close()));
});

/** A mock over HTTPS, and a gateway to it with `tls`; retries on, so a wrongly retryable error would show. */
async function connect(serverTls: MockTlsOptions, clientTls: NonNullable<GatewayOptions['tls']>) {
  const mock = createMockPlatform({ seed: 7 });
  open.push(mock);
  const { url } = await mock.listen({ tls: serverTls });
  expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(mock.gatewayOptions().baseUrl).toBe(url);
  const gw = createGateway({
    ...mock.gatewayOptions(),
    tls: clientTls,
    retry: { attempts: 3, minDelayMs: 0, maxDelayMs: 0 },
    timeouts: { callMs: 5_000 },
  });
  open.unshift(gw);
  return { mock, gw };
}

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (AuthError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an AuthError');
}

const server = { cert: certs.server.cert, key: certs.server.key };
const mtls = { ...server, ca: certs.ca, requestCert: true };

describe('gateway over HTTPS to the mock', () => {
  it('works with the CA that signed the server', async () => {
    const { gw } = await connect(server, { ca: certs.ca });
    expect((await gw.listClients()).length).toBeGreaterThan(0);
  });

  it.each([
    ['an untrusted CA', server, {}, 'TLS_UNTRUSTED_CERTIFICATE', /tls\.ca/],
    [
      'a self-signed server',
      { cert: certs.selfSigned.cert, key: certs.selfSigned.key },
      { ca: certs.ca },
      'TLS_UNTRUSTED_CERTIFICATE',
      /self-signed/,
    ],
    [
      'a host name mismatch',
      { cert: certs.wrongHost.cert, key: certs.wrongHost.key },
      { ca: certs.ca },
      'TLS_HOSTNAME_MISMATCH',
      /servername/,
    ],
    [
      'an expired server certificate',
      { cert: certs.expired.cert, key: certs.expired.key },
      { ca: certs.ca },
      'TLS_CERTIFICATE_EXPIRED',
      /renew/,
    ],
  ])(
    '%s → its own AuthError code, not retryable, nothing served',
    async (_name, serverTls, clientTls, code, advice) => {
      const { mock, gw } = await connect(serverTls, clientTls);
      const error = await failure(gw.listClients());
      expect(error).toMatchObject({ code, retryable: false });
      expect(error.message).toMatch(advice);
      expect(mock.calls).toHaveLength(0);
    },
  );
});

describe('mutual TLS', () => {
  it('succeeds with a client certificate signed by the CA the server trusts', async () => {
    const { gw } = await connect(mtls, { ca: certs.ca, cert: certs.client.cert, key: certs.client.key });
    expect((await gw.listClients()).length).toBeGreaterThan(0);
  });

  it('succeeds with the same client as PKCS#12 (pfx + passphrase), and with an encrypted key', async () => {
    const { gw } = await connect(mtls, {
      ca: certs.ca,
      pfx: certs.client.pfx,
      passphrase: certs.client.passphrase,
    });
    expect((await gw.listClients()).length).toBeGreaterThan(0);
    const second = await connect(mtls, {
      ca: certs.ca,
      cert: certs.client.cert,
      key: certs.client.encryptedKey,
      passphrase: certs.client.passphrase,
    });
    expect((await second.gw.listClients()).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a certificate from another CA',
      { ca: certs.ca, cert: certs.strangerClient.cert, key: certs.strangerClient.key },
    ],
    ['no certificate', { ca: certs.ca }],
  ])(
    'refuses %s the X-Road way → AuthError TLS_CLIENT_CERTIFICATE_REFUSED, not retried',
    async (_n, clientTls) => {
      const { mock, gw } = await connect(mtls, clientTls);
      const error = await failure(gw.listClients());
      expect(error).toMatchObject({ code: 'TLS_CLIENT_CERTIFICATE_REFUSED', retryable: false, status: 500 });
      expect(mock.calls).toHaveLength(0);
    },
  );

  it('a wrong passphrase fails at createGateway, naming tls.passphrase', () => {
    let error: unknown;
    try {
      createGateway({
        baseUrl: 'https://127.0.0.1:1',
        client: 'VN/GOV/000.00.00.H23/PORTAL',
        tls: { pfx: certs.client.pfx, passphrase: 'wrong' },
      });
    } catch (e) {
      error = e;
    }
    expect(InputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_OPTION', fields: ['tls.passphrase'] });
  });
});
