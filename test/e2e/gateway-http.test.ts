/**
 * The gateway end to end against a real local HTTP server that speaks the protocol: what goes over the
 * wire, what comes back typed, and that refused calls send nothing.
 */
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortedError,
  CircuitOpenError,
  createGateway,
  defineService,
  InputError,
  memoryAuditSink,
  NotFoundError,
  PolicyError,
  ResponseError,
  TimeoutError,
  UpstreamError,
  type GatewayOptions,
} from '@onceonly/core';
import {
  type SampleQuery,
  type SampleWire,
  samplePersonService,
} from '../../packages/core/src/service/sample-service.fixture.js';
import { listClientsBody, serviceListBody } from '../support/metaservice-bodies.js';
import { envelope, startProtocolServer, type ProtocolServer } from '../support/protocol-server.js';

const CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';
const PERSONAL_ID = '001203012345';
const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001', userId: 'VN001085012345' };

type Query = SampleQuery;
type Wire = SampleWire;

const lookup = samplePersonService;
const publicLookup = defineService<Query, Wire>({
  ...lookup,
  id: 'test.public.get',
  code: 'public.get',
  requiresConsent: false,
  map: undefined,
});
const cachedLookup = defineService<Query, Wire>({
  ...publicLookup,
  id: 'test.cached.get',
  code: 'cached.get',
  cache: { ttlMs: 60_000 },
});
const submit = defineService<Query, Wire>({
  ...publicLookup,
  id: 'test.record.submit',
  code: 'record.submit',
  idempotent: false,
});

const okReply = () => ({ body: envelope({ personalId: PERSONAL_ID, fullName: 'Nguyễn Văn An' }) });

let server: ProtocolServer;
let idp: { privateKey: CryptoKey; jwk: JWK };
const audit = memoryAuditSink();
const logs: unknown[] = [];
const logger = {
  debug: (o: object) => logs.push(o),
  info: (o: object) => logs.push(o),
  warn: (o: object) => logs.push(o),
  error: (o: object) => logs.push(o),
};

