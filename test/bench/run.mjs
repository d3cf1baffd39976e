/**
 * onceonly benchmark: one citizen lookup through the gateway against a local provider over loopback,
 * beside the limit (raw undici + JSON.parse, with and without one node:crypto signature check) and
 * hand-written fetch clients, at concurrency 1, 16 and 64; then the gateway's own cost per call with an
 * in-process dispatcher (cache hits and the Redis stores included), and each package's cold start.
 * Never part of `pnpm test`. The soak (`soak.mjs`) and the several-instances run (`instances.mjs`) are
 * separate scripts.
 *
 *   pnpm bench                                 # builds @onceonly/population, core and vn, then runs this
 *   node test/bench/run.mjs [--quick] [--duration 1000] [--rounds 3] [--concurrency 1,16,64]
 *                           [--only http|own|cold] [--json results.json]
 *
 * Imports the BUILT packages (packages/core/dist): run `pnpm build` first when calling it directly.
 */
import { fork } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { coldStarts } from './cold-start.mjs';
import { consentFixture, fetchClient, gatewayClient, rawClient, rawVerifyClient } from './clients.mjs';
import { ownCost } from './own-cost.mjs';
import { load, pairedRatio, summarise, table } from './measure.mjs';
import { targetChecks } from './targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const coreDist = join(root, 'packages', 'core', 'dist', 'index.js');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    concurrency: { type: 'string', default: '1,16,64' },
    only: { type: 'string' },
    json: { type: 'string' },
  },
});
const durationMs = Number(args.duration ?? (args.quick ? 300 : 1000));
const rounds = Number(args.rounds ?? (args.quick ? 1 : 5));
const levels = args.concurrency.split(',').map(Number);
const warmupMs = args.quick ? 100 : 250;

