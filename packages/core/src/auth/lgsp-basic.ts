import { createHash } from 'node:crypto';
import { InputError } from '../errors/onceonly-error.js';
import type { AuthAttempt, AuthProvider } from './types.js';

/**
 * LGSP authentication as seen in one public integration (docs/security.md; confidence M): every
 * attempt carries `ApiKey`, `Timestamp` and `Authorization: Basic base64(user + ":" + sha256hex(url +
 * user + timestamp + secret))`, where `url` is the full URL of the request.
 *
 * @example
 * createGateway({ ..., auth: { type: 'lgsp-basic', user: 'portal-h23', secret, apiKey } });
 */
export interface LgspBasicAuth {
  type: 'lgsp-basic';
  /** The account the LGSP issued to this portal. */
  user: string;
  /** The shared secret: hashed into each attempt's Authorization, never sent, logged or audited. */
  secret: string;
  /** The API key the LGSP issued (sent as `ApiKey`). */
  apiKey: string;
  /** The `Timestamp` value for a clock reading. Default: milliseconds since the epoch, as digits. */
  timestamp?: ((nowMs: number) => string) | undefined;
}

const HEADER_SAFE = /^[\x21-\x7e]{1,512}$/;

function invalid(message: string, field: string): InputError {
  return new InputError({ code: 'INVALID_CONFIG', message, fields: [field] });
}

/** Builds the provider; options are checked here, once. The secret stays in this closure. */
export function lgspBasicAuth(options: LgspBasicAuth, now: () => number = Date.now): AuthProvider {
  const { user, secret, apiKey } = options;
  if (typeof user !== 'string' || !/^[^\s:]{1,256}$/.test(user))
    throw invalid('auth.user is required: the LGSP account (no spaces or ":")', 'auth.user');
  if (typeof secret !== 'string' || secret.length === 0)
    throw invalid('auth.secret is required: the secret the LGSP issued', 'auth.secret');
  if (typeof apiKey !== 'string' || !HEADER_SAFE.test(apiKey))
    throw invalid('auth.apiKey is required: the API key the LGSP issued (printable ASCII)', 'auth.apiKey');
  if (options.timestamp !== undefined && typeof options.timestamp !== 'function')
    throw invalid('auth.timestamp must be a function (nowMs) => string', 'auth.timestamp');
  const stamp = options.timestamp ?? ((ms: number) => String(ms));
  return Object.freeze({
    async headers(attempt: AuthAttempt): Promise<Record<string, string>> {
      if (attempt.url === undefined) throw invalid('lgsp-basic auth needs the URL of the attempt', 'auth');
      const timestamp = stamp(now());
      if (!HEADER_SAFE.test(timestamp))
        throw invalid('auth.timestamp returned a value unfit for a header', 'auth.timestamp');
      const digest = createHash('sha256')
        .update(attempt.url + user + timestamp + secret, 'utf8')
        .digest('hex');
      return {
        apikey: apiKey,
        timestamp,
        authorization: `Basic ${Buffer.from(`${user}:${digest}`, 'utf8').toString('base64')}`,
      };
    },
  });
}