async function consentToken(claims: Record<string, unknown> = {}, expiresIn = '10m') {
  return new SignJWT({ scope: 'population.basic civil.marriage', purpose: ctx.purpose, ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
    .setSubject(typeof claims.sub === 'string' ? claims.sub : PERSONAL_ID)
    .setAudience(CLIENT)
    .setIssuer('https://idp.test')
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(idp.privateKey);
}

function gateway(overrides: Partial<GatewayOptions> = {}) {
  return createGateway({
    baseUrl: server.url,
    client: CLIENT,
    consent: { jwks: { keys: [idp.jwk as Record<string, unknown>] }, issuer: 'https://idp.test' },
    // The test server also publishes the providers' keys (a real security server would not).
    verify: { jwksUrl: `${server.url}/.well-known/jwks.json` },
    retry: { attempts: 3, minDelayMs: 5, maxDelayMs: 200 },
    audit: { sink: audit, subjectKey: 'k'.repeat(32) },
    logger,
    ...overrides,
  });
}

beforeAll(async () => {
  server = await startProtocolServer();
  const pair = await generateKeyPair('ES256', { extractable: true });
  idp = {
    privateKey: pair.privateKey,
    jwk: { ...(await exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'ES256' },
  };
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  audit.clear();
  logs.length = 0;
  server.reply(okReply);
});
afterEach(() => {
  const text = JSON.stringify([logs, audit.records]);
  expect(text).not.toContain(PERSONAL_ID);
  expect(text).not.toContain('Nguyễn');
});

describe('a successful call', () => {
  it('speaks X-Road REST r1 and returns the mapped, verified value with its provenance', async () => {
    const gw = gateway();
    const consent = await consentToken();
    const result = await gw.callWithMeta(lookup, { personalId: PERSONAL_ID }, { ...ctx, consent });
    expect(result.value).toEqual({ id: PERSONAL_ID, name: 'Nguyễn Văn An' });
    expect(result.meta).toMatchObject({
      provider: 'VN/GOV/000.00.00.G10/CSDLDC',
      retrievedAt: '2026-11-23T08:00:00.000Z',
      cached: false,
    });
    expect(result.meta.signedBy).toMatch(/^provider-/);
    expect(result.meta.requestHash).toBeTruthy();

    const [sent] = server.dataCalls();
    expect(sent!.method).toBe('POST');
    expect(sent!.path).toBe('/r1/VN/GOV/000.00.00.G10/CSDLDC/person.get');
    expect(JSON.parse(sent!.body)).toEqual({ personalId: PERSONAL_ID });
    expect(sent!.headers).toMatchObject({
      'x-road-client': CLIENT,
      'x-road-issue': ctx.caseId,
      'x-road-userid': ctx.userId,
      'x-purpose': ctx.purpose,
      'x-consent': consent,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(sent!.headers['x-road-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent!.path).not.toContain(PERSONAL_ID);

    expect(audit.records).toHaveLength(1);
    expect(audit.records[0]).toMatchObject({
      outcome: 'success',
      service: 'test.person.get',
      client: CLIENT,
      purpose: ctx.purpose,
      issue: ctx.caseId,
      attempts: 1,
      cached: false,
    });
    expect(audit.records[0]!.subject).toMatch(/^[0-9a-f]{64}$/);
    expect(audit.records[0]!.requestHash).toBe(result.meta.requestHash);
    await gw.close();
  });

  it('sends no consent header for public data', async () => {
    const gw = gateway();
    await gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx);
    expect(server.dataCalls()[0]!.headers['x-consent']).toBeUndefined();
    await gw.close();
  });
});

describe('calls refused before anything is sent', () => {
  it.each([
    ['a malformed personal id', { personalId: '12345' }, ctx, InputError],
    ['an extra field', { personalId: PERSONAL_ID, x: 1 }, ctx, InputError],
    ['no purpose', { personalId: PERSONAL_ID }, { caseId: 'x' }, PolicyError],
    ['no case id', { personalId: PERSONAL_ID }, { purpose: '1.0' }, PolicyError],
    ['no consent', { personalId: PERSONAL_ID }, ctx, PolicyError],
  ])('%s', async (_, request, context, type) => {
    const gw = gateway();
    const error = await gw.call(lookup, request as Query, context as typeof ctx).catch((e) => e);
    expect(type.isInstance(error)).toBe(true);
    expect(error.message).not.toContain(PERSONAL_ID);
    expect(server.requests).toHaveLength(0);
    expect(audit.records).toHaveLength(1);
    expect(audit.records[0]!.outcome).toBe(error.code);
    await gw.close();
  });

  it.each([
    ['for another citizen', { sub: '079190000001' }, 'CONSENT_SUBJECT_MISMATCH'],
    ['for another purpose', { purpose: '2.000001' }, 'CONSENT_PURPOSE_MISMATCH'],
    ['without the category', { scope: 'civil.marriage' }, 'CONSENT_SCOPE_MISSING'],
  ])('a consent token %s', async (_, claims, code) => {
    const gw = gateway();
    const error = await gw
      .call(lookup, { personalId: PERSONAL_ID }, { ...ctx, consent: await consentToken(claims) })
      .catch((e) => e);
    expect(PolicyError.isInstance(error)).toBe(true);
    expect(error.code).toBe(code);
    expect(server.requests).toHaveLength(0);
    await gw.close();
  });

  it('a consent token that verified once is still checked against each call', async () => {
    const gw = gateway();
    const token = await consentToken();
    await gw.call(lookup, { personalId: PERSONAL_ID }, { ...ctx, consent: token });
    const before = server.requests.length;
    const error = await gw
      .call(lookup, { personalId: '079190000001' }, { ...ctx, consent: token })
      .catch((e) => e);
    expect(error.code).toBe('CONSENT_SUBJECT_MISMATCH');
    const otherPurpose = await gw
      .call(lookup, { personalId: PERSONAL_ID }, { ...ctx, purpose: '2.000001', consent: token })
      .catch((e) => e);
    expect(otherPurpose.code).toBe('CONSENT_PURPOSE_MISMATCH');
    expect(server.requests.length).toBe(before);
    await gw.close();
  });

  it("retries the identity provider's key fetch when it fails once", async () => {
    let keyFetches = 0;
    server.reply((req) => {
      if (req.path === '/idp/jwks.json') {
        keyFetches++;
        return keyFetches === 1
          ? { status: 503, body: {}, sign: false }
          : { body: { keys: [idp.jwk] }, sign: false };
      }
      return okReply();
    });
    const gw = gateway({ consent: { jwksUrl: '/idp/jwks.json', issuer: 'https://idp.test' } });
    await expect(
      gw.call(lookup, { personalId: PERSONAL_ID }, { ...ctx, consent: await consentToken() }),
    ).resolves.toBeDefined();
    expect(keyFetches).toBe(2);
    await gw.close();
  });

  it('an expired consent token', async () => {
    const gw = gateway();
    const token = await consentToken({}, '-5m');
    const error = await gw
      .call(lookup, { personalId: PERSONAL_ID }, { ...ctx, consent: token })
      .catch((e) => e);
    expect(error.code).toBe('CONSENT_EXPIRED');
    expect(server.requests).toHaveLength(0);
    await gw.close();
  });
});

describe('faults and answers', () => {
  it('retries a 503 with the same X-Road-Id, then succeeds', async () => {
    server.reply((_, i) => (i === 0 ? { status: 503, body: { code: 'UNAVAILABLE' } } : okReply()));
    const gw = gateway();
    await gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx);
    const ids = server.dataCalls().map((r) => r.headers['x-road-id']);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
    expect(audit.records).toHaveLength(1);
    expect(audit.records[0]).toMatchObject({ outcome: 'success', attempts: 2 });
    await gw.close();
  });

  it('never retries a non-idempotent service', async () => {
    server.reply(() => ({ status: 503, body: { code: 'UNAVAILABLE' } }));
    const gw = gateway();
    await expect(gw.call(submit, { personalId: PERSONAL_ID }, ctx)).rejects.toSatisfy(
      UpstreamError.isInstance,
    );
    expect(server.dataCalls()).toHaveLength(1);
    await gw.close();
  });

  it('maps 404 NOT_FOUND without retrying', async () => {
    server.reply(() => ({ status: 404, body: { code: 'NOT_FOUND', status: 404 } }));
    const gw = gateway();
    const error = await gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx).catch((e) => e);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ serviceId: 'test.public.get' });
    expect(error.requestId).toBe(server.dataCalls()[0]!.headers['x-road-id']);
    expect(server.dataCalls()).toHaveLength(1);
    await gw.close();
  });

  it('maps X-Road AccessDenied to AuthError', async () => {
    server.reply(() => ({
      status: 403,
      headers: { 'x-road-error': 'Server.ServerProxy.AccessDenied' },
      body: { type: 'Server.ServerProxy.AccessDenied', message: 'no', detail: 'ref' },
    }));
    const gw = gateway();
    await expect(gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx)).rejects.toMatchObject({
      name: 'AuthError',
      code: 'ACCESS_DENIED',
    });
    await gw.close();
  });

  it.each([
    ['a tampered signature', { ...okReply(), sign: 'tamper' as const }, 'SIGNATURE_INVALID'],
    ['a missing signature', { ...okReply(), sign: false }, 'SIGNATURE_MISSING'],
    ['an unknown key', { ...okReply(), sign: 'unknown-kid' as const }, 'SIGNATURE_UNKNOWN_KEY'],
    ['malformed JSON', { body: '{"data":', sign: true }, 'RESPONSE_MALFORMED'],
    ['a body that breaks the schema', { body: envelope({ personalId: 1 }) }, 'RESPONSE_SCHEMA'],
    ['no meta', { body: { data: { personalId: PERSONAL_ID, fullName: 'x' } } }, 'RESPONSE_MALFORMED'],
    [
      'an oversized body',
      { body: envelope({ personalId: PERSONAL_ID, fullName: 'x'.repeat(2048) }) },
      'RESPONSE_TOO_LARGE',
    ],
  ])('refuses %s with a ResponseError', async (_, reply, code) => {
    server.reply(() => reply);
    const gw = gateway({ maxResponseBytes: 1024 });
    const error = await gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx).catch((e) => e);
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(error.code).toBe(code);
    await gw.close();
  });

  it('picks up a rotated provider key by re-fetching the JWKS', async () => {
    const gw = gateway();
    await gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx);
    await server.rotateKey();
    await expect(gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx)).resolves.toBeDefined();
    await gw.close();
  });

  it('ends a hanging call at its deadline, and an aborted one at once', async () => {
    server.reply(() => ({ hang: true }));
    const gw = gateway({ retry: false });
    await expect(
      gw.call(publicLookup, { personalId: PERSONAL_ID }, { ...ctx, timeoutMs: 150 }),
    ).rejects.toSatisfy(TimeoutError.isInstance);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      gw.call(publicLookup, { personalId: PERSONAL_ID }, { ...ctx, signal: controller.signal }),
    ).rejects.toSatisfy(AbortedError.isInstance);
    expect(audit.records.map((r) => r.outcome)).toEqual(['DEADLINE_EXCEEDED', 'ABORTED']);
    await gw.close();
  });

  it('opens the breaker after repeated faults and then sends nothing', async () => {
    server.reply(() => ({ status: 500, body: {} }));
    const gw = gateway({ retry: false, breaker: { minimumCalls: 2, halfOpenAfterMs: 60_000 } });
    for (let i = 0; i < 2; i++)
      await gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx).catch(() => undefined);
    const before = server.requests.length;
    await expect(gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx)).rejects.toSatisfy(
      CircuitOpenError.isInstance,
    );
    expect(server.requests.length).toBe(before);
    await gw.close();
  });
});

