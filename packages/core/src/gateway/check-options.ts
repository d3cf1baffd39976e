import { checkTlsOptions } from '../auth/tls.js';
import { InputError } from '../errors/onceonly-error.js';
import { MAX_TIMER_MS } from '../transport/deadline.js';
import { parseClientId } from '../transport/xroad-id.js';
import { checkSoapOptions } from './check-soap-options.js';

/**
 * The largest delay Node.js timers can hold (2^31 - 1 ms, about 24.8 days). A larger one fires at once,
 * which would turn a generous deadline into an instant `DEADLINE_EXCEEDED`: refused instead.
 */
export const MAX_TIMEOUT_MS = MAX_TIMER_MS;

/**
 * Checks every option of `createGateway` once, at start-up, so a misconfigured portal fails before its
 * first citizen does. Throws `InputError` with code `INVALID_OPTION`, `fields: [option]` and a message
 * that names the option and what to use. Deeper checks of `auth`, `verify`, `consent` and `audit`
 * belong to their modules and run right after, in `createGateway`.
 *
 * @example
 * checkOptions({ baseUrl: 'https://ss.portal.gov.vn', client: 'VN/GOV/000.00.00.H23/PORTAL' }); // ok
 * checkOptions({ ...options, retry: { attempts: 0 } }); // InputError INVALID_OPTION, fields ['retry.attempts']
 */
/** The same rule the gateway parses the id with (parts may hold inner spaces, `%` and Unicode). */
function isClientId(value: unknown): boolean {
  try {
    parseClientId(value);
    return true;
  } catch {
    return false;
  }
}

export function checkOptions(options: unknown): void {
  if (!isObject(options)) fail('options', 'createGateway needs an options object { baseUrl, client, ... }');
  const o = options as Record<string, unknown>;
  checkBaseUrl(o.baseUrl);
  if (!isClientId(o.client)) {
    fail(
      'client',
      'client must be the X-Road client id INSTANCE/CLASS/MEMBER/SUBSYSTEM, e.g. VN/GOV/000.00.00.H23/PORTAL',
    );
  }
  if (
    o.dispatcher !== undefined &&
    typeof (o.dispatcher as { dispatch?: unknown })?.dispatch !== 'function'
  ) {
    fail('dispatcher', 'dispatcher must be an undici Dispatcher (an Agent, a Pool, a MockAgent)');
  }
  if (o.auth !== undefined && o.auth !== 'none' && !isObject(o.auth)) {
    fail('auth', 'auth must be "none", an OAuth 2.0 option object or a provider with headers()');
  }
  if (o.tls !== undefined) checkTlsOptions(o.tls);
  if (o.verify !== undefined && o.verify !== false && !isObject(o.verify)) {
    fail('verify', 'verify must be an object ({ jwks } or { jwksUrl }) or false');
  }
  if (o.consent !== undefined && !isObject(o.consent)) fail('consent', 'consent must be an object');
  checkTimeouts(o.timeouts);
  checkRetry(o.retry);
  checkBreaker(o.breaker);
  checkCache(o.cache);
  if (o.rateLimit !== undefined && typeof (o.rateLimit as { reserve?: unknown })?.reserve !== 'function') {
    fail(
      'rateLimit',
      'rateLimit must be a RateLimiter (memoryRateLimiter, or redisRateLimiter from @onceonly/core/redis)',
    );
  }
  checkAudit(o.audit);
  checkSoapOptions(o.soap);
  checkLogger(o.logger);
  if (
    o.maxResponseBytes !== undefined &&
    !(Number.isSafeInteger(o.maxResponseBytes) && (o.maxResponseBytes as number) > 0)
  ) {
    fail(
      'maxResponseBytes',
      'maxResponseBytes must be a whole number of bytes, 1 or more (default 1048576, 1 MiB)',
    );
  }
  if (
    o.tracing !== undefined &&
    typeof (o.tracing as { tracer?: { startSpan?: unknown } })?.tracer?.startSpan !== 'function'
  ) {
    fail('tracing', 'tracing must be { tracer } with an OpenTelemetry tracer (trace.getTracer(name))');
  }
  for (const name of ['idGenerator', 'now'] as const) {
    if (o[name] !== undefined && typeof o[name] !== 'function') {
      fail(
        name,
        `${name} must be a function (${name === 'now' ? 'returning epoch milliseconds' : 'returning a new X-Road id, e.g. crypto.randomUUID'})`,
      );
    }
  }
}

