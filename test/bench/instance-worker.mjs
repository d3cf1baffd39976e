/**
 * One portal instance for `instances.mjs`: its own process and gateway, on the shared Redis (answer
 * cache and rate limiter). Told over IPC what to run; answers with what it saw.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gatewayClient } from './clients.mjs';
import { connectRedis } from './redis-client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = await import(pathToFileURL(join(root, 'packages', 'core', 'dist', 'index.js')).href);
const shared = await import(pathToFileURL(join(root, 'packages', 'core', 'dist', 'redis.js')).href);
const redis = await connectRedis();
if (!redis) throw new Error('instance: Redis cannot be reached');

let client;
process.on('message', async ({ type, baseUrl, prefix, phase, durationMs, concurrency, perSecond, ids }) => {
  if (type === 'prepare') {
    // A gateway per phase, warmed up (schemas compiled, keys fetched, JIT) before the window opens.
    await client?.close();
    const options = { name: `instance ${process.pid}` };
    if (phase === 'quota') {
      options.variant = 'full';
      options.rateLimit = shared.redisRateLimiter(redis, { default: { perSecond } }, { prefix });
    } else {
      options.variant = 'cache-hit';
      options.cacheStore = shared.redisCacheStore(redis, {
        secret: 'bench-secret-0123456789abcdef0123456789',
        prefix: `${prefix}warm:`,
      });
    }
    client = gatewayClient(core, baseUrl, options);
    for (let i = 0; i < 3; i++) await client.callFor(ids[i]);
    await client.close();
    if (phase === 'cache')
      options.cacheStore = shared.redisCacheStore(redis, {
        secret: 'bench-secret-0123456789abcdef0123456789',
        prefix,
      });
    client = gatewayClient(core, baseUrl, options);
    process.send('prepared');
    return;
  }
  const stats = { calls: 0, cached: 0, errors: {}, loaded: [] };
  const end = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const id = ids[Math.floor(Math.random() * ids.length)];
      try {
        const { meta } = await client.callFor(id);
        if (meta.cached) stats.cached++;
        else if (phase === 'cache') stats.loaded.push(id);
      } catch (error) {
        stats.errors[error.code ?? 'ERROR'] = (stats.errors[error.code ?? 'ERROR'] ?? 0) + 1;
      }
      stats.calls++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  process.send(stats);
});
process.on('disconnect', async () => {
  await client?.close();
  redis.destroy();
  process.exit(0);
});
process.send('ready');
