import type { Dispatcher } from 'undici';
import type { AuditOptions } from '../audit/types.js';
import type { AuthOptions, TlsOptions } from '../auth/types.js';
import type { CacheStore } from '../cache/cache-store.js';
import type { Logger } from '../log/logger.js';
import type { ConsentOptions } from '../policy/consent-types.js';
import type { VerifyOptions } from '../signature/types.js';
import type { TracingOptions } from '../log/tracing.js';

export interface TimeoutOptions {
  /** TCP + TLS connect. Default 5 000 ms. */
  connectMs?: number;
  /** Until the response headers arrive. Default 15 000 ms. */
  headersMs?: number;
  /** Between body chunks. Default 15 000 ms. */
  bodyMs?: number;
  /** Overall deadline of a logical call, retries included (overridden by `ctx.timeoutMs`). Default 30 000 ms. */
  callMs?: number;
}

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. `1` disables retries. */
  attempts?: number;
  /** First backoff. Default 100 ms. */
  minDelayMs?: number;
  /** Largest backoff, and the largest `Retry-After` honoured. Default 5 000 ms. */
  maxDelayMs?: number;
  /** Exponential factor. Default 2. */
  factor?: number;
  /** Randomise backoffs (full jitter between the delay and twice it). Default `true`. */
  jitter?: boolean;
}

export interface BreakerOptions {
  /** Consecutive faults (transport failures, 5xx) that open the breaker of a provider. Default 5. */
  threshold?: number;
  /** How long an open breaker fails fast before letting one trial call through. Default 10 000 ms. */
  halfOpenAfterMs?: number;
}

export interface CacheOptions {
  /** Store for cached answers. Default: an in-memory LRU (lru-cache) bounded by `maxEntries`. */
  store?: CacheStore;
  /** Size bound of the default store. Default 1 000 entries. */
  maxEntries?: number;
}

export interface GatewayOptions {
  /** The security server or LGSP, e.g. `https://ss.portal.gov.vn`. */
  baseUrl: string;
  /** X-Road client id of this portal, `INSTANCE/CLASS/MEMBER/SUBSYSTEM`: `VN/GOV/000.00.00.H23/PORTAL`. */
  client: string;
  /** Any undici Dispatcher (an Agent, a Pool, the mock's in-process dispatcher). Default: a keep-alive Agent. */
  dispatcher?: Dispatcher;
  /** Credentials added to each attempt. Default `'none'`. */
  auth?: AuthOptions;
  /** Client TLS (mutual TLS certificates, CA). Ignored when `dispatcher` is given. */
  tls?: TlsOptions;
  /**
   * Verify payload signatures, with each provider's keys from configuration (a security server serves
   * no JWKS): `{ providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl } | { keys } | 'none' } }`. Default:
   * on and required, so a call to a provider without configured keys fails before anything is sent.
   * `false` turns verification off (not recommended).
   */
  verify?: VerifyOptions | false;
  /** How consent tokens are checked before a call. */
  consent?: ConsentOptions;
  timeouts?: TimeoutOptions;
  retry?: RetryOptions | false;
  breaker?: BreakerOptions | false;
  cache?: CacheOptions;
  /** Audit records: one per logical call. */
  audit?: AuditOptions;
  /** pino-compatible logger; everything logged is redacted. Default: silent. */
  logger?: Logger;
  /** Largest response body accepted, in bytes; a larger one is aborted, not buffered. Default 1 MiB. */
  maxResponseBytes?: number;
  /** Optional OpenTelemetry tracing. */
  tracing?: TracingOptions;
  /** Source of X-Road ids. Default `crypto.randomUUID`. */
  idGenerator?: () => string;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}
