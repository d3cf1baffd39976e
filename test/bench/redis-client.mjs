/**
 * The Redis client for the benchmarks: node-redis, resolved from @onceonly/core (where it is a dev and
 * peer dependency), connected to ONCEONLY_REDIS_URL or 127.0.0.1:6379. `undefined` when Redis cannot be
 * reached: the Redis rows are then left out, and the bench says so.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REDIS_URL = process.env.ONCEONLY_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function connectRedis() {
  const resolved = createRequire(join(root, 'packages', 'core', 'package.json')).resolve('redis');
  const { createClient } = await import(pathToFileURL(resolved).href);
  const client = createClient({
    url: REDIS_URL,
    socket: { connectTimeout: 1_000, reconnectStrategy: false },
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return client;
  } catch {
    return undefined;
  }
}

/** Deletes every key under `prefix`. */
export async function deletePrefix(client, prefix) {
  const keys = [];
  for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch);
  if (keys.length > 0) await client.del(keys);
}
