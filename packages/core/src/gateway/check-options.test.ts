import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { checkOptions, MAX_TIMEOUT_MS } from './check-options.js';
import { createGateway } from './create-gateway.js';

const BASE = { baseUrl: 'https://ss.portal.gov.vn', client: 'VN/GOV/000.00.00.H23/PORTAL' };
const sink = { write() {} };
const logger = { debug() {}, info() {}, warn() {}, error() {} };

function refusal(options: unknown): InputError {
  try {
    checkOptions(options);
  } catch (error) {
    if (InputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('checkOptions', () => {
  it('accepts a full, valid configuration', () => {
    expect(() =>
      checkOptions({
        ...BASE,
        timeouts: { connectMs: 1, headersMs: 2, bodyMs: 3, callMs: MAX_TIMEOUT_MS },
        retry: { attempts: 10, minDelayMs: 0, maxDelayMs: 0, factor: 1, jitter: false },
        breaker: { failureRate: 1, minimumCalls: 1, windowMs: 60_000, halfOpenAfterMs: 5_000 },
        cache: { maxEntries: 1, store: { get() {}, set() {} } },
        audit: { sink: [sink], subjectKey: 'k'.repeat(32) },
        logger,
        maxResponseBytes: 1,
        idGenerator: () => 'id',
        now: Date.now,
      }),
    ).not.toThrow();
    expect(() => checkOptions({ ...BASE, retry: false, breaker: false, auth: 'none' })).not.toThrow();
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['no baseUrl', { baseUrl: undefined }, 'baseUrl', /absolute http\(s\) URL/],
    ['ftp baseUrl', { baseUrl: 'ftp://ss' }, 'baseUrl', /http\(s\)/],
    ['credentials in baseUrl', { baseUrl: 'https://u:p@ss' }, 'baseUrl', /auth option/],
    ['query in baseUrl', { baseUrl: 'https://ss/?a=1' }, 'baseUrl', /query/],
    ['client with 3 parts', { client: 'GOV/1/PORTAL' }, 'client', /INSTANCE\/CLASS\/MEMBER\/SUBSYSTEM/],
    ['dispatcher without dispatch', { dispatcher: {} }, 'dispatcher', /undici Dispatcher/],
    ['auth as a number', { auth: 3 }, 'auth', /"none"/],
    ['timeouts not an object', { timeouts: 5 }, 'timeouts', /object/],
    ['timeout zero', { timeouts: { callMs: 0 } }, 'timeouts.callMs', /more than 0/],
    ['timeout NaN', { timeouts: { headersMs: Number.NaN } }, 'timeouts.headersMs', /finite/],
    ['timeout infinite', { timeouts: { bodyMs: Number.POSITIVE_INFINITY } }, 'timeouts.bodyMs', /finite/],
    [
      'timeout over the timer limit',
      { timeouts: { callMs: MAX_TIMEOUT_MS + 1 } },
      'timeouts.callMs',
      /2,147,483,647 ms.*smaller/,
    ],
    [
      'timeout key misspelt',
      { timeouts: { callMS: 5 } },
      'timeouts.callMS',
      /connectMs, headersMs, bodyMs, callMs/,
    ],
    ['retry attempts 0', { retry: { attempts: 0 } }, 'retry.attempts', /1 \(no retry\) to 10/],
    ['retry attempts 11', { retry: { attempts: 11 } }, 'retry.attempts', /to 10/],
    ['retry attempts 2.5', { retry: { attempts: 2.5 } }, 'retry.attempts', /whole number/],
    ['retry negative delay', { retry: { minDelayMs: -1 } }, 'retry.minDelayMs', /0 or more/],
    [
      'retry max < min',
      { retry: { minDelayMs: 500, maxDelayMs: 100 } },
      'retry.maxDelayMs',
      /at least retry.minDelayMs/,
    ],
    ['retry max < default min', { retry: { maxDelayMs: 50 } }, 'retry.maxDelayMs', /at least/],
    ['retry factor < 1', { retry: { factor: 0.5 } }, 'retry.factor', /1 or more/],
    ['retry jitter string', { retry: { jitter: 'yes' } }, 'retry.jitter', /true or false/],
    ['retry unknown key', { retry: { retries: 3 } }, 'retry.retries', /attempts/],
    ['retry true', { retry: true }, 'retry', /or false/],
    [
      'breaker old threshold',
      { breaker: { threshold: 5 } },
      'breaker.threshold',
      /replaced.*failureRate.*minimumCalls/,
    ],
    ['breaker rate 0', { breaker: { failureRate: 0 } }, 'breaker.failureRate', /more than 0 and at most 1/],
    ['breaker rate 50', { breaker: { failureRate: 50 } }, 'breaker.failureRate', /at most 1/],
    ['breaker minimumCalls 0', { breaker: { minimumCalls: 0 } }, 'breaker.minimumCalls', /1 or more/],
    ['breaker window negative', { breaker: { windowMs: -5 } }, 'breaker.windowMs', /more than 0/],
    [
      'breaker halfOpen huge',
      { breaker: { halfOpenAfterMs: 1e12 } },
      'breaker.halfOpenAfterMs',
      /Node\.js timers/,
    ],
    ['breaker unknown key', { breaker: { volume: 3 } }, 'breaker.volume', /failureRate/],
    ['cache maxEntries 0', { cache: { maxEntries: 0 } }, 'cache.maxEntries', /1 or more/],
    ['cache maxEntries 1.5', { cache: { maxEntries: 1.5 } }, 'cache.maxEntries', /whole number/],
    ['cache store without set', { cache: { store: { get() {} } } }, 'cache.store', /get\(key\) and set/],
    ['audit without sink', { audit: { subjectKey: 'k'.repeat(32) } }, 'audit.sink', /memoryAuditSink/],
    ['audit without key', { audit: { sink } }, 'audit.subjectKey', /32 bytes/],
    ['audit not an object', { audit: true }, 'audit', /sink, subjectKey/],
    ['logger without warn', { logger: { debug() {}, info() {}, error() {} } }, 'logger', /warn is missing/],
    ['logger string', { logger: 'console' }, 'logger', /pino-compatible/],
    ['maxResponseBytes 0', { maxResponseBytes: 0 }, 'maxResponseBytes', /1 or more/],
    ['maxResponseBytes 1.5', { maxResponseBytes: 1.5 }, 'maxResponseBytes', /whole number/],
    ['idGenerator not a function', { idGenerator: 'uuid' }, 'idGenerator', /crypto.randomUUID/],
    ['now not a function', { now: 5 }, 'now', /epoch milliseconds/],
    ['tracing without tracer', { tracing: {} }, 'tracing', /OpenTelemetry tracer/],
    ['tls not an object', { tls: 'cert.pem' }, 'tls', /object/],
    ['tls cert without key', { tls: { cert: 'x' } }, 'tls.key', /go together/],
    ['tls cert as number', { tls: { cert: 1, key: 'x' } }, 'tls.cert', /string \(PEM\) or a Buffer/],
    ['tls ca garbage', { tls: { ca: 'hello' } }, 'tls.ca', /no PEM certificate/],
  ])('%s → INVALID_OPTION naming %s', (_name, patch, field, message) => {
    const error = refusal({ ...BASE, ...patch });
    expect(error).toMatchObject({ code: 'INVALID_OPTION', fields: [field], retryable: false });
    expect(error.message).toMatch(message);
    expect(error.message).toContain(field.split('.')[0]);
  });

  it('refuses a non-object', () => {
    expect(refusal(undefined)).toMatchObject({ fields: ['options'] });
  });

  it('never echoes an odd key name', () => {
    const error = refusal({ ...BASE, retry: { 'Nguyễn 001203012345': 1 } });
    expect(JSON.stringify(error)).not.toMatch(/Nguy|001203012345/);
    expect(error.fields).toEqual(['retry.(a key)']);
  });

  it('runs at createGateway, before anything is built', () => {
    expect(() => createGateway({ ...BASE, timeouts: { callMs: 3_000_000_000 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', fields: ['timeouts.callMs'] }),
    );
    expect(() => createGateway({ ...BASE, breaker: { threshold: 2 } } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', fields: ['breaker.threshold'] }),
    );
  });
});
