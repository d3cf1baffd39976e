import { describe, expect, it } from 'vitest';
import { toTransportError } from './transport-error.js';

const nodeError = (code: string) => Object.assign(new Error(`boom ${code} 001203012345`), { code });

describe('toTransportError', () => {
  it.each([
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS_UNTRUSTED_CERTIFICATE'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS_UNTRUSTED_CERTIFICATE'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'TLS_UNTRUSTED_CERTIFICATE'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS_HOSTNAME_MISMATCH'],
    ['CERT_HAS_EXPIRED', 'TLS_CERTIFICATE_EXPIRED'],
    ['CERT_NOT_YET_VALID', 'TLS_CERTIFICATE_EXPIRED'],
    ['ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'TLS_CLIENT_CERTIFICATE_REFUSED'],
    ['ERR_SSL_TLSV1_ALERT_UNKNOWN_CA', 'TLS_CLIENT_CERTIFICATE_REFUSED'],
    ['ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', 'TLS_CLIENT_CERTIFICATE_REFUSED'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'TLS_HANDSHAKE_FAILED'],
  ])('%s → non-retryable AuthError %s', (nodeCode, code) => {
    const error = toTransportError({ cause: nodeError(nodeCode) }, 'request');
    expect(error).toMatchObject({ name: 'AuthError', code, retryable: false, cause: { code: nodeCode } });
    expect(error.message).toContain(nodeCode);
    expect(JSON.stringify(error) + error.message).not.toContain('001203012345');
  });

  it('keeps connection failures retryable NetworkErrors and timeouts TimeoutErrors', () => {
    expect(toTransportError(nodeError('ECONNRESET'), 'body')).toMatchObject({
      name: 'NetworkError',
      code: 'NETWORK_ERROR',
      retryable: true,
    });
    expect(toTransportError(nodeError('ENOTFOUND'), 'request')).toMatchObject({
      code: 'NETWORK_CONFIG',
      retryable: false,
    });
    expect(toTransportError(nodeError('UND_ERR_HEADERS_TIMEOUT'), 'request')).toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('never echoes a code that is not one', () => {
    const error = toTransportError(nodeError('Nguyễn Văn An'), 'request');
    expect(error.message).not.toContain('Nguy');
    expect(error.message).toContain('UNKNOWN');
  });
});
