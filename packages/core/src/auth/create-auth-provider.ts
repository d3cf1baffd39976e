import { InputError } from '../errors/onceonly-error.js';
import { endpointUrl } from '../signature/endpoint-url.js';
import { createAssertionSigner } from './client-assertion.js';
import { basicAuthorization } from './client-secret-basic.js';
import { type LgspBasicAuth, lgspBasicAuth } from './lgsp-basic.js';
import { createTokenProvider } from './token-provider.js';
import { requestToken } from './token-request.js';
import type { AuthOptions, AuthProvider, ClientSecretBasicAuth, PrivateKeyJwtAuth } from './types.js';

/** What the auth provider takes from the gateway. */
export interface AuthDeps {
  /** The security server or LGSP; the token endpoint default is `{baseUrl}/oauth2/token`. */
  baseUrl: string;
  /** Token request timeouts. `connectMs` belongs to the dispatcher (Agent) and is not applied per request. */
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number };
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}

const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

const NO_AUTH: AuthProvider = Object.freeze({ headers: async () => ({}) });

/**
 * Turns the gateway's `auth` option into an {@link AuthProvider}:
 * - `'none'`: no headers (the security server trusts the connection, e.g. mutual TLS);
 * - an object with `headers()`: your own provider, used as is;
 * - `{ type: 'oauth2', method: 'private_key_jwt' | 'client_secret_basic', ... }`: OAuth 2.0 client
 *   credentials against `tokenUrl` (default `{baseUrl}/oauth2/token`), sent through each attempt's
 *   dispatcher, with memoised tokens refreshed `refreshSkewMs` before expiry.
 *
 * Throws `InputError` (`INVALID_CONFIG`) at once for missing or unusable options.
 *
 * @example
 * const auth = createAuthProvider(
 *   { type: 'oauth2', method: 'private_key_jwt', clientId: 'portal-h23', privateKey: pem, keyId: 'k1' },
 *   { baseUrl: 'https://lgsp.example.gov.vn' },
 * );
 * const headers = await auth.headers({ dispatcher }); // { authorization: 'Bearer …' }
 */
export function createAuthProvider(options: AuthOptions | undefined, deps: AuthDeps): AuthProvider {
  if (options === undefined || options === 'none') return NO_AUTH;
  if (typeof options !== 'object' || options === null)
    throw invalid('auth must be "none", an OAuth 2.0 option object or a provider', 'auth');
  if ((options as LgspBasicAuth).type === 'lgsp-basic')
    return lgspBasicAuth(options as LgspBasicAuth, deps.now);
  const oauth = options as PrivateKeyJwtAuth | ClientSecretBasicAuth;
  if (oauth.type !== 'oauth2') {
    if (typeof (options as AuthProvider).headers === 'function') return options as AuthProvider;
    throw invalid('auth.type must be "oauth2" (or pass "none" or a provider with headers())', 'auth.type');
  }
  if (typeof oauth.clientId !== 'string' || oauth.clientId === '')
    throw invalid('auth.clientId is required', 'auth.clientId');
  if (oauth.scope !== undefined && typeof oauth.scope !== 'string')
    throw invalid('auth.scope must be a string', 'auth.scope');
  const skew = oauth.refreshSkewMs;
  if (skew !== undefined && !(Number.isFinite(skew) && skew >= 0)) {
    throw invalid('auth.refreshSkewMs must be a number of milliseconds, 0 or more', 'auth.refreshSkewMs');
  }
  const url = endpointUrl(oauth.tokenUrl, deps.baseUrl, '/oauth2/token', 'auth.tokenUrl');
  const timeouts = { headersMs: deps.timeouts?.headersMs, bodyMs: deps.timeouts?.bodyMs };
  const now = deps.now ?? Date.now;

  const baseForm = (): URLSearchParams => {
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (oauth.scope) form.set('scope', oauth.scope);
    return form;
  };

  let fetchToken: Parameters<typeof createTokenProvider>[0]['fetchToken'];
  if (oauth.method === 'private_key_jwt') {
    const signer = createAssertionSigner(oauth, oauth.audience ?? url.href);
    fetchToken = async (dispatcher, signal) => {
      const form = baseForm();
      form.set('client_assertion_type', CLIENT_ASSERTION_TYPE);
      form.set('client_assertion', await signer.sign(now()));
      return requestToken(dispatcher, { url, form, timeouts, signal });
    };
  } else if (oauth.method === 'client_secret_basic') {
    if (typeof oauth.clientSecret !== 'string' || oauth.clientSecret === '') {
      throw invalid('auth.clientSecret is required for client_secret_basic', 'auth.clientSecret');
    }
    const authorization = basicAuthorization(oauth.clientId, oauth.clientSecret);
    fetchToken = (dispatcher, signal) =>
      requestToken(dispatcher, { url, form: baseForm(), headers: { authorization }, timeouts, signal });
  } else {
    throw invalid('auth.method must be "private_key_jwt" or "client_secret_basic"', 'auth.method');
  }
  const cache = oauth.tokenCache;
  if (
    cache !== undefined &&
    !(
      typeof cache?.get === 'function' &&
      typeof cache.set === 'function' &&
      typeof cache.delete === 'function'
    )
  )
    throw invalid('auth.tokenCache must have get, set and delete (see TokenCache)', 'auth.tokenCache');
  // One token per endpoint, client and scope: the name a shared cache keeps it under (hashed there).
  const shared = cache && { cache, name: `${url.href} ${oauth.clientId} ${oauth.scope ?? ''}` };
  return createTokenProvider({ fetchToken, refreshSkewMs: skew, now, shared });
}

function invalid(message: string, field: string): InputError {
  return new InputError({ code: 'INVALID_CONFIG', message: `${message}.`, fields: [field] });
}
