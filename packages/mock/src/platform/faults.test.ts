import { createLocalJWKSet, flattenedVerify } from 'jose';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN, CITIZEN_PATH, OTHER_CITIZEN, citizenCall, send, testPlatform } from './test-fixture.js';
import { compileSchema } from '@onceonly/core';
import { getTestCitizen } from './test-fixture.js';

const mock = testPlatform();
let url = '';
beforeAll(async () => {
  ({ url } = await mock.listen());
});
afterAll(() => mock.close());
afterEach(() => {
  mock.faults.clear();
  mock.resetCalls();
});

async function verify(signature: string, body: string) {
  const [protectedHeader, , sig] = signature.split('.');
  return flattenedVerify(
    { protected: protectedHeader!, payload: Buffer.from(body).toString('base64url'), signature: sig! },
    createLocalJWKSet(mock.jwks as never),
  );
}

// Every fault is checked in-process and over real HTTP: both transports must show the same thing.
const transports = [['in-process', () => mock] as const, ['HTTP', () => url] as const];

describe.each(transports)('faults (%s)', (_name, target) => {
  it('status 503 / 429 / 500: problem+json with Retry-After', async () => {
    mock.faults.inject(
      'population.citizen.get',
      { kind: 'status', status: 503, retryAfterSec: 2 },
      { times: 1 },
    );
    const unavailable = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect([unavailable.status, unavailable.json.code, unavailable.headers['retry-after']]).toEqual([
      503,
      'UNAVAILABLE',
      '2',
    ]);
    expect(unavailable.headers['x-road-request-hash']).toBeTruthy();
    // `times: 1`: the next call is clean.
    expect((await send(target(), CITIZEN_PATH, citizenCall(mock))).status).toBe(200);

    mock.faults.inject('*', { kind: 'status', status: 429, retryAfterSec: 1 });
    const limited = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect([limited.status, limited.json.code, limited.headers['retry-after']]).toEqual([
      429,
      'RATE_LIMITED',
      '1',
    ]);
    mock.faults.inject(CITIZEN_PATH.slice(4), { kind: 'status', status: 500 });
    expect((await send(target(), CITIZEN_PATH, citizenCall(mock))).status).toBe(500);
    expect(mock.calls.map((c) => c.fault)).toEqual(['status', undefined, 'status', 'status']);
  });

  it('latency: the normal answer, later', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'latency', ms: 120 });
    const started = performance.now();
    const answer = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('latency beyond headersTimeout: the client times out', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'latency', ms: 2_000 });
    await expect(
      send(target(), CITIZEN_PATH, { ...citizenCall(mock), headersTimeout: 100 }),
    ).rejects.toMatchObject({
      code: 'UND_ERR_HEADERS_TIMEOUT',
    });
  });

  it('reset: a connection reset (ECONNRESET), no answer', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'reset' });
    await expect(send(target(), CITIZEN_PATH, citizenCall(mock))).rejects.toMatchObject({
      code: 'ECONNRESET',
    });
    expect(mock.calls.at(-1)).toMatchObject({ status: 0, fault: 'reset', service: 'population.citizen.get' });
  });

  it('hang: nothing until the client gives up (headersTimeout)', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'hang' }, { times: 1 });
    const started = performance.now();
    await expect(
      send(target(), CITIZEN_PATH, { ...citizenCall(mock), headersTimeout: 150 }),
    ).rejects.toMatchObject({
      code: 'UND_ERR_HEADERS_TIMEOUT',
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('hang: an abort signal ends it', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'hang' }, { times: 1 });
    const base = typeof target() === 'string' ? url : mock.origin;
    const pending = request(`${base}${CITIZEN_PATH}`, {
      ...citizenCall(mock),
      method: 'POST',
      signal: AbortSignal.timeout(100),
      ...(typeof target() === 'string' ? {} : { dispatcher: mock.dispatcher }),
    });
    await expect(pending).rejects.toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) });
  });

  it('truncate: headers, part of the body, then a body error', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'truncate', afterBytes: 10 });
    const base = typeof target() === 'string' ? url : mock.origin;
    const response = await request(`${base}${CITIZEN_PATH}`, {
      ...citizenCall(mock),
      method: 'POST',
      ...(typeof target() === 'string' ? {} : { dispatcher: mock.dispatcher }),
    });
    expect(response.statusCode).toBe(200);
    expect(Number(response.headers['content-length'])).toBeGreaterThan(10);
    await expect(response.body.text()).rejects.toMatchObject({
      code: expect.stringMatching(/UND_ERR_SOCKET|UND_ERR_RES_CONTENT_LENGTH_MISMATCH/),
    });
  });

  it('malformed: not JSON, yet correctly signed', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'malformed' });
    const answer = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect(answer.status).toBe(200);
    expect(() => JSON.parse(answer.text)).toThrow();
    await expect(verify(answer.headers['x-payload-signature']!, answer.text)).resolves.toBeTruthy();
  });

  it('schema: valid JSON, signed, that breaks the response schema', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'schema' });
    const answer = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect(answer.status).toBe(200);
    expect(compileSchema(getTestCitizen.response).check(answer.json.data).ok).toBe(false);
    await expect(verify(answer.headers['x-payload-signature']!, answer.text)).resolves.toBeTruthy();
  });

  it('oversized: a signed body of the asked size (default 2 MiB)', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'oversized' }, { times: 1 });
    const big = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect(Buffer.byteLength(big.text)).toBe(2 * 1024 * 1024);
    expect(big.headers['content-length']).toBe(String(2 * 1024 * 1024));
    expect(JSON.parse(big.text).data.personalId).toBe(CITIZEN);
    mock.faults.inject('population.citizen.get', { kind: 'oversized', bytes: 100_000 });
    const sized = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect(Buffer.byteLength(sized.text)).toBe(100_000);
    await expect(verify(sized.headers['x-payload-signature']!, sized.text)).resolves.toBeTruthy();
  });

  it('bad-signature: jose verification fails', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'bad-signature' });
    const answer = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect(answer.status).toBe(200);
    expect(answer.json.data.personalId).toBe(CITIZEN);
    await expect(verify(answer.headers['x-payload-signature']!, answer.text)).rejects.toMatchObject({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
  });

  it('expired-token: 401 as if the bearer token had expired', async () => {
    mock.faults.inject('population.citizen.get', { kind: 'expired-token' }, { times: 1 });
    const answer = await send(target(), CITIZEN_PATH, citizenCall(mock));
    expect([answer.status, answer.json.code]).toEqual([401, 'UNAUTHORIZED']);
    expect(answer.headers['www-authenticate']).toMatch(/invalid_token/);
  });

  it('xroad-error: a security-server error of the given type', async () => {
    mock.faults.inject('population.citizen.get', {
      kind: 'xroad-error',
      type: 'Server.ServerProxy.ServiceFailed',
    });
    const answer = await send(target(), CITIZEN_PATH, citizenCall(mock));
    // Spelled as the platform's X-Road version does (7.8 by default), whichever spelling was injected.
    expect([answer.status, answer.json.type, answer.headers['x-road-error']]).toEqual([
      500,
      'server.serverproxy.service_failed',
      'server.serverproxy.service_failed',
    ]);
  });
});

