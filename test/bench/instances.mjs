/**
 * Several portal instances on one Redis: N gateway processes (instance-worker.mjs) against the bench
 * provider (server.mjs), sharing the rate limiter and the answer cache through Redis.
 * - quota: every instance calls as fast as it can for `--duration`; the provider counts what arrives.
 *   The shared limit holds when the provider's rate stays within a few per cent of `--per-second`.
 * - cache: the instances ask for `--ids` citizens at random; each citizen should be loaded once in all
 *   (misses ≈ ids), every other call a hit, whichever instance loaded it.
 * The added cost per call of the Redis stores is in `run.mjs --only own` (the Redis rows).
 *
 *   pnpm bench:instances
 *   node test/bench/instances.mjs [--instances 3] [--duration 5000] [--per-second 100] [--ids 300] [--json f]
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { table } from './measure.mjs';
import { connectRedis, deletePrefix, REDIS_URL } from './redis-client.mjs';

const { values: args } = parseArgs({
  options: {
    instances: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5000' },
    'per-second': { type: 'string', default: '100' },
    ids: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    json: { type: 'string' },
  },
});
const here = dirname(fileURLToPath(import.meta.url));
const n = Number(args.instances);
const durationMs = Number(args.duration);
const perSecond = Number(args['per-second']);
const concurrency = Number(args.concurrency);
const ids = Array.from(
  { length: Number(args.ids) },
  (_, i) => `001203${String(100000 + i).padStart(6, '0')}`,
);

const redis = await connectRedis();
if (!redis) {
  console.error(`Redis is not reachable at ${REDIS_URL}: this benchmark needs it.`);
  process.exit(1);
}
const prefix = `onceonly-bench-instances:${process.pid}:`;
const reply = (child, message) =>
  new Promise((resolve) => {
    child.once('message', resolve);
    if (message) child.send(message);
  });
const server = fork(join(here, 'server.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const { port } = await reply(server);
const baseUrl = `http://127.0.0.1:${port}`;
const workers = Array.from({ length: n }, () =>
  fork(join(here, 'instance-worker.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
);
await Promise.all(workers.map((w) => reply(w)));
console.log(
  `${n} instances × ${concurrency} concurrent calls, ${durationMs} ms per phase, Redis ${REDIS_URL}\n`,
);

async function phase(name) {
  const message = { baseUrl, prefix, phase: name, durationMs, concurrency, perSecond, ids };
  await Promise.all(workers.map((w) => reply(w, { ...message, type: 'prepare' })));
  // Let the warm-up's reservations drain before the window opens.
  await new Promise((r) => setTimeout(r, 500));
  const before = (await reply(server, 'stats')).served;
  const started = performance.now();
  const pending = workers.map((w) => reply(w, { ...message, type: 'run' }));
  // What arrives at the provider within the window (calls still waiting for a slot finish afterwards).
  await new Promise((r) => setTimeout(r, durationMs));
  const inWindow = (await reply(server, 'stats')).served - before;
  const windowMs = performance.now() - started;
  const stats = await Promise.all(pending);
  return { inWindow, windowMs, stats, servedAll: (await reply(server, 'stats')).served - before };
}

const quota = await phase('quota');
const rate = (quota.inWindow * 1000) / quota.windowMs;
const quotaRows = quota.stats.map((s, i) => [`instance ${i + 1}`, s.calls, JSON.stringify(s.errors)]);
console.log(`quota: limit ${perSecond}/s shared by ${n} instances`);
console.log(table(['', 'calls', 'errors'], quotaRows));
console.log(
  `provider received ${quota.inWindow} requests in ${(quota.windowMs / 1000).toFixed(2)} s: ${rate.toFixed(1)}/s ` +
    `= ${((rate / perSecond) * 100).toFixed(1)} % of the limit\n`,
);

const cache = await phase('cache');
const calls = cache.stats.reduce((sum, s) => sum + s.calls, 0);
const hits = cache.stats.reduce((sum, s) => sum + s.cached, 0);
const loaded = cache.stats.flatMap((s) => s.loaded);
const loadedTwice = loaded.length - new Set(loaded).size;
console.log(`cache: ${ids.length} citizens asked at random by ${n} instances`);
console.log(
  table(
    ['', 'calls', 'hits', 'loaded', 'errors'],
    cache.stats.map((s, i) => [
      `instance ${i + 1}`,
      s.calls,
      s.cached,
      s.loaded.length,
      JSON.stringify(s.errors),
    ]),
  ),
);
console.log(
  `hit ratio ${((hits / calls) * 100).toFixed(2)} % over ${calls} calls; ${loaded.length} loads for ${new Set(loaded).size} ` +
    `distinct citizens (${loadedTwice} loaded by more than one instance); provider served ${cache.servedAll}`,
);

for (const w of workers) w.disconnect();
server.send('close');
await deletePrefix(redis, prefix);
redis.destroy();
const result = {
  instances: n,
  concurrency,
  durationMs,
  quota: {
    perSecond,
    received: quota.inWindow,
    windowMs: quota.windowMs,
    rate,
    ofLimit: rate / perSecond,
    perInstance: quota.stats.map((s) => ({ calls: s.calls, errors: s.errors })),
  },
  cache: {
    ids: ids.length,
    calls,
    hits,
    hitRatio: hits / calls,
    loads: loaded.length,
    loadedTwice,
    served: cache.servedAll,
  },
};
if (args.json) writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`);
process.exit(0);
