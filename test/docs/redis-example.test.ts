/**
 * The core README's Redis example, run against the Redis at 127.0.0.1:6379 (REDIS_URL). Without Redis
 * it is skipped and says so; with ONCEONLY_REQUIRE_SERVICES=1 (CI) it fails instead, as every Redis test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestRedis } from '../../packages/core/src/redis/redis.fixture.js';
import { PERSONAL_ID, startDocServer } from './harness.js';
import type { ProtocolServer } from '../support/protocol-server.js';

const probe = await connectTestRedis();
probe?.destroy();

describe.skipIf(!probe)('core README: several instances on Redis (needs Redis at 127.0.0.1:6379)', () => {
  let server: ProtocolServer;
  beforeAll(async () => {
    server = await startDocServer();
  });
  afterAll(async () => {
    const { cleanUp } = await import('./examples/redis-cache.js');
    await cleanUp();
    const { gw } = await import('./examples/quick-start.js');
    await gw.close();
    await server.close();
  });

  it('the second instance is answered from the first one’s entry; Redis holds no id in clear', async () => {
    await import('./examples/quick-start.js'); // the example builds on it; it makes its own call
    const lookups = () => server.dataCalls().filter((r) => r.path.endsWith('.get')).length;
    const before = lookups();
    const { again, entries, first } = await import('./examples/redis-cache.js');
    expect(lookups()).toBe(before + 1);
    expect(first.meta.cached).toBe(false);
    expect(again.meta.cached).toBe(true);
    expect(again.value).toEqual(first.value);
    const stored = await entries();
    expect(stored.length).toBeGreaterThan(0);
    for (const [key, value] of stored) expect(key + value).not.toContain(PERSONAL_ID);
  });
});
