import type { Dispatcher } from 'undici';
import type { LgspBasicAuth } from './lgsp-basic.js';

export type { LgspBasicAuth };

/** What an auth provider gets for one attempt. */
export interface AuthAttempt {
  /** The gateway's dispatcher: token requests go where the data calls go (in-process mock included). */
  dispatcher: Dispatcher;
  signal?: AbortSignal | undefined;
  /** The full URL of this attempt (origin, path and query), for schemes that sign it (`lgsp-basic`). */
  url?: string | undefined;
}

/**
 * Supplies the credentials for one attempt. Called inside the retry step, so every attempt is fresh.
 * Implementations memoise tokens: concurrent callers share one fetch, refreshed before expiry.
 */
export interface AuthProvider {
  /** Headers to add to this attempt, e.g. `{ authorization: 'Bearer …' }`; `{}` for none. */
  headers(attempt: AuthAttempt): Promise<Record<string, string>>;
  /** The server answered 401: forget the cached token so the next call fetches a new one. */
  invalidate?(): void;
  /** The gateway is closing: abort in-flight token requests (their sockets are released) and forget tokens. */
  close?(): void;
}

/** A platform access token as a {@link TokenCache} holds it. */
export interface SharedToken {
  accessToken: string;
  /** When it expires, epoch milliseconds. */
  expiresAt: number;
  /** When an instance should fetch a new one (before expiry), epoch milliseconds. */
  refreshAt: number;
}

/**
 * Where portal instances share the platform token, so that one token request serves all of them
 * (`redisTokenCache` from `@onceonly/core/redis`). A cache that fails is skipped: the token is then
 * fetched as without it.
 */
export interface TokenCache {
  get(name: string): Promise<SharedToken | undefined>;
  set(name: string, token: SharedToken): Promise<void>;
  /** Forgets `name`'s token if it is still `accessToken` (another instance may have stored a newer one). */
  delete(name: string, accessToken: string): Promise<void>;
}

/** OAuth 2.0 client credentials, client authenticated by a signed JWT (RFC 7523, `private_key_jwt`). */
export interface PrivateKeyJwtAuth {
  type: 'oauth2';
  method: 'private_key_jwt';
  /** Default: `{baseUrl}/oauth2/token`. */
  tokenUrl?: string | undefined;
  clientId: string;
  /** PKCS#8 PEM string, or a private JWK. */
  privateKey: string | Record<string, unknown>;
  /** Signing algorithm of the assertion. Default `ES256` for EC keys, `RS256` for RSA keys. */
  algorithm?: 'ES256' | 'ES384' | 'RS256' | 'PS256' | 'EdDSA' | undefined;
  /** Key id placed in the assertion header. */
  keyId?: string | undefined;
  /** Audience of the assertion. Default: the token URL. */
  audience?: string | undefined;
  scope?: string | undefined;
  /** Refresh this long before expiry. Default 30 000 ms. */
  refreshSkewMs?: number | undefined;
  /** Share the token between portal instances. Default: each instance keeps its own. */
  tokenCache?: TokenCache | undefined;
}

/** OAuth 2.0 client credentials with HTTP Basic client authentication. */
export interface ClientSecretBasicAuth {
  type: 'oauth2';
  method: 'client_secret_basic';
  tokenUrl?: string | undefined;
  clientId: string;
  clientSecret: string;
  scope?: string | undefined;
  refreshSkewMs?: number | undefined;
  /** Share the token between portal instances. Default: each instance keeps its own. */
  tokenCache?: TokenCache | undefined;
}

/** `none` (security server with TLS or mutual TLS), an OAuth 2.0 flow, or your own provider. */
export type AuthOptions = 'none' | PrivateKeyJwtAuth | ClientSecretBasicAuth | LgspBasicAuth | AuthProvider;

/** Client TLS for the connection to the security server or LGSP. */
export interface TlsOptions {
  /** Client certificate chain (PEM) for mutual TLS. */
  cert?: string | Buffer | undefined;
  /** Client private key (PEM). */
  key?: string | Buffer | undefined;
  /** Client certificate and key as PKCS#12 (`.p12` / `.pfx`), instead of `cert` + `key`. */
  pfx?: string | Buffer | undefined;
  /** Passphrase of an encrypted `key` or of `pfx`. */
  passphrase?: string | undefined;
  /** Trusted CA certificates (PEM) for the server. */
  ca?: string | Buffer | Array<string | Buffer> | undefined;
  /** Server name for SNI and certificate checks, when it differs from the URL host. */
  servername?: string | undefined;
  /** Default `true`. Set `false` only in tests. */
  rejectUnauthorized?: boolean | undefined;
}
