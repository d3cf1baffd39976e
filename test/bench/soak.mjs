/**
 * Soak: a million lookups through one gateway (signatures, validation and audit on) against the bench
 * provider over loopback, at concurrency 16. Heap after a full collection is sampled along the way; at
 * the end, after `gw.close()`, no socket may be left open on either side. Takes minutes: never part of
 * `pnpm bench` or `pnpm test`.
 *
 *   pnpm bench:soak                                   # builds, then runs this
 *   node --expose-gc test/bench/soak.mjs [--calls 1000000] [--concurrency 16] [--json .tmp/soak.json]
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gatewayClient } from './clients.mjs';

const { values: args } = parseArgs({
  options: {
    calls: { type: 'string', default: '1000000' },
    concurrency: { type: 'string', default: '16' },
    json: { type: 'string' },
  },
});
if (typeof globalThis.gc !== 'function') {
  console.error('run with --expose-gc (pnpm bench:soak does)');
  process.exit(1);
}
const here = dirname(fileURLToPath(import.meta.url));
const core = await import(pathToFileURL(join(here, '..', '..', 'packages', 'core', 'dist', 'index.js')).href);
const total = Number(args.calls);
const concurrency = Number(args.concurrency);
const MAX_GROWTH_MB = 20;

const server = fork(join(here, 'server.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const ask = (message) =>
  new Promise((resolve) => {
    server.once('message', resolve);
    if (message) server.send(message);
  });
const { port } = await ask();
const client = gatewayClient(core, `http://127.0.0.1:${port}`, { variant: 'full' });

const heapMb = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
let done = 0;
let errors = 0;
let firstError;
async function run(calls) {
  let next = 0;
  const worker = async () => {
    while (next < calls) {
      next++;
      try {
        await client.call();
      } catch (error) {
        errors++;
        firstError ??= error;
      }
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const warmup = Math.min(20_000, Math.floor(total / 10));
await run(warmup);
const baseline = heapMb();
const samples = [{ calls: done, heapMb: baseline }];
console.log(
  `soak: ${total} calls at concurrency ${concurrency}; heap after warm-up ${baseline.toFixed(1)} MB`,
);
const started = performance.now();
const step = Math.max(1, Math.floor((total - warmup) / 10));
while (done < total) {
  await run(Math.min(step, total - done));
  const heap = heapMb();
  samples.push({ calls: done, heapMb: heap });
  const rate = (done - warmup) / ((performance.now() - started) / 1000);
  console.log(
    `  ${done} calls, heap ${heap.toFixed(1)} MB (${(heap - baseline).toFixed(1)} MB), ${rate.toFixed(0)} calls/s`,
  );
}
await client.close();
await new Promise((r) => setTimeout(r, 200)); // let the sockets' close events run
const stats = await ask('stats');
const ownSockets = process._getActiveHandles().filter((h) => h instanceof Socket && !h.destroyed).length;
const growth = samples.at(-1).heapMb - baseline;
server.send('close');
const result = {
  calls: done,
  errors,
  served: stats.served,
  heapAfterWarmupMb: baseline,
  heapGrowthMb: growth,
  audited: client.audited(),
  socketsOpen: { client: ownSockets, server: stats.open },
  samples,
};
console.log(
  `heap growth ${growth.toFixed(1)} MB (goal < ${MAX_GROWTH_MB}): ${growth < MAX_GROWTH_MB ? 'met' : 'MISSED'}; ` +
    `sockets open after close: client ${ownSockets}, server ${stats.open}: ${ownSockets + stats.open === 0 ? 'met' : 'MISSED'}; ` +
    `${errors} errors${firstError ? ` (first: ${firstError.code ?? firstError.message})` : ''}; ` +
    `${result.audited} audit records, ${stats.served} served`,
);
if (args.json) writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`);
process.exit(0);
