import { Readable } from 'node:stream';
import { setupServer } from 'msw/node';
import { type Dispatcher, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IN_PROCESS_ORIGIN } from './mock-platform.js';
import {
  CITIZEN,
  CITIZEN_PATH,
  callHeaders,
  citizenCall,
  send,
  testPlatform,
  type Json,
} from './test-fixture.js';

// Answers that differ only by per-request ids: compare without them.
function comparable(answer: { status: number; headers: Record<string, string>; json: Json; text: string }) {
  const {
    'x-road-request-id': _a,
    'x-payload-signature': _b,
    date: _c,
    connection: _d,
    'keep-alive': _e,
    ...headers
  } = answer.headers;
  const body =
    answer.json && typeof answer.json.detail === 'string' && answer.json.type?.includes('.')
      ? { ...answer.json, detail: '<uuid>' }
      : answer.json;
  return { status: answer.status, headers, body: body ?? answer.text };
}

describe('the same platform in-process and over HTTP', () => {
  const mock = testPlatform({
    clients: { 'VN/GOV/000.00.00.H99/NARROW': { services: ['enterprise.company.get'] } },
  });
  let url = '';
  beforeAll(async () => {
    ({ url } = await mock.listen());
  });
  afterAll(() => mock.close());

  const cases: Array<[string, string, () => Parameters<typeof send>[2]]> = [
    ['a found record', CITIZEN_PATH, () => citizenCall(mock)],
    ['not found', CITIZEN_PATH, () => citizenCall(mock, '001090000001')],
    ['invalid body', CITIZEN_PATH, () => ({ method: 'POST', headers: callHeaders(), body: '{' })],
    [
      'no consent',
      CITIZEN_PATH,
      () => ({ method: 'POST', headers: callHeaders(), body: `{"personalId":"${CITIZEN}"}` }),
    ],
    ['no client', CITIZEN_PATH, () => ({ method: 'POST', headers: { 'x-purpose': 'x' }, body: '{}' })],
    [
      'access denied',
      CITIZEN_PATH,
      () => citizenCall(mock, CITIZEN, { 'x-road-client': 'VN/GOV/000.00.00.H99/NARROW' }),
    ],
    ['unknown service', '/r1/VN/GOV/000.00.00.G10/CSDLDC/nope', () => citizenCall(mock)],
    ['listMethods', '/r1/VN/GOV/000.00.00.G10/CSDLDC/listMethods', () => ({ headers: callHeaders() })],
    ['listClients', '/listClients', () => ({ headers: callHeaders() })],
    ['jwks', '/.well-known/jwks.json', () => ({})],
    ['unknown route', '/unknown', () => ({})],
  ];
  it.each(cases)('%s', async (_name, path, init) => {
    const request = init();
    const inProcess = comparable(await send(mock, path, request));
    const overHttp = comparable(await send(url, path, request));
    // A generated X-Road-Id is new per request; an echoed one must match.
    if (!request?.headers?.['x-road-id']) {
      delete inProcess.headers['x-road-id'];
      delete overHttp.headers['x-road-id'];
    }
    expect(overHttp).toEqual(inProcess);
  });
});

describe('gatewayOptions()', () => {
  it('is in-process until listen(), then HTTP', async () => {
    const mock = testPlatform();
    const before = mock.gatewayOptions();
    expect(before).toMatchObject({ baseUrl: IN_PROCESS_ORIGIN, client: 'VN/GOV/000.00.00.H23/PORTAL' });
    expect(before.dispatcher).toBe(mock.dispatcher);
    // Each provider's keys, given explicitly: a security server serves no JWKS.
    expect(before.verify).toEqual({
      providers: { 'GOV/000.00.00.G10/CSDLDC': mock.jwks, 'GOV/000.00.00.G12/DKDN': mock.jwks },
    });
    expect(mock.providerKeys()).toEqual((before.verify as { providers: unknown }).providers);
    // The identity provider's issuer follows where the platform is served.
    expect(before.consent).toEqual({ jwks: mock.idpJwks, issuer: `${IN_PROCESS_ORIGIN}/idp` });
    const { url } = await mock.listen();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const after = mock.gatewayOptions();
    expect(after.baseUrl).toBe(url);
    expect(after.dispatcher).toBeUndefined();
    expect(after.consent).toEqual({ jwks: mock.idpJwks, issuer: `${url}/idp` });
    await mock.close();
  });
});

