import { errors as undiciErrors } from 'undici';
import { describe, expect, it } from 'vitest';
import { mockAgentPerTest } from '../transport/mock-agent.fixture.js';
import { AbortedError, NetworkError, TimeoutError, UpstreamError } from '../errors/onceonly-error.js';
import { type BoundedRequestOptions, boundedRequest } from './bounded-request.js';

const ORIGIN = 'https://side.example';
const agent = mockAgentPerTest();

const options = (extra: Partial<BoundedRequestOptions> = {}): BoundedRequestOptions => ({
  url: new URL(`${ORIGIN}/keys?x=1`),
  method: 'GET',
  headers: { accept: 'application/json' },
  maxBytes: 100,
  tooLarge: () => new UpstreamError({ code: 'JWKS_UNAVAILABLE', message: 'too large' }),
  peer: 'the key endpoint',
  ...extra,
});

describe('boundedRequest', () => {
  it('returns status, headers and the whole body (path with query)', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/keys?x=1', method: 'GET' })
      .reply(200, 'hello', { headers: { 'x-a': 'b' } });
    const response = await boundedRequest(agent, options());
    expect(response.status).toBe(200);
    expect(response.headers['x-a']).toBe('b');
    expect(response.body.toString()).toBe('hello');
  });

  it('refuses a body over maxBytes, by Content-Length or while streaming', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/keys?x=1', method: 'GET' })
      .reply(200, 'x'.repeat(101), { headers: { 'content-length': '101' } });
    await expect(boundedRequest(agent, options())).rejects.toMatchObject({ code: 'JWKS_UNAVAILABLE' });
    agent.get(ORIGIN).intercept({ path: '/keys?x=1', method: 'GET' }).reply(200, 'x'.repeat(101));
    await expect(boundedRequest(agent, options())).rejects.toMatchObject({ code: 'JWKS_UNAVAILABLE' });
  });

  it('maps undici timeouts to TimeoutError and other failures to NetworkError, keeping only the code', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/keys?x=1', method: 'GET' })
      .replyWithError(new undiciErrors.BodyTimeoutError());
    const timeout = await boundedRequest(agent, options()).catch((e: unknown) => e);
    expect(TimeoutError.isInstance(timeout)).toBe(true);
    expect((timeout as Error).message).toContain(
      'Timed out talking to the key endpoint (UND_ERR_BODY_TIMEOUT)',
    );

    agent
      .get(ORIGIN)
      .intercept({ path: '/keys?x=1', method: 'GET' })
      .replyWithError(Object.assign(new Error('secret detail'), { code: 'ECONNREFUSED' }));
    const network = await boundedRequest(agent, options()).catch((e: unknown) => e);
    expect(NetworkError.isInstance(network)).toBe(true);
    expect((network as Error).message).toContain('(ECONNREFUSED)');
    expect((network as Error).message).not.toContain('secret detail');
    // Only the error code survives as the cause; undici's own message (which may quote the request) does not.
    expect((network as Error).cause).toEqual({ code: 'ECONNREFUSED' });
    expect(JSON.stringify(network)).not.toContain('secret detail');
  });

  it('an aborted signal gives AbortedError', async () => {
    agent.get(ORIGIN).intercept({ path: '/keys?x=1', method: 'GET' }).reply(200, 'x').delay(1000);
    const controller = new AbortController();
    const pending = boundedRequest(agent, options({ signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toSatisfy((e) => AbortedError.isInstance(e));
  });
});
