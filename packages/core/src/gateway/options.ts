import type { Dispatcher } from 'undici';
import type { AuditOptions } from '../audit/types.js';
import type { AuthOptions, TlsOptions } from '../auth/types.js';
import type { CacheStore } from '../cache/cache-store.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
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

/**
 * One circuit breaker per provider subsystem. It opens on a failure rate over a sliding window, with a
 * minimum number of calls, never on N failures in a row: a group of citizens whose records make the
 * provider fail cannot lock everyone else out. Faults are transport failures, timeouts (a call that
 * runs into its deadline included) and the provider's 5xx; a 4xx, a missing access right or a bad
 * input never count.
 *
 * @example
 * createGateway({ ..., breaker: { failureRate: 0.5, minimumCalls: 20, windowMs: 60_000 } });
 */
export interface BreakerOptions {
  /** Share of faulted calls in the window (0 < x ≤ 1) at or above which the breaker opens. Default 0.5. */
  failureRate?: number;
  /** Calls the window must hold before the rate counts at all. Default 10. */
  minimumCalls?: number;
  /** Length of the sliding window, in milliseconds. Default 30 000. */
  windowMs?: number;
  /** How long an open breaker fails fast before letting one trial call through. Default 10 000 ms. */
  halfOpenAfterMs?: number;
}

/** What the `headers` hook is told about an attempt: ids and codes only, never a body or a personal id. */
export interface HeadersHookInfo {
  /** Service id, e.g. `population.citizen.get`. */
  serviceId: string;
  /** Provider subsystem called, `CLASS/MEMBER/SUBSYSTEM`. */
  provider: string;
  /** X-Road id of the logical call (the same on every attempt). */
  xroadId: string;
  /** Attempt number, from 1 (a re-send after a token refresh counts). */
  attempt: number;
  /** Purpose code of the call (`ctx.purpose`). */
  purpose: string;
}

/** The end of a call, for metrics: ids, codes and figures only, never a body or a personal id. */
export interface CallSummary {
  serviceId: string;
  /** Provider subsystem called, `CLASS/MEMBER/SUBSYSTEM`. */
  provider: string;
  xroadId: string;
  /** `success`, or the error code the call ended with. */
  outcome: string;
  /** Requests sent (0 when refused before sending or served from the cache). */
  attempts: number;
  durationMs: number;
  cached: boolean;
  /** HTTP status of the last answer, when there was one. */
  status?: number;
}

/**
 * Integrator hooks. They never receive a body or a personal identifier.
 *
 * @example
 * createGateway({ ..., hooks: {
 *   headers: () => ({ 'x-portal-instance': 'web-1' }),
 *   onCallEnd: (s) => metrics.histogram('xroad_call_ms', s.durationMs, { service: s.serviceId, outcome: s.outcome }),
 * } });
 */
export interface GatewayHooks {
  /**
   * Extra headers for each attempt (sync or async). Names must be valid header names and values
   * printable ASCII; `x-road-*`, `x-consent`, `x-purpose`, `authorization`, `content-type`, `accept`
   * and connection headers cannot be set (`HOOK_HEADER_REFUSED`). A hook that throws fails the call
   * with `HOOK_FAILED`; neither is retried.
   */
  headers?: (info: HeadersHookInfo) => Record<string, string> | Promise<Record<string, string>>;
  /**
   * Called once when a call ends, after its audit record. What it throws or rejects with is logged
   * (redacted) and never changes the call's result; it is not awaited.
   */
  onCallEnd?: (summary: CallSummary) => void | Promise<void>;
}

export interface CacheOptions {
  /** Store for cached answers. Default: an in-memory LRU (lru-cache) bounded by `maxEntries`. */
  store?: CacheStore;
  /** Size bound of the default store. Default 1 000 entries. */
  maxEntries?: number;
}

/** How one provider's SOAP services are reached. */
export interface SoapProviderOptions {
  /**
   * Accept answers whose SOAP header is empty or missing (some LGSP wrappers strip it). Then only the
   * subject check on the body guards against cross-talk. Default `false`.
   */
  acceptEmptyHeader?: boolean;
  /** Endpoint path on the security server. Default `/` (a security server's SOAP endpoint is its root). */
  path?: string;
}

/**
 * The SOAP profile (X-Road message protocol 4.0), per provider subsystem.
 *
 * @example
 * createGateway({ ..., soap: { providers: { 'GOV/000.00.00.G10/CSDLDC': { acceptEmptyHeader: true } } } });
 */
export interface SoapOptions {
  /** Keyed by provider subsystem, `CLASS/MEMBER/SUBSYSTEM`. */
  providers?: Record<string, SoapProviderOptions>;
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
  /**
   * Requests per second to each provider, so the platform's quota holds. The gateway takes a slot before
   * every request it sends and waits for it within the call's deadline; when no slot frees in time the
   * call fails at once with `QUOTA_EXCEEDED` (nothing sent). Default: no limit. With several portal
   * instances, pass `redisRateLimiter` from `@onceonly/core/redis` so they share one quota.
   *
   * @example
   * createGateway({ ..., rateLimit: memoryRateLimiter({ providers: { 'GOV/000.00.00.G10/CSDLDC': { perSecond: 50 } } }) });
   */
  rateLimit?: RateLimiter;
  /** Audit records: one per logical call. */
  audit?: AuditOptions;
  /** Integrator hooks: extra headers per attempt, a summary at the end of each call. */
  hooks?: GatewayHooks;
  /** pino-compatible logger; everything logged is redacted. Default: silent. */
  logger?: Logger;
  /** Largest response body accepted, in bytes; a larger one is aborted, not buffered. Default 1 MiB. */
  maxResponseBytes?: number;
  /** SOAP services: per-provider endpoint path and empty-header tolerance. */
  soap?: SoapOptions;
  /** Optional OpenTelemetry tracing. */
  tracing?: TracingOptions;
  /** Source of X-Road ids. Default `crypto.randomUUID`. */
  idGenerator?: () => string;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}