if (!existsSync(coreDist)) {
  console.error(`${coreDist} is missing: build first (pnpm build, or run the whole thing with pnpm bench).`);
  process.exit(1);
}
const core = await import(pathToFileURL(coreDist).href);
const undiciVersion = (await import('undici/package.json', { with: { type: 'json' } }).catch(() => null))
  ?.default?.version;

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const results = {
  machine: {
    node: process.version,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform} ${process.arch}`,
    undici: undiciVersion,
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
  },
  settings: { durationMs, rounds, warmupMs, levels },
};
console.log(
  `onceonly bench — Node ${process.version}, ${results.machine.cores} × ${results.machine.cpu}, ` +
    `${results.machine.platform}${undiciVersion ? `, undici ${undiciVersion}` : ''}`,
);
if (results.machine.loadAverage[0] > results.machine.cores / 2)
  console.log(
    `warning: load average ${results.machine.loadAverage.join(' ')} on ${results.machine.cores} cores: ` +
      'other processes compete for the CPU, figures will be noisy.',
  );
console.log(
  `${rounds} round(s) × ${durationMs} ms per client and concurrency (after ${warmupMs} ms warm-up each)\n`,
);

const idp = await consentFixture();

async function httpBench() {
  const server = fork(join(here, 'server.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (message) =>
    new Promise((resolve) => {
      server.once('message', resolve);
      if (message) server.send(message);
    });
  const { port, bodyBytes } = await ask();
  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`provider: ${baseUrl} (separate process), answer body ${bodyBytes} bytes, ES256-signed\n`);

  let sent = 0;
  const counted = (client) => ({
    ...client,
    call: () => {
      sent++;
      return client.call();
    },
  });
  const clients = [
    rawClient(baseUrl),
    rawVerifyClient(baseUrl),
    fetchClient(baseUrl),
    fetchClient(baseUrl, { verify: true }),
    gatewayClient(core, baseUrl, { variant: 'full' }),
    gatewayClient(core, baseUrl, { variant: 'consent', idp }),
    gatewayClient(core, baseUrl, { variant: 'no-verify' }),
  ].map(counted);

  try {
    // Every client must get the same, correct answer before anything is timed.
    const expected = JSON.stringify(await clients[2].call());
    for (const client of clients.slice(3)) {
      const got = JSON.stringify(await client.call());
      if (got !== expected) throw new Error(`${client.name} answered ${got}, expected ${expected}`);
    }
    for (const raw of clients.slice(0, 2))
      if ((await raw.call()).data?.CongDan?.[0]?.SoDinhDanh === undefined)
        throw new Error(`${raw.name}: no data`);
    // JIT and connection pools.
    for (const client of clients) await load(client.call, { concurrency: 16, durationMs: warmupMs * 4 });

    results.http = {};
    for (const concurrency of levels) {
      const runs = new Map(clients.map((c) => [c.name, []]));
      for (let round = 0; round < rounds; round++) {
        // Rotate the order each round so that no client always runs right after another.
        const order = clients.map((_, i) => clients[(i + round) % clients.length]);
        for (const client of order) {
          runs.get(client.name).push(await load(client.call, { concurrency, durationMs, warmupMs }));
        }
      }
      const summary = Object.fromEntries([...runs].map(([name, r]) => [name, summarise(r)]));
      // Ratios are paired by round (median over rounds), not totals: see pairedRatio.
      const versus = (name, base) => pairedRatio(runs.get(name), runs.get(base));
      for (const [name, s] of Object.entries(summary)) {
        s.ratios = {
          raw: versus(name, 'raw undici'),
          limit: versus(name, 'raw undici + verify'),
          fetchVerify: versus(name, 'fetch + verify'),
        };
      }
      results.http[concurrency] = summary;
      console.log(
        `concurrency ${concurrency} (ratios: median over ${rounds} rounds of the ratio within each round)`,
      );
      console.log(
        table(
          ['client', 'req/s', 'p50 ms', 'p99 ms', '× raw', '× raw+verify', '× fetch+verify', 'errors'],
          Object.entries(summary).map(([name, s]) => [
            name,
            fmt(s.rps, 0),
            fmt(s.p50, 3),
            fmt(s.p99, 3),
            fmt(s.ratios.raw, 2),
            fmt(s.ratios.limit, 2),
            fmt(s.ratios.fetchVerify, 2),
            s.errors,
          ]),
        ),
      );
      for (const [name, s] of Object.entries(summary))
        if (s.errors > 0) console.log(`  ${name}: first error: ${s.firstError?.stack ?? s.firstError}`);
      console.log('');
    }
    const served = (await ask('stats')).served;
    if (served !== sent) console.log(`warning: clients sent ${sent} lookups, the provider served ${served}`);
    for (const client of clients.filter((c) => c.audited)) {
      const calls = client.audited();
      if (calls === 0) console.log(`warning: ${client.name} wrote no audit record`);
    }
  } finally {
    for (const client of clients) await client.close();
    server.send('close');
  }
}

if (!args.only || args.only === 'http') await httpBench();
if (!args.only || args.only === 'own') results.own = await ownCost(core, { idp, quick: args.quick, fmt });
if (!args.only || args.only === 'cold') {
  results.cold = await coldStarts(args.quick ? 1 : 3);
  console.log('cold start: a fresh `node` process per package, import + first call (median of runs)');
  console.log(
    table(
      ['package', 'import ms', 'first call ms', 'total ms', 'what the first call is'],
      results.cold.map((r) => [
        r.package,
        fmt(r.importMs),
        fmt(r.firstCallMs),
        fmt(r.importMs + r.firstCallMs),
        r.firstCall,
      ]),
    ),
  );
  console.log('');
}

console.log('targets');
results.targets = targetChecks(results, fmt);
console.log(table(['target', 'measured', 'goal', ''], results.targets));

if (args.json) {
  writeFileSync(
    args.json,
    `${JSON.stringify(results, (k, v) => (k === 'firstError' ? String(v ?? '') : v), 2)}\n`,
  );
  console.log(`\nresults written to ${args.json}`);
}
process.exit(0);