describe('cache', () => {
  it('serves repeated and concurrent identical calls from one request, and never caches errors', async () => {
    const gw = gateway();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => gw.callWithMeta(cachedLookup, { personalId: PERSONAL_ID }, ctx)),
    );
    expect(server.dataCalls()).toHaveLength(1);
    expect(results.filter((r) => r.meta.cached)).toHaveLength(4);
    expect(audit.records).toHaveLength(5);
    server.reply(() => ({ status: 404, body: { code: 'NOT_FOUND' } }));
    const other = { personalId: '079190000001' };
    await gw.call(cachedLookup, other, ctx).catch(() => undefined);
    server.reply(okReply);
    await gw.call(cachedLookup, other, ctx);
    expect(server.dataCalls()).toHaveLength(3);
    await gw.close();
  });
});

describe('auth', () => {
  it('fetches one token for concurrent calls and refreshes it once on 401', async () => {
    let tokens = 0;
    server.reply((req, i) => {
      if (req.path === '/oauth2/token')
        return { body: { access_token: `t${++tokens}`, token_type: 'Bearer', expires_in: 300 }, sign: false };
      if (req.headers.authorization === 'Bearer t1' && i > 3)
        return { status: 401, body: { code: 'UNAUTHORIZED' } };
      return okReply();
    });
    const gw = gateway({
      auth: {
        type: 'oauth2',
        method: 'client_secret_basic',
        clientId: 'portal',
        clientSecret: 's3cret-value',
      },
    });
    await Promise.all(
      Array.from({ length: 3 }, () => gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx)),
    );
    expect(tokens).toBe(1);
    expect(server.requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('portal:s3cret-value').toString('base64')}`,
    );
    await gw.call(publicLookup, { personalId: PERSONAL_ID }, ctx);
    expect(tokens).toBe(2);
    expect(server.dataCalls().at(-1)!.headers.authorization).toBe('Bearer t2');
    expect(JSON.stringify(logs)).not.toContain('s3cret-value');
    await gw.close();
  });
});

describe('metaservices', () => {
  it('lists clients and methods and fetches OpenAPI', async () => {
    server.reply((req) => {
      if (req.path === '/listClients') {
        return { body: listClientsBody('000.00.00.G10', 'CSDLDC', 'CSDLQG về dân cư'), sign: false };
      }
      if (req.path.endsWith('/listMethods') || req.path.endsWith('/allowedMethods')) {
        return { body: serviceListBody('000.00.00.G10', 'CSDLDC', ['citizen.get']), sign: false };
      }
      return { body: { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} }, sign: false };
    });
    const gw = gateway();
    expect(await gw.listClients()).toEqual([
      {
        kind: 'MEMBER',
        id: 'VN/GOV/000.00.00.G10',
        instance: 'VN',
        memberClass: 'GOV',
        memberCode: '000.00.00.G10',
        memberName: 'Bộ Công an',
      },
      {
        kind: 'SUBSYSTEM',
        id: 'VN/GOV/000.00.00.G10/CSDLDC',
        instance: 'VN',
        memberClass: 'GOV',
        memberCode: '000.00.00.G10',
        subsystemCode: 'CSDLDC',
        memberName: 'Bộ Công an',
        subsystemName: 'CSDLQG về dân cư',
      },
    ]);
    expect(await gw.listMethods('GOV/000.00.00.G10/CSDLDC')).toEqual([
      {
        id: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
        serviceCode: 'citizen.get',
        serviceType: 'REST',
        endpoints: [{ method: 'POST', path: '/' }],
      },
    ]);
    expect(await gw.allowedMethods('GOV/000.00.00.G10/CSDLDC')).toHaveLength(1);
    const openapi = await gw.getOpenAPI('GOV/000.00.00.G10/CSDLDC', 'citizen.get', { parse: true });
    expect(openapi.mediaType).toBe('application/json');
    expect(openapi.document?.openapi).toBe('3.1.0');
    expect(server.requests.map((r) => r.path)).toContain(
      '/r1/VN/GOV/000.00.00.G10/CSDLDC/getOpenAPI?serviceCode=citizen.get',
    );
    expect(server.requests.every((r) => r.headers['x-road-client'] === CLIENT)).toBe(true);
    await gw.close();
  });
});

describe('configuration', () => {
  it.each([
    [{ baseUrl: 'ftp://x', client: CLIENT }],
    [{ baseUrl: 'not a url', client: CLIENT }],
    [{ baseUrl: 'https://user:pw@x', client: CLIENT }],
    [{ baseUrl: 'https://x', client: 'VN/GOV/PORTAL' }],
    [{ baseUrl: 'https://x', client: CLIENT, timeouts: { callMs: -1 } }],
  ])('refuses %j at creation', (options) => {
    expect(() => createGateway(options as GatewayOptions)).toThrow(InputError);
  });
});
