/**
 * Security-server and provider error answers from the REST profile's own examples (pr-rest 4.6): the
 * typed error the gateway makes of each, whether it is retried (idempotent services only), and that no
 * upstream text reaches the error. The mapping reads the X-Road type, never the status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, OnceOnlyError } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { getCitizenRest, population } from '@onceonly/population';
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
  ['access-denied-7.8', 'AuthError', 'ACCESS_DENIED', false, 'Request is not allowed'],
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

  it.each(['access-denied-up-to-7.7', 'access-denied-7.8'])(
    'a missing access right (%s) never opens the breaker; provider faults do',
    async (name) => {
      // A breaker that opens once half of two calls or more fail, and stays open for the test.
      const withBreaker = await startConformanceEnv({
        breaker: { failureRate: 0.5, minimumCalls: 2, windowMs: 60_000, halfOpenAfterMs: 60_000 },
      });
      const lookup = () => withBreaker.gw.call(firmLookup, { taxCode: '0100109106' }, ctx);
      try {
        withBreaker.server.reply(() => replyWith(answers[name]!));
        for (let i = 0; i < 5; i++) await expect(lookup()).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
        withBreaker.server.reply(() => ({
          body: envelope({ name: 'Firm' }, `INSTANCE/${SPEC_PROVIDER}`),
          sign: false,
        }));
        await expect(lookup()).resolves.toBeDefined();
        // The control: answers the provider failed to give do open it.
        withBreaker.server.reply(() => replyWith(answers['category-2-network-error']!));
        const codes: string[] = [];
        for (let i = 0; i < 10; i++) codes.push(((await lookup().catch((e) => e)) as OnceOnlyError).code);
        expect(codes).toContain('CIRCUIT_OPEN');
      } finally {
        await withBreaker.close();
      }
    },
  );
});

describe('the mock answers security-server errors the way a real security server does', () => {
  it.each([
    ['7.8', 'server.serverproxy.access_denied'],
    ['7.7', 'Server.ServerProxy.AccessDenied'],
  ])('playing X-Road %s: AccessDenied at HTTP 500, spelled %s', async (xroadVersion, spelled) => {
    const mock = createMockPlatform({ seed: 42, xroadVersion });
    await mock.listen();
    const gw = createGateway({ ...mock.gatewayOptions(), retry: false, breaker: false });
    const persona = mock.world.byTag('adult')[0]!;
    // The REST profile: the raw answer read back below is its JSON problem with the X-Road-Error header.
    mock.faults.inject(getCitizenRest.id, {
      kind: 'xroad-error',
      type: 'Server.ServerProxy.AccessDenied',
    });
    const consent = mock.consent(persona.personalId, ['population.basic'], ctx.purpose);
    try {
      await expect(
        population(gw, { encoding: 'rest' }).getCitizen(lookupOf(persona), {
          ...ctx,
          consent,
          officerId: MOCK_OFFICER_ID,
        }),
      ).rejects.toMatchObject({ name: 'AuthError', code: 'ACCESS_DENIED' });
      const [sent] = mock.calls.filter((c) => c.service);
      expect(sent!.status).toBe(500);
      // The same request again, read raw: the type as that version spells it, header and body alike.
      const headers = Object.fromEntries(
        Object.entries(sent!.headers).filter(([name]) => /^(x-|content-type|authorization)/.test(name)),
      );
      const raw = await fetch(`${mock.url}${sent!.path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(sent!.body),
      });
      expect(raw.status).toBe(500);
      expect(raw.headers.get('x-road-error')).toBe(spelled);
      expect(((await raw.json()) as { type: string }).type).toBe(spelled);
    } finally {
      await gw.close();
      await mock.close();
    }
  });
});
