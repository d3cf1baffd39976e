import type { buildConnector } from 'undici';
import { InputError } from '../errors/onceonly-error.js';
import type { TlsOptions } from './types.js';

/**
 * The `connect` options of an undici `Agent` for the gateway's client TLS: mutual TLS certificate and
 * key, trusted CAs, SNI name. Certificates are checked unless `rejectUnauthorized: false` (tests only).
 * Throws `InputError` (`INVALID_CONFIG`) when only one of `cert` and `key` is given.
 *
 * @example
 * new Agent({ connect: tlsConnectOptions({ cert, key, ca }) })
 */
export function tlsConnectOptions(tls: TlsOptions): buildConnector.BuildOptions {
  if ((tls.cert === undefined) !== (tls.key === undefined)) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: 'tls.cert and tls.key go together for mutual TLS: give both, or neither.',
      fields: [tls.cert === undefined ? 'tls.cert' : 'tls.key'],
    });
  }
  const connect: buildConnector.BuildOptions = { rejectUnauthorized: tls.rejectUnauthorized ?? true };
  if (tls.cert !== undefined) connect.cert = tls.cert;
  if (tls.key !== undefined) connect.key = tls.key;
  if (tls.passphrase !== undefined) connect.passphrase = tls.passphrase;
  if (tls.ca !== undefined) connect.ca = tls.ca;
  if (tls.servername !== undefined) connect.servername = tls.servername;
  return connect;
}
