import { describe, expect, it } from 'vitest';
import { OnceOnlyError } from '../errors/onceonly-error.js';
import { extraHeaders } from './extra-headers.js';

const info = { serviceId: 's.a.b', provider: 'GOV/A/B', xroadId: 'id-1', attempt: 1, purpose: '1.001193' };
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e) => (OnceOnlyError.isInstance(e) ? e.code : 'untyped'),
  );

describe('extraHeaders', () => {
  it('returns the hook headers with lower-case names, sync or async', async () => {
    await expect(extraHeaders(() => ({ 'X-Portal-Instance': 'web-1' }), info)).resolves.toEqual({
      'x-portal-instance': 'web-1',
    });
    await expect(extraHeaders(async () => ({ 'x-trace': 'a b' }), info)).resolves.toEqual({
      'x-trace': 'a b',
    });
    await expect(extraHeaders(undefined, info)).resolves.toBeUndefined();
  });

  it('hands the hook ids and codes only', async () => {
    let seen: unknown;
    await extraHeaders((i) => {
      seen = i;
      return {};
    }, info);
    expect(seen).toEqual(info);
  });

  it.each([
    'x-road-id',
    'X-Road-Client',
    'x-road-userid',
    'x-consent',
    'x-purpose',
    'Authorization',
    'content-type',
    'accept',
    'content-length',
    'host',
    'transfer-encoding',
  ])('refuses to let a hook set %s', async (name) => {
    await expect(code(extraHeaders(() => ({ [name]: 'x' }), info))).resolves.toBe('HOOK_HEADER_REFUSED');
  });

  it.each([
    [{ 'bad name': 'x' }],
    [{ 'x-a': 'line\r\nx-road-id: evil' }],
    [{ 'x-a': 'tiếng Việt' }],
    [{ 'x-a': '' }],
    [{ 'x-a': 1 }],
    [{ 'X-A': 'a', 'x-a': 'b' }],
  ])('refuses %j without echoing the value', async (headers) => {
    const error = await extraHeaders(() => headers as Record<string, string>, info).catch((e) => e);
    expect(error.code).toBe('HOOK_HEADER_REFUSED');
    expect(error.message).not.toContain('evil');
    expect(error.message).not.toContain('Việt');
  });

  it('turns a throwing hook or a wrong return into HOOK_FAILED, never echoing its text', async () => {
    const error = await extraHeaders(() => {
      throw new Error('secret 001203012345');
    }, info).catch((e) => e);
    expect(error.code).toBe('HOOK_FAILED');
    expect(error.retryable).toBe(false);
    expect(JSON.stringify([error.message, error.cause])).not.toContain('001203012345');
    await expect(code(extraHeaders(async () => Promise.reject(new Error('x')), info))).resolves.toBe(
      'HOOK_FAILED',
    );
    await expect(code(extraHeaders(() => 'x-a: 1' as never, info))).resolves.toBe('HOOK_FAILED');
  });
});
