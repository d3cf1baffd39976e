import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGatewayOptions } from './config.js';
import { UsageError } from './exit-codes.js';

const dir = mkdtempSync(join(tmpdir(), 'onceonly-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const client = 'VN/GOV/000.00.00.H23/PORTAL';

describe('loadGatewayOptions', () => {
  it('reads the file, with --base-url over ONCEONLY_BASE_URL over the file', () => {
    const config = file('a.json', { baseUrl: 'http://file', client });
    expect(loadGatewayOptions({ config }, {})).toMatchObject({ baseUrl: 'http://file', client });
    expect(loadGatewayOptions({ config }, { ONCEONLY_BASE_URL: 'http://env' }).baseUrl).toBe('http://env');
    expect(
      loadGatewayOptions({ config, baseUrl: 'http://flag' }, { ONCEONLY_BASE_URL: 'http://env' }).baseUrl,
    ).toBe('http://flag');
  });

  it("takes `onceonly mock --json`'s output as is", () => {
    const config = file('mock.json', {
      url: 'http://x',
      settings: { baseUrl: 'http://x', client },
      personas: [],
    });
    expect(loadGatewayOptions({ config }, {})).toEqual({ baseUrl: 'http://x', client });
  });

  it('fills a client secret from the environment only', () => {
    const auth = { type: 'oauth2', method: 'client_secret_basic', tokenUrl: 'http://x/t', clientId: client };
    const config = file('auth.json', { baseUrl: 'http://x', client, auth });
    expect(() => loadGatewayOptions({ config }, {})).toThrow('ONCEONLY_CLIENT_SECRET');
    expect(loadGatewayOptions({ config }, { ONCEONLY_CLIENT_SECRET: 's3cret' }).auth).toMatchObject({
      clientSecret: 's3cret',
    });
  });

  it('refuses what it cannot use, as bad usage', () => {
    expect(() => loadGatewayOptions({ config: join(dir, 'missing.json') }, {})).toThrow(UsageError);
    expect(() => loadGatewayOptions({ config: file('bad.json', '{') }, {})).toThrow('is not JSON');
    expect(() => loadGatewayOptions({ config: file('noclient.json', { baseUrl: 'http://x' }) }, {})).toThrow(
      'no client id',
    );
    expect(() => loadGatewayOptions({ config: file('nourl.json', { client }) }, {})).toThrow(
      'no platform to call',
    );
  });
});