function checkBaseUrl(value: unknown): void {
  const what =
    'baseUrl must be the absolute http(s) URL of the security server or LGSP, e.g. https://ss.portal.gov.vn';
  if (typeof value !== 'string') fail('baseUrl', what);
  let url: URL;
  try {
    url = new URL(value as string);
  } catch {
    fail('baseUrl', what);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('baseUrl', what);
  if (url.username || url.password)
    fail('baseUrl', 'baseUrl must not carry credentials: use the auth option');
  if (url.search || url.hash) fail('baseUrl', 'baseUrl must not have a query or a fragment');
}

function checkTimeouts(value: unknown): void {
  if (value === undefined) return;
  const t = section(value, 'timeouts', ['connectMs', 'headersMs', 'bodyMs', 'callMs']);
  for (const name of ['connectMs', 'headersMs', 'bodyMs', 'callMs'])
    duration(t[name], `timeouts.${name}`, false);
}

function checkRetry(value: unknown): void {
  if (value === undefined || value === false) return;
  const r = section(value, 'retry', ['attempts', 'minDelayMs', 'maxDelayMs', 'factor', 'jitter'], 'or false');
  if (
    r.attempts !== undefined &&
    !(Number.isInteger(r.attempts) && (r.attempts as number) >= 1 && (r.attempts as number) <= 10)
  ) {
    fail(
      'retry.attempts',
      'retry.attempts must be a whole number from 1 (no retry) to 10, the first attempt included (default 3)',
    );
  }
  duration(r.minDelayMs, 'retry.minDelayMs', true);
  duration(r.maxDelayMs, 'retry.maxDelayMs', true);
  const min = (r.minDelayMs as number | undefined) ?? 100;
  const max = (r.maxDelayMs as number | undefined) ?? 5_000;
  if (max < min) {
    fail(
      'retry.maxDelayMs',
      `retry.maxDelayMs (${max}) must be at least retry.minDelayMs (${min}); defaults are 100 and 5000`,
    );
  }
  if (
    r.factor !== undefined &&
    !(typeof r.factor === 'number' && Number.isFinite(r.factor) && r.factor >= 1)
  ) {
    fail('retry.factor', 'retry.factor must be a finite number, 1 or more (default 2)');
  }
  if (r.jitter !== undefined && typeof r.jitter !== 'boolean')
    fail('retry.jitter', 'retry.jitter must be true or false (default true)');
}

function checkBreaker(value: unknown): void {
  if (value === undefined || value === false) return;
  if (isObject(value) && 'threshold' in value) {
    fail(
      'breaker.threshold',
      'breaker.threshold was replaced: the breaker now opens on a failure rate, so give breaker.failureRate (e.g. 0.5) and breaker.minimumCalls (e.g. 10) over breaker.windowMs',
    );
  }
  const b = section(
    value,
    'breaker',
    ['failureRate', 'minimumCalls', 'windowMs', 'halfOpenAfterMs'],
    'or false',
  );
  const rate = b.failureRate;
  if (rate !== undefined && !(typeof rate === 'number' && rate > 0 && rate <= 1)) {
    fail(
      'breaker.failureRate',
      'breaker.failureRate must be a fraction of failed calls, more than 0 and at most 1 (e.g. 0.5)',
    );
  }
  if (
    b.minimumCalls !== undefined &&
    !(Number.isSafeInteger(b.minimumCalls) && (b.minimumCalls as number) >= 1)
  ) {
    fail('breaker.minimumCalls', 'breaker.minimumCalls must be a whole number of calls, 1 or more (e.g. 10)');
  }
  duration(b.windowMs, 'breaker.windowMs', false);
  duration(b.halfOpenAfterMs, 'breaker.halfOpenAfterMs', false);
}

function checkCache(value: unknown): void {
  if (value === undefined) return;
  if (!isObject(value)) fail('cache', 'cache must be an object { maxEntries } or { store }');
  const c = value as Record<string, unknown>;
  if (c.maxEntries !== undefined && !(Number.isSafeInteger(c.maxEntries) && (c.maxEntries as number) >= 1)) {
    fail('cache.maxEntries', 'cache.maxEntries must be a whole number, 1 or more (default 1000)');
  }
  if (c.store !== undefined) {
    const store = c.store as { get?: unknown; set?: unknown } | null;
    if (typeof store?.get !== 'function' || typeof store?.set !== 'function') {
      fail(
        'cache.store',
        'cache.store must have get(key) and set(key, value, ttlMs) methods (see CacheStore)',
      );
    }
  }
}

function checkAudit(value: unknown): void {
  if (value === undefined) return;
  if (!isObject(value)) fail('audit', 'audit must be an object { sink, subjectKey }');
  const a = value as Record<string, unknown>;
  if (a.sink === undefined || a.sink === null) {
    fail(
      'audit.sink',
      'audit.sink is missing: give a sink (memoryAuditSink(), jsonlFileAuditSink(path), ...) or several',
    );
  }
  if (a.subjectKey === undefined || a.subjectKey === null || a.subjectKey === '') {
    fail(
      'audit.subjectKey',
      'audit.subjectKey is missing: give a secret of at least 32 bytes to hash citizens in audit records',
    );
  }
}

function checkLogger(value: unknown): void {
  if (value === undefined) return;
  const logger = value as Record<string, unknown> | null;
  for (const level of ['debug', 'info', 'warn', 'error']) {
    if (typeof logger?.[level] !== 'function') {
      fail(
        'logger',
        `logger must be pino-compatible, with debug, info, warn and error methods (${level} is missing)`,
      );
    }
  }
}

/** An options object with only the given keys. */
function section(
  value: unknown,
  name: string,
  keys: readonly string[],
  alternative = '',
): Record<string, unknown> {
  if (!isObject(value))
    fail(name, `${name} must be an object { ${keys.join(', ')} }${alternative ? ` ${alternative}` : ''}`);
  for (const key of Object.keys(value as object)) {
    if (!keys.includes(key)) {
      const shown = /^[A-Za-z][A-Za-z0-9_]{0,40}$/.test(key) ? key : '(a key)';
      fail(`${name}.${shown}`, `${name}.${shown} is not an option: use ${keys.join(', ')}`);
    }
  }
  return value as Record<string, unknown>;
}

/** A timer duration in milliseconds: finite, positive (or 0 when allowed), at most MAX_TIMEOUT_MS. */
function duration(value: unknown, name: string, zeroAllowed: boolean): void {
  if (value === undefined) return;
  const ok = typeof value === 'number' && Number.isFinite(value) && (zeroAllowed ? value >= 0 : value > 0);
  if (!ok)
    fail(
      name,
      `${name} must be a finite number of milliseconds, ${zeroAllowed ? '0 or more' : 'more than 0'}`,
    );
  if ((value as number) > MAX_TIMEOUT_MS) {
    // Written with separators: an unbroken 10-digit run would be masked as a possible personal id.
    fail(
      name,
      `${name} is more than 2,147,483,647 ms (about 24.8 days), the longest delay Node.js timers can hold; use a smaller value`,
    );
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(option: string, message: string): never {
  throw new InputError({ code: 'INVALID_OPTION', message: `${message}.`, fields: [option] });
}