describe('fault targeting', () => {
  it('targets one citizen', async () => {
    mock.faults.inject({ persona: OTHER_CITIZEN }, { kind: 'status', status: 503 });
    expect((await send(mock, CITIZEN_PATH, citizenCall(mock))).status).toBe(200);
    expect((await send(mock, CITIZEN_PATH, citizenCall(mock, OTHER_CITIZEN))).status).toBe(503);
  });

  it('lets the latest matching fault win, and counts `times` only when it hits', async () => {
    mock.faults.inject('*', { kind: 'status', status: 500 });
    const handle = mock.faults.inject(
      { service: 'population.citizen.get' },
      { kind: 'bad-signature' },
      { times: 2 },
    );
    // A 404 is not a success: the body fault does not hit and is not used up.
    await send(mock, CITIZEN_PATH, citizenCall(mock, '001090000001'));
    expect(handle.remaining).toBe(2);
    expect((await send(mock, CITIZEN_PATH, citizenCall(mock))).status).toBe(200);
    expect(handle.remaining).toBe(1);
    handle.remove();
    expect((await send(mock, CITIZEN_PATH, citizenCall(mock))).status).toBe(500);
  });

  it('refuses unknown services, kinds and counts', () => {
    expect(() => mock.faults.inject('nope.nope.get', { kind: 'reset' })).toThrow(/no service/);
    expect(() => mock.faults.inject('*', { kind: 'nope' } as never)).toThrow(/unknown fault kind/);
    expect(() => mock.faults.inject('*', { kind: 'reset' }, { times: 0 })).toThrow(/times/);
    expect(() => mock.faults.inject('*', { kind: 'status', status: 404 as never })).toThrow(
      /500, 503 or 429/,
    );
  });

  it('does not touch metaservices or the token endpoint', async () => {
    mock.faults.inject('*', { kind: 'reset' });
    expect((await send(mock, '/openapi.json')).status).toBe(200);
  });
});
