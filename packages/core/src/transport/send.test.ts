import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, MockAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError, ResponseError, TimeoutError } from '../errors/onceonly-error.js';
import { send } from './send.js';

const base = { headersTimeoutMs: 1_000, bodyTimeoutMs: 1_000, maxBytes: 1024 };

describe('send (in-process)', () => {
  const mock = new MockAgent();
  mock.disableNetConnect();
  const pool = mock.get('http://ss.test');

  it('returns status, lower-case headers and the exact body bytes', async () => {
    pool
      .intercept({ path: '/r1/x', method: 'POST' })
      .reply(200, '{"a":1}', { headers: { 'X-Road-Id': 'abc', 'content-type': 'application/json' } });
    const response = await send(
      { origin: 'http://ss.test', path: '/r1/x', method: 'POST', headers: {}, body: '{}' },
      { ...base, dispatcher: mock, signal: new AbortController().signal },
    );
    expect(response.status).toBe(200);
    expect(response.headers['x-road-id']).toBe('abc');
    expect(Buffer.from(response.body).toString()).toBe('{"a":1}');
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    pool
      .intercept({ path: '/big', method: 'GET' })
      .reply(200, 'x'.repeat(2048), { headers: { 'content-length': '2048' } });
    await expect(
      send(
        { origin: 'http://ss.test', path: '/big', method: 'GET', headers: {} },
        { ...base, dispatcher: mock, signal: new AbortController().signal },
      ),
    ).rejects.toMatchObject({ name: 'ResponseError', code: 'RESPONSE_TOO_LARGE' });
  });
});

describe('send (over loopback)', () => {
  let server: Server;
  let origin: string;
  const agent = new Agent();
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/stream') {
        // No Content-Length: the limit must be enforced while streaming.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = 'y'.repeat(512);
        let sent = 0;
        const timer = setInterval(() => {
          if (sent++ > 20 || res.destroyed) {
            clearInterval(timer);
            res.end();
            return;
          }
          res.write(chunk);
        }, 1);
      } else if (req.url === '/twice') {
        res.setHeader('x-road-id', ['a', 'b']);
        res.setHeader('x-road-service', ['VN/GOV/X/Y/s', 'VN/GOV/X/Y/s']);
        res.end('ok');
      } else if (req.url === '/hang') {
        // Never answers: the headers timeout must fire.
      } else if (req.url === '/cut') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('partial');
        setTimeout(() => res.socket?.destroy(), 10);
      } else {
        res.end('ok');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await agent.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, overrides: Partial<typeof base> = {}) =>
    send(
      { origin, path, method: 'GET', headers: {} },
      { ...base, ...overrides, dispatcher: agent, signal: new AbortController().signal },
    );

  it('aborts a streamed body once it passes the limit', async () => {
    const error = await get('/stream').catch((e) => e);
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(error.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('keeps a header repeated with different values visible, and one repeated value single', async () => {
    const response = await get('/twice');
    expect(response.repeated).toEqual({ 'x-road-id': ['a', 'b'] });
    expect(response.headers['x-road-service']).toBe('VN/GOV/X/Y/s');
  });

  it('an exchange cut by the call deadline reports the deadline, not a network failure', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new TimeoutError({ code: 'DEADLINE_EXCEEDED', message: 'x' })), 30);
    const error = await send(
      { origin, path: '/hang', method: 'GET', headers: {} },
      { ...base, dispatcher: agent, signal: controller.signal },
    ).catch((e) => e);
    expect(error.code).toBe('DEADLINE_EXCEEDED');
  });

  it('turns a headers timeout into a retryable TimeoutError', async () => {
    const error = await get('/hang', { headersTimeoutMs: 100 }).catch((e) => e);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(true);
  });

  it('turns a body cut short into a retryable NetworkError', async () => {
    const error = await get('/cut').catch((e) => e);
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(true);
  });

  it('turns a refused connection into a NetworkError', async () => {
    const error = await send(
      { origin: 'http://127.0.0.1:1', path: '/', method: 'GET', headers: {} },
      { ...base, dispatcher: agent, signal: new AbortController().signal },
    ).catch((e) => e);
    expect(NetworkError.isInstance(error)).toBe(true);
  });
});
