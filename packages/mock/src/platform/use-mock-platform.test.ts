import { describe, expect, it } from 'vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { useMockPlatform } from './use-mock-platform.js';
import { send } from './test-fixture.js';

describe('useMockPlatform (in-process)', () => {
  const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42 });

  it('gives a ready platform and records calls', async () => {
    mock.faults.inject('*', { kind: 'reset' });
    expect((await send(mock, '/providers/jwks.json')).status).toBe(200);
    expect(mock.calls).toHaveLength(1);
  });

  it('resets faults and calls after each test', () => {
    expect(mock.calls).toHaveLength(0);
    expect(mock.faults.inject('*', { kind: 'reset' }).remaining).toBeUndefined();
  });
});

describe('useMockPlatform (HTTP)', () => {
  const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42, listen: true });

  it('listens before the tests', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(mock.gatewayOptions().dispatcher).toBeUndefined();
    expect((await send(mock.url!, '/idp/jwks.json')).json.keys).toHaveLength(1);
  });
});
