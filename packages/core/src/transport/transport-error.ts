import { AuthError, NetworkError, type OnceOnlyError, TimeoutError } from '../errors/onceonly-error.js';
import type { ErrorCode } from '../errors/codes.js';

const TIMEOUT_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time (timeouts.connectMs)',
  UND_ERR_HEADERS_TIMEOUT: 'the response headers did not arrive in time (timeouts.headersMs)',
  UND_ERR_BODY_TIMEOUT: 'the response body stalled (timeouts.bodyMs)',
  ETIMEDOUT: 'the connection timed out',
};

const NOT_RETRYABLE_NETWORK = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'UND_ERR_INVALID_ARG']);

/**
 * TLS mistakes: configuration to fix, not outages; never retried, never a breaker fault. Codes (all
 * `AuthError`, `retryable: false`):
 * - `TLS_UNTRUSTED_CERTIFICATE`: the server's certificate is self-signed or from a CA not in `tls.ca`;
 * - `TLS_HOSTNAME_MISMATCH`: the certificate names another host than `baseUrl`'s;
 * - `TLS_CERTIFICATE_EXPIRED`: the server's certificate has expired or is not yet valid;
 * - `TLS_CLIENT_CERTIFICATE_REFUSED`: the server refused (or wanted) this client's certificate;
 * - `TLS_HANDSHAKE_FAILED`: any other handshake failure (protocol, cipher, https to an http port).
 */
const TLS_CODES: Record<string, { code: ErrorCode; message: string }> = {};
function tls(code: ErrorCode, message: string, ...nodeCodes: string[]): void {
  for (const nodeCode of nodeCodes) TLS_CODES[nodeCode] = { code, message };
}
tls(
  'TLS_UNTRUSTED_CERTIFICATE',
  "the server's certificate is not signed by a CA this gateway trusts (or is self-signed): add the CA that signed it to tls.ca",
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'INVALID_CA',
  'CERT_CHAIN_TOO_LONG',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
);
tls(
  'TLS_HOSTNAME_MISMATCH',
  "the server's certificate is for another host name: use the host name in the certificate in baseUrl, or set tls.servername",
  'ERR_TLS_CERT_ALTNAME_INVALID',
);
tls(
  'TLS_CERTIFICATE_EXPIRED',
  "the server's certificate has expired or is not yet valid: ask its operator to renew it, and check this machine's clock",
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CRL_HAS_EXPIRED',
);
tls(
  'TLS_CLIENT_CERTIFICATE_REFUSED',
  "the server refused this client's TLS certificate, or wanted one: give tls.cert and tls.key (or tls.pfx) registered with the server",
  'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
  'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
  'ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN',
  'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED',
  'ERR_SSL_SSLV3_ALERT_CERTIFICATE_REVOKED',
  'ERR_SSL_SSLV3_ALERT_UNSUPPORTED_CERTIFICATE',
  'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
  'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED',
);

// Any code is echoed only when it reads as one (node and undici codes do).
const SAFE_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** The code of an undici or Node.js network error (walking `cause`), or `undefined`. */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return SAFE_CODE.test(code) ? code : 'UNKNOWN';
  }
  return undefined;
}

/**
 * Maps a transport failure (undici, sockets, TLS) to a typed, retryable-or-not error. The cause is
 * reduced to its code: undici errors can carry request details that must not travel further.
 * A TLS mistake (untrusted CA, host name, expired certificate, client certificate refused) is a
 * non-retryable `AuthError` naming which, not a retryable `NETWORK_ERROR`.
 */
export function toTransportError(
  error: unknown,
  phase: 'request' | 'body',
  peer = 'the security server',
): OnceOnlyError {
  const code = errorCode(error) ?? 'UNKNOWN';
  const cause = { code };
  const timeout = TIMEOUT_CODES[code];
  if (timeout)
    return new TimeoutError({ message: `Timed out talking to ${peer} (${code}): ${timeout}.`, cause });
  const tlsMistake = TLS_CODES[code] ?? (code.startsWith('ERR_SSL_') ? TLS_HANDSHAKE : undefined);
  if (tlsMistake) {
    return new AuthError({
      code: tlsMistake.code,
      retryable: false,
      message: `The TLS connection to ${peer} failed (${code}): ${tlsMistake.message}.`,
      cause,
    });
  }
  const where = phase === 'body' ? 'while the response body was being read' : 'before a response arrived';
  return new NetworkError({
    code: NOT_RETRYABLE_NETWORK.has(code) ? 'NETWORK_CONFIG' : 'NETWORK_ERROR',
    retryable: !NOT_RETRYABLE_NETWORK.has(code),
    message: `The connection to ${peer} failed ${where} (${code}). Check that baseUrl is reachable; idempotent calls are retried.`,
    cause,
  });
}

const TLS_HANDSHAKE: { code: ErrorCode; message: string } = {
  code: 'TLS_HANDSHAKE_FAILED',
  message:
    'the TLS handshake failed (protocol or cipher mismatch, or https to a plain http port): check baseUrl and the tls options',
};
