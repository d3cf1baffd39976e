import { createHash } from 'node:crypto';
import { MockAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { createAuthProvider } from './create-auth-provider.js';

const SECRET = 's3cr3t-value-never-logged';
const options = { type: 'lgsp-basic', user: 'portal-h23', secret: SECRET, apiKey: 'key-1' } as const;
const dispatcher = new MockAgent();

describe('lgsp-basic auth', () => {
  it('signs each attempt: ApiKey, Timestamp, Basic base64(user:sha256(url+user+timestamp+secret))', async () => {
    let clock = 1_700_000_000_000;
    const auth = createAuthProvider(options, { baseUrl: 'https://lgsp.test', now: () => clock });
    const url = 'https://lgsp.test/';
    const first = await auth.headers({ dispatcher, url });
    const digest = createHash('sha256').update(`${url}portal-h23${clock}${SECRET}`).digest('hex');
    expect(first).toEqual({
      apikey: 'key-1',
      timestamp: String(clock),
      authorization: `Basic ${Buffer.from(`portal-h23:${digest}`).toString('base64')}`,
    });
    clock += 1;
    const second = await auth.headers({ dispatcher, url });
    expect(second.timestamp).toBe(String(clock));
    expect(second.authorization).not.toBe(first.authorization); // fresh on every attempt
    expect(JSON.stringify([first, second])).not.toContain(SECRET);
  });

  it('takes a timestamp format, and refuses missing options without echoing the secret', () => {
    const auth = createAuthProvider(
      { ...options, timestamp: (ms) => new Date(ms).toISOString() },
      { baseUrl: 'https://lgsp.test', now: () => 0 },
    );
    return expect(auth.headers({ dispatcher, url: 'https://lgsp.test/' })).resolves.toMatchObject({
      timestamp: '1970-01-01T00:00:00.000Z',
    });
  });

  it.each([
    [{ user: '' }, 'auth.user'],
    [{ secret: '' }, 'auth.secret'],
    [{ apiKey: 'a b' }, 'auth.apiKey'],
  ])('refuses %o', (over, field) => {
    let error: unknown;
    try {
      createAuthProvider({ ...options, ...over } as never, { baseUrl: 'https://lgsp.test' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).fields).toEqual([field]);
    expect(JSON.stringify((error as InputError).toJSON()) + (error as Error).message).not.toContain(SECRET);
  });
});