describe('MockDispatcher', () => {
  const mock = testPlatform();
  afterAll(() => mock.close());

  it('answers dispatcher.request({ origin, path }) with a streamed request body', async () => {
    const call = citizenCall(mock);
    const response = await mock.dispatcher.request({
      origin: 'http://any-origin.invalid',
      path: CITIZEN_PATH,
      method: 'POST',
      headers: call.headers,
      body: Readable.from([Buffer.from(call.body.slice(0, 5)), Buffer.from(call.body.slice(5))]),
    });
    expect(response.statusCode).toBe(200);
    expect(((await response.body.json()) as Json).data.personalId).toBe(CITIZEN);
    expect(mock.calls.at(-1)).toMatchObject({
      method: 'POST',
      path: CITIZEN_PATH,
      body: { personalId: CITIZEN },
    });
  });

  it('drives a new-style handler (onRequestStart … onResponseEnd)', async () => {
    const call = citizenCall(mock);
    const events: string[] = [];
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart: () => events.push('start'),
        onResponseStart: (_c, status, headers) => events.push(`headers ${status} ${headers['content-type']}`),
        onResponseData: (_c, chunk) => chunks.push(chunk),
        onResponseEnd: () => {
          events.push('end');
          resolve();
        },
        onResponseError: (_c, error) => reject(error),
      };
      mock.dispatcher.dispatch(
        { origin: mock.origin, path: CITIZEN_PATH, method: 'POST', headers: call.headers, body: call.body },
        handler,
      );
    });
    expect(events).toEqual(['start', 'headers 200 application/json; charset=utf-8', 'end']);
    expect(JSON.parse(Buffer.concat(chunks).toString()).data.personalId).toBe(CITIZEN);
  });

  it('lets a new-style handler abort through its controller', async () => {
    mock.faults.inject('*', { kind: 'hang' }, { times: 1 });
    const call = citizenCall(mock);
    const error = await new Promise<Error>((resolve) => {
      mock.dispatcher.dispatch(
        { origin: mock.origin, path: CITIZEN_PATH, method: 'POST', headers: call.headers, body: call.body },
        {
          onRequestStart: (controller) => setTimeout(() => controller.abort(new Error('caller gave up')), 20),
          onResponseError: (_c, e) => resolve(e),
        },
      );
    });
    expect(error.message).toBe('caller gave up');
    expect(mock.dispatcher.pending).toBe(0);
  });

  it('delivers a large body with back-pressure intact', async () => {
    mock.faults.inject('*', { kind: 'oversized', bytes: 1_000_000 }, { times: 1 });
    const call = citizenCall(mock);
    const response = await request(`${mock.origin}${CITIZEN_PATH}`, {
      ...call,
      method: 'POST',
      dispatcher: mock.dispatcher,
      highWaterMark: 1024,
    });
    let total = 0;
    for await (const chunk of response.body) total += (chunk as Buffer).byteLength;
    expect(total).toBe(1_000_000);
  });

  it('ends hanging requests on close() and refuses new ones', async () => {
    const m = testPlatform();
    m.faults.inject('*', { kind: 'hang' });
    const hanging = send(m, CITIZEN_PATH, citizenCall(m));
    await new Promise((r) => setTimeout(r, 20));
    expect(m.dispatcher.pending).toBe(1);
    await m.close();
    await expect(hanging).rejects.toMatchObject({ code: 'UND_ERR_CLOSED' });
    await expect(send(m, '/openapi.json')).rejects.toMatchObject({ code: 'UND_ERR_CLOSED' });
  });

  it('destroy() ends every request in flight', async () => {
    const m = testPlatform();
    m.faults.inject('*', { kind: 'latency', ms: 5_000 });
    const slow = send(m, CITIZEN_PATH, citizenCall(m));
    await new Promise((r) => setTimeout(r, 20));
    await m.dispatcher.destroy();
    await expect(slow).rejects.toMatchObject({ code: 'UND_ERR_DESTROYED' });
  });
});

describe('the HTTP server', () => {
  it('close() ends hanging connections promptly', async () => {
    const m = testPlatform();
    const { url } = await m.listen();
    m.faults.inject('*', { kind: 'hang' });
    const hanging = send(url, CITIZEN_PATH, citizenCall(m));
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await m.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(hanging).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    await expect(m.listen()).rejects.toThrow(/closed/);
  });
});

describe('msw handlers', () => {
  const mock = testPlatform();
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    server.close();
    await mock.close();
  });

  it('answer a portal’s own fetch calls', async () => {
    const call = citizenCall(mock);
    const response = await fetch(`${mock.origin}${CITIZEN_PATH}`, {
      method: 'POST',
      headers: call.headers,
      body: call.body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-road-service')).toBe('VN/GOV/000.00.00.G10/CSDLDC/citizen.get');
    expect(response.headers.get('x-payload-signature')).toMatch(/^[\w-]+\.\.[\w-]+$/);
    expect(((await response.json()) as Json).data.personalId).toBe(CITIZEN);
    expect(mock.calls.at(-1)).toMatchObject({ service: 'population.citizen.get', status: 200 });

    const problem = await fetch(`${mock.origin}${CITIZEN_PATH}`, {
      method: 'POST',
      headers: callHeaders(),
      body: '{}',
    });
    expect(problem.status).toBe(400);
    expect(problem.headers.get('content-type')).toBe('application/problem+json');
  });

  it('turn reset into a network error, hang into an abortable wait, truncate into a body error', async () => {
    const call = () => {
      const c = citizenCall(mock);
      return { method: 'POST', headers: c.headers, body: c.body };
    };
    mock.faults.inject('*', { kind: 'reset' }, { times: 1 });
    await expect(fetch(`${mock.origin}${CITIZEN_PATH}`, call())).rejects.toThrow(TypeError);

    mock.faults.inject('*', { kind: 'hang' }, { times: 1 });
    await expect(
      fetch(`${mock.origin}${CITIZEN_PATH}`, { ...call(), signal: AbortSignal.timeout(100) }),
    ).rejects.toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) });

    mock.faults.inject('*', { kind: 'truncate', afterBytes: 5 }, { times: 1 });
    const cut = await fetch(`${mock.origin}${CITIZEN_PATH}`, call());
    expect(cut.status).toBe(200);
    await expect(cut.text()).rejects.toThrow();
  });

  it('leave other origins alone', () => {
    expect(mock.handlers).toHaveLength(1);
    expect(mock.handlers[0]!.info.path).toBe(`${mock.origin}/*`);
  });
});
