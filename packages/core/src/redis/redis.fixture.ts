/**
 * For tests that need Redis (127.0.0.1:6379, or ONCEONLY_REDIS_URL): a connected node-redis client
 * and a random key prefix, deleted after the file's tests. When Redis cannot be reached the tests are
 * skipped and say so; with ONCEONLY_REQUIRE_SERVICES=1 (CI, `.ci/run`) they fail instead.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll } from 'vitest';

export const REDIS_URL = process.env.ONCEONLY_REDIS_URL ?? 'redis://127.0.0.1:6379';

const newClient = () =>
  createClient({ url: REDIS_URL, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
export type TestRedis = ReturnType<typeof newClient>;
const required = process.env.ONCEONLY_REQUIRE_SERVICES === '1';

/** A connected client, or `undefined` (with a warning) when there is no Redis and it is not required. */
export async function connectTestRedis(): Promise<TestRedis | undefined> {
  const client = newClient();
  client.on('error', () => {}); // reported by connect() below
  try {
    await client.connect();
    return client;
  } catch (error) {
    if (required) {
      throw new Error(`Redis is required (ONCEONLY_REQUIRE_SERVICES=1) but ${REDIS_URL} cannot be reached`, {
        cause: error,
      });
    }
    console.warn(
      `\n  Redis tests did NOT run: no Redis at ${REDIS_URL} (set ONCEONLY_REQUIRE_SERVICES=1 to make this a failure).\n`,
    );
    return undefined;
  }
}

/** A prefix of its own for this test file; every key under it is deleted after the file's tests. */
export function testPrefix(redis: TestRedis | undefined): string {
  const prefix = `onceonly-test:${randomUUID()}:`;
  afterAll(async () => {
    if (!redis?.isOpen) return;
    const keys: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch);
    if (keys.length > 0) await redis.del(keys);
    redis.destroy();
  });
  return prefix;
}

/** Every key under `prefix` and its raw value, as Redis holds them. */
export async function rawEntries(redis: TestRedis, prefix: string): Promise<Array<[string, string]>> {
  const entries: Array<[string, string]> = [];
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
    for (const key of batch) entries.push([key, String(await redis.get(key))]);
  }
  return entries;
}
