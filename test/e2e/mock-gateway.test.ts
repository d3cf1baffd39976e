/**
 * The gateway against the mock platform, in-process (undici Dispatcher, no sockets) and over real HTTP:
 * the same answers both ways, every fault ends in the typed error the core promises, and a seed gives
 * the same world and the same answers every time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthError,
  createGateway,
  type Gateway,
  type GatewayOptions,
  InputError,
  memoryAuditSink,
  NetworkError,
  NotFoundError,
  OnceOnlyError,
  RateLimitError,
  ResponseError,
  TimeoutError,
  UpstreamError,
} from '@onceonly/core';
import {
  createMockPlatform,
  createWorld,
  type Fault,
  lookupOf,
  MOCK_OFFICER_ID,
  type MockPlatform,
} from '@onceonly/mock';
import { getCitizenRest, population } from '@onceonly/population';

// The REST encoding of the population services; the SOAP encoding runs in population-encodings.test.ts.
const ENCODING = 'rest';
const SERVICE = getCitizenRest.id;

const PURPOSE = '1.001193';
const ctx = { purpose: PURPOSE, caseId: 'E2E-0001', officerId: MOCK_OFFICER_ID };
const SUBJECT_KEY = 'e2e-audit-subject-key-32-bytes-long!';

type Transport = 'in-process' | 'http';

async function start(transport: Transport, options: Parameters<typeof createMockPlatform>[0] = {}) {
  // X-Road 7.7 error spelling: core reads the 7.8 one only once the error-mapping work is merged.
  const mock = createMockPlatform({ seed: 42, ...options });
  if (transport === 'http') await mock.listen();
  const audit = memoryAuditSink();
  const gw = createGateway({
    ...mock.gatewayOptions(),
    retry: { attempts: 3, minDelayMs: 5, maxDelayMs: 2_000 },
    breaker: false,
    audit: { sink: audit, subjectKey: SUBJECT_KEY },
  });
  return { mock, gw, audit, pop: population(gw, { encoding: ENCODING }) };
}

async function lookup(mock: MockPlatform, gw: Gateway, personalId: string, timeoutMs?: number) {
  const consent = mock.consent(personalId, ['population.basic'], PURPOSE);
  const persona = mock.world.byPersonalId(personalId);
  const query = persona ? lookupOf(persona) : { personalId, fullName: 'Không Có Ai', birthDate: '1990' };
  const citizen = await population(gw, { encoding: ENCODING }).getCitizen(query, {
    ...ctx,
    consent,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  // The record compared; where it came from is checked apart (retrievedAt is each call's own time).
  expect(citizen.provenance.provider).toMatch(/CSDLDC$/);
  const { provenance: _provenance, ...record } = citizen;
  return record;
}

describe('the same answers in-process and over HTTP', () => {
  it('returns identical citizens for every kind of persona', async () => {
    const a = await start('in-process');
    const b = await start('http');
    try {
      const tags = [
        'year-only-birth',
        'month-year-birth',
        'old-id',
        'pre-2025-address',
        'rare-diacritics',
        'minor',
        'married',
        'elderly',
      ];
      for (const tag of tags) {
        const persona = a.mock.world.byTag(tag)[0]!;
        const viaDispatcher = await lookup(a.mock, a.gw, persona.personalId);
        const viaHttp = await lookup(b.mock, b.gw, persona.personalId);
        expect(viaHttp, tag).toEqual(viaDispatcher);
        expect(viaDispatcher.personalId).toBe(persona.personalId);
      }
      // Both sides refuse an unknown citizen the same way.
      const unknown = '001203999999';
      const errors = await Promise.all([
        lookup(a.mock, a.gw, unknown).catch((e) => e),
        lookup(b.mock, b.gw, unknown).catch((e) => e),
      ]);
      for (const error of errors) expect(NotFoundError.isInstance(error)).toBe(true);
    } finally {
      await Promise.all([a.gw.close(), b.gw.close(), a.mock.close(), b.mock.close()]);
    }
  });

  it('exposes the metaservices identically', async () => {
    const a = await start('in-process');
    const b = await start('http');
    try {
      expect(await b.gw.listClients()).toEqual(await a.gw.listClients());
      const provider = 'GOV/000.00.00.G10/CSDLDC';
      const methods = await a.gw.listMethods(provider);
      expect(methods.map((m) => m.serviceCode)).toContain('TraCuuThongTinCongDan');
      expect(await b.gw.allowedMethods(provider)).toEqual(await a.gw.allowedMethods(provider));
      // The mock's providers publish YAML, as the REST metadata protocol's own example does.
      const openapi = await a.gw.getOpenAPI(provider, 'TraCuuThongTinCongDan', { parse: true });
      expect(openapi.mediaType).toBe('text/yaml');
      expect(openapi.document?.openapi).toMatch(/^3\.1/);
      const overHttp = await b.gw.getOpenAPI(provider, 'TraCuuThongTinCongDan', { parse: true });
      expect(overHttp.document?.paths).toEqual(openapi.document?.paths);
      // Members and their subsystems, each once.
      const clients = await a.gw.listClients();
      expect(clients.find((c) => c.id === 'VN/GOV/000.00.00.G10')).toMatchObject({
        kind: 'MEMBER',
        memberName: 'Bộ Công an',
      });
      expect(clients.find((c) => c.id === 'VN/GOV/000.00.00.G10/CSDLDC')).toMatchObject({
        kind: 'SUBSYSTEM',
        subsystemName: 'Cơ sở dữ liệu quốc gia về dân cư',
      });
      expect(methods[0]).toMatchObject({
        serviceType: 'OPENAPI',
        endpoints: [{ method: 'POST', path: '/' }],
      });
    } finally {
      await Promise.all([a.gw.close(), b.gw.close(), a.mock.close(), b.mock.close()]);
    }
  });
});

const faults: Array<[string, Fault, (error: unknown) => boolean, string | undefined]> = [
  ['503 (persisting)', { kind: 'status', status: 503 }, UpstreamError.isInstance, 'UNAVAILABLE'],
  ['500 (persisting)', { kind: 'status', status: 500 }, UpstreamError.isInstance, undefined],
  [
    '429 with a long Retry-After',
    { kind: 'status', status: 429, retryAfterSec: 60 },
    RateLimitError.isInstance,
    'RATE_LIMITED',
  ],
  ['connection reset', { kind: 'reset' }, NetworkError.isInstance, undefined],
  ['a body cut short', { kind: 'truncate' }, NetworkError.isInstance, undefined],
  ['a hang past the deadline', { kind: 'hang' }, TimeoutError.isInstance, 'DEADLINE_EXCEEDED'],
  ['malformed JSON', { kind: 'malformed' }, ResponseError.isInstance, 'RESPONSE_MALFORMED'],
  ['a body that breaks the schema', { kind: 'schema' }, ResponseError.isInstance, 'RESPONSE_SCHEMA'],
  ['an oversized body', { kind: 'oversized' }, ResponseError.isInstance, 'RESPONSE_TOO_LARGE'],
  ['a bad signature', { kind: 'bad-signature' }, ResponseError.isInstance, 'SIGNATURE_INVALID'],
  [
    'X-Road AccessDenied',
    { kind: 'xroad-error', type: 'Server.ServerProxy.AccessDenied' },
    AuthError.isInstance,
    'ACCESS_DENIED',
  ],
  [
    'X-Road ServiceFailed',
    { kind: 'xroad-error', type: 'Server.ServerProxy.ServiceFailed' },
    UpstreamError.isInstance,
    'PROVIDER_UNREACHABLE',
  ],
  [
    'X-Road UnknownService',
    { kind: 'xroad-error', type: 'Server.ServerProxy.UnknownService' },
    UpstreamError.isInstance,
    'UNKNOWN_SERVICE',
  ],
];

describe.each(['in-process', 'http'] as const)('faults (%s)', (transport) => {
  let env: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    env = await start(transport);
  });
  afterAll(async () => {
    await env.gw.close();
    await env.mock.close();
  });

  it.each(faults)('%s gives the typed error', async (_, fault, isExpected, code) => {
    env.mock.faults.clear();
    env.audit.clear();
    const persona = env.mock.world.byTag('adult')[0]!;
    env.mock.faults.inject(SERVICE, fault);
    const error = await lookup(env.mock, env.gw, persona.personalId, 1_500).catch((e) => e);
    env.mock.faults.clear();
    expect(isExpected(error), String(error?.name)).toBe(true);
    if (code) expect(error.code).toBe(code);
    expect(error.serviceId).toBe(SERVICE);
    expect(JSON.stringify(error)).not.toContain(persona.personalId);
    expect(error.message).not.toContain(persona.personalId);
    expect(env.audit.records).toHaveLength(1);
    expect(env.audit.records[0]!.outcome).toBe(error.code);
  });

  it('retries a passing fault and succeeds, with one X-Road-Id for every attempt', async () => {
    const persona = env.mock.world.byTag('adult')[1]!;
    for (const fault of [
      { kind: 'status', status: 503 },
      { kind: 'reset' },
      { kind: 'truncate' },
    ] as Fault[]) {
      env.mock.resetCalls();
      env.audit.clear();
      env.mock.faults.inject({ service: SERVICE, persona: persona.personalId }, fault, {
        times: 1,
      });
      await expect(lookup(env.mock, env.gw, persona.personalId)).resolves.toMatchObject({
        personalId: persona.personalId,
      });
      const ids = env.mock.calls.filter((c) => c.service === SERVICE).map((c) => c.headers['x-road-id']);
      expect(ids.length).toBe(2);
      expect(new Set(ids).size).toBe(1);
      expect(env.audit.records[0]).toMatchObject({ outcome: 'success', attempts: 2 });
    }
  });

  it('adds latency without failing', async () => {
    env.mock.faults.inject(SERVICE, { kind: 'latency', ms: 50 }, { times: 1 });
    const persona = env.mock.world.byTag('adult')[2]!;
    await expect(lookup(env.mock, env.gw, persona.personalId)).resolves.toBeDefined();
  });

  it('sends nothing for a call refused by policy', async () => {
    env.mock.resetCalls();
    const persona = env.mock.world.byTag('adult')[0]!;
    const error = await env.pop.getCitizen(lookupOf(persona), ctx).catch((e) => e);
    expect(error.name).toBe('PolicyError');
    const forOther = env.mock.consent(
      env.mock.world.byTag('adult')[1]!.personalId,
      ['population.basic'],
      PURPOSE,
    );
    await expect(env.pop.getCitizen(lookupOf(persona), { ...ctx, consent: forOther })).rejects.toMatchObject({
      code: 'CONSENT_SUBJECT_MISMATCH',
    });
    await expect(env.pop.getCitizen({ ...lookupOf(persona), personalId: '123' }, ctx)).rejects.toMatchObject({
      name: 'InputError',
    });
    expect(env.mock.calls).toHaveLength(0);
  });

  it('the provider refuses a revoked consent', async () => {
    const persona = env.mock.world.byTag('adult')[3]!;
    const consent = env.mock.consent(persona.personalId, ['population.basic'], PURPOSE);
    env.mock.revokeConsent(consent);
    await expect(env.pop.getCitizen(lookupOf(persona), { ...ctx, consent })).rejects.toMatchObject({
      name: 'PolicyError',
      code: 'CONSENT_REQUIRED',
    });
  });
});

describe.each(['in-process', 'http'] as const)('OAuth against the mock token endpoint (%s)', (transport) => {
  it('gets a token, and refreshes it once when the platform says it expired', async () => {
    const env = await start(transport, { requireToken: true });
    try {
      const persona = env.mock.world.byTag('adult')[0]!;
      await expect(lookup(env.mock, env.gw, persona.personalId)).resolves.toBeDefined();
      env.mock.faults.inject(SERVICE, { kind: 'expired-token' }, { times: 1 });
      await expect(lookup(env.mock, env.gw, persona.personalId)).resolves.toBeDefined();
      expect(env.mock.calls.filter((c) => c.path === '/oauth2/token')).toHaveLength(2);
      env.mock.faults.inject(SERVICE, { kind: 'expired-token' });
      const error = await lookup(env.mock, env.gw, persona.personalId).catch((e) => e);
      expect(AuthError.isInstance(error)).toBe(true);
    } finally {
      await env.gw.close();
      await env.mock.close();
    }
  });

  it('authenticates with private_key_jwt', async () => {
    const mock = createMockPlatform({ seed: 42, requireToken: true });
    if (transport === 'http') await mock.listen();
    const { credentials } = mock;
    const gw = createGateway({
      ...mock.gatewayOptions(),
      auth: {
        type: 'oauth2',
        method: 'private_key_jwt',
        clientId: credentials.clientId,
        privateKey: credentials.privateJwk as Record<string, unknown>,
        tokenUrl: credentials.tokenUrl,
        keyId: credentials.privateJwk.kid,
      },
    });
    try {
      const persona = mock.world.byTag('adult')[0]!;
      await expect(lookup(mock, gw, persona.personalId)).resolves.toBeDefined();
    } finally {
      await gw.close();
      await mock.close();
    }
  });
});

describe('determinism', () => {
  it('one seed gives the same world, keys and answers; another seed a different world', async () => {
    expect(JSON.stringify(createWorld(42))).toBe(JSON.stringify(createWorld(42)));
    expect(JSON.stringify(createWorld(42).personas)).not.toBe(JSON.stringify(createWorld(43).personas));
    const a = await start('in-process');
    const b = await start('in-process');
    try {
      expect(b.mock.jwks).toEqual(a.mock.jwks);
      const persona = a.mock.world.byTag('married')[0]!;
      expect(await lookup(b.mock, b.gw, persona.personalId)).toEqual(
        await lookup(a.mock, a.gw, persona.personalId),
      );
    } finally {
      await Promise.all([a.gw.close(), b.gw.close(), a.mock.close(), b.mock.close()]);
    }
  });

  it('every error is a OnceOnlyError', () => {
    expect(OnceOnlyError.isInstance(new UpstreamError({ message: 'x' }))).toBe(true);
  });
});

describe('payload signatures behind a plain security server', () => {
  async function withKeys(verify: GatewayOptions['verify'], transport: Transport = 'http') {
    const mock = createMockPlatform({ seed: 42 });
    if (transport === 'http') await mock.listen();
    const audit = memoryAuditSink();
    const gw = createGateway({
      ...mock.gatewayOptions(),
      verify,
      retry: { attempts: 2, minDelayMs: 5, maxDelayMs: 20 },
      audit: { sink: audit, subjectKey: SUBJECT_KEY },
    });
    return { mock, gw, audit };
  }

  const dataCalls = (mock: MockPlatform) => mock.calls.filter((c) => c.path.startsWith('/r1/'));

  it('never sends the query when no key is configured for the provider', async () => {
    const { mock, gw, audit } = await withKeys({});
    try {
      const persona = mock.world.byTag('adult')[0]!;
      const error = await lookup(mock, gw, persona.personalId).catch((e: unknown) => e);
      expect(InputError.isInstance(error) && error.code).toBe('VERIFY_KEYS_MISSING');
      expect(dataCalls(mock)).toEqual([]);
      expect(audit.records).toHaveLength(1);
      expect(audit.records[0]).toMatchObject({ outcome: 'VERIFY_KEYS_MISSING', attempts: 0 });
    } finally {
      await gw.close();
      await mock.close();
    }
  });

  it('never sends the query when the key URL fails (a security server serves no JWKS)', async () => {
    const keysOnSecurityServer = await withKeys({
      providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: '/.well-known/jwks.json' } },
    });
    try {
      const persona = keysOnSecurityServer.mock.world.byTag('adult')[0]!;
      const error = await lookup(
        keysOnSecurityServer.mock,
        keysOnSecurityServer.gw,
        persona.personalId,
      ).catch((e: unknown) => e);
      expect(UpstreamError.isInstance(error) && error.code).toBe('JWKS_UNAVAILABLE');
      const calls = keysOnSecurityServer.mock.calls;
      expect(calls.map((c) => c.path)).toEqual(['/.well-known/jwks.json', '/.well-known/jwks.json']);
    } finally {
      await Promise.all([keysOnSecurityServer.gw.close(), keysOnSecurityServer.mock.close()]);
    }
  });

  it("verifies with keys fetched from the providers' own URL, in-process and over HTTP", async () => {
    for (const transport of ['in-process', 'http'] as const) {
      const probe = createMockPlatform({ seed: 42 });
      const { mock, gw } = await withKeys(
        { providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: '/providers/jwks.json' } } },
        transport,
      );
      try {
        const persona = mock.world.byTag('adult')[0]!;
        const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
        const { meta } = await gw.callWithMeta(getCitizenRest, lookupOf(persona), { ...ctx, consent });
        expect(meta.signedBy).toBe(probe.jwks.keys[0]!.kid);
        expect(mock.calls.map((c) => c.path)).toEqual([
          '/providers/jwks.json',
          '/r1/VN/GOV/000.00.00.G10/CSDLDC/TraCuuThongTinCongDan',
        ]);
      } finally {
        await Promise.all([gw.close(), mock.close(), probe.close()]);
      }
    }
  });

  it('refuses bad verification settings at createGateway', () => {
    const base = { baseUrl: 'https://ss.example.gov.vn', client: 'VN/GOV/000.00.00.H23/PORTAL' };
    for (const verify of [
      { providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: 'not a url' } } },
      { providers: { 'GOV/000.00.00.G10/CSDLDC': { keys: [{ kty: 'oct', k: 'c2VjcmV0', kid: 'k' }] } } },
      { providers: { 'GOV/000.00.00.G10/CSDLDC': { keys: [{ kty: 'EC', alg: 'none', kid: 'k' }] } } },
      { algorithms: ['none', 'HS256'] },
    ]) {
      expect(() => createGateway({ ...base, verify: verify as GatewayOptions['verify'] })).toThrow(
        InputError,
      );
    }
  });
});
