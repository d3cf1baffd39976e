/**
 * Security-server and provider error answers from the REST profile's own examples (pr-rest 4.6): the
 * typed error the gateway makes of each, whether it is retried (idempotent services only), and that no
 * upstream text reaches the error. The mapping reads the X-Road type, never the status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnceOnlyError } from '@onceonly/core';
import {
  ATTEMPTS,
  type ConformanceEnv,
  ctx,
  firmLookup,
  firmSubmit,
  SPEC_PROVIDER,
  startConformanceEnv,
} from './conformance-env.js';
import { envelope } from '../support/protocol-server.js';
import { errorAnswers, replyWith } from './fixtures.js';

const answers = errorAnswers();

/** What each answer must become; `retried`: sent `ATTEMPTS` times to an idempotent service. */
const expected: Array<[name: string, error: string, code: string, retried: boolean, upstreamText: string]> = [
  ['category-1-provider-405', 'InputError', 'REQUEST_REFUSED', false, "Request method 'PUT'"],
  ['category-2-network-error', 'UpstreamError', 'PROVIDER_UNREACHABLE', true, '10.139.178.1'],
  ['category-3-bad-request', 'InputError', 'XROAD_CLIENT_ERROR', false, 'Error parsing'],
  ['category-4-database-error', 'UpstreamError', 'SECURITY_SERVER_ERROR', true, 'serverconf'],
  ['access-denied-up-to-7.7', 'AuthError', 'ACCESS_DENIED', false, 'Request is not allowed'],
];

describe('REST profile error answers (pr-rest 4.6)', () => {
  let env: ConformanceEnv;
  beforeAll(async () => {
    env = await startConformanceEnv();
  });
  afterAll(() => env.close());

  it('every fixture of the table is one the spec file holds', () => {
    for (const [name] of expected) expect(answers[name], name).toBeDefined();
  });

  describe.each([
    ['idempotent', firmLookup],
    ['not idempotent', firmSubmit],
  ] as const)('%s service', (kind, service) => {
    it.each(expected)('%s → %s %s', async (name, error, code, retried, upstreamText) => {
      const recorded = answers[name]!;
      env.server.requests.length = 0;
      env.audit.clear();
      env.server.reply(() => replyWith(recorded));
      const thrown = await env.gw.call(service, { taxCode: '0100109106' }, ctx).catch((e: unknown) => e);
      expect(OnceOnlyError.isInstance(thrown)).toBe(true);
      const typed = thrown as OnceOnlyError;
      expect({ name: typed.name, code: typed.code }).toEqual({ name: error, code });
      expect(typed.retryable).toBe(retried);
      expect(env.server.dataCalls()).toHaveLength(retried && kind === 'idempotent' ? ATTEMPTS : 1);
      // The same X-Road id on every attempt, and one audit record naming the outcome.
      expect(new Set(env.server.dataCalls().map((r) => r.headers['x-road-id'])).size).toBe(1);
      expect(env.audit.records).toHaveLength(1);
      expect(env.audit.records[0]).toMatchObject({ outcome: code, status: recorded.status });
      // Upstream text (addresses, hosts, provider messages) never reaches the error.
      expect(typed.message).not.toContain(upstreamText);
      expect(JSON.stringify(typed)).not.toContain(upstreamText);
    });
  });

  it('a missing access right never opens the breaker', async () => {
    const withBreaker = await startConformanceEnv({ breaker: { threshold: 2, halfOpenAfterMs: 60_000 } });
    try {
      withBreaker.server.reply(() => replyWith(answers['access-denied-up-to-7.7']!));
      for (let i = 0; i < 5; i++) {
        await expect(withBreaker.gw.call(firmLookup, { taxCode: '0100109106' }, ctx)).rejects.toMatchObject({
          code: 'ACCESS_DENIED',
        });
      }
      withBreaker.server.reply(() => ({ body: envelope({ name: 'Firm' }, `INSTANCE/${SPEC_PROVIDER}`) }));
      await expect(withBreaker.gw.call(firmLookup, { taxCode: '0100109106' }, ctx)).resolves.toBeDefined();
    } finally {
      await withBreaker.close();
    }
  });
});
