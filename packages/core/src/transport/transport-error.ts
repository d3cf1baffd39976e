import { NetworkError, type OnceOnlyError, TimeoutError } from '../errors/onceonly-error.js';

const TIMEOUT_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time (timeouts.connectMs)',
  UND_ERR_HEADERS_TIMEOUT: 'the response headers did not arrive in time (timeouts.headersMs)',
  UND_ERR_BODY_TIMEOUT: 'the response body stalled (timeouts.bodyMs)',
  ETIMEDOUT: 'the connection timed out',
};

const NOT_RETRYABLE_NETWORK = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ERR_INVALID_URL',
  'UND_ERR_INVALID_ARG',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The code of an undici or Node.js network error (walking `cause`), or `undefined`. */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Maps a transport failure (undici, sockets, TLS) to a typed, retryable-or-not error. The cause is
 * reduced to its code: undici errors can carry request details that must not travel further.
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
  const where = phase === 'body' ? 'while the response body was being read' : 'before a response arrived';
  return new NetworkError({
    code: NOT_RETRYABLE_NETWORK.has(code) ? 'NETWORK_CONFIG' : 'NETWORK_ERROR',
    retryable: !NOT_RETRYABLE_NETWORK.has(code),
    message: `The connection to ${peer} failed ${where} (${code}). Check that baseUrl is reachable; idempotent calls are retried.`,
    cause,
  });
}
