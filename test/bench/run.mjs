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
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compactVerify, createLocalJWKSet } from 'jose';
import { buildAnswer } from './answer.mjs';
import { coldStarts } from './cold-start.mjs';
import { consentFixture, fetchClient, gatewayClient, rawClient, rawVerifyClient } from './clients.mjs';
import { connectRedis, deletePrefix } from './redis-client.mjs';
import { InstantDispatcher } from './instant-dispatcher.mjs';
import { SoapInstantDispatcher, soapGatewayClient } from './soap.mjs';
import { load, sequential, summarise, table } from './measure.mjs';

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
const rounds = Number(args.rounds ?? (args.quick ? 1 : 3));
const levels = args.concurrency.split(',').map(Number);
const warmupMs = args.quick ? 100 : 250;

const TARGETS = { vsLimit: 0.85, vsRaw: 0.85, vsFetchVerify: 2, ownBeyondSignatureUs: 15 };

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
      results.http[concurrency] = summary;
      const raw = summary['raw undici'].rps;
      const limit = summary['raw undici + verify'].rps;
      const fetchVerify = summary['fetch + verify'].rps;
      console.log(`concurrency ${concurrency}`);
      console.log(
        table(
          ['client', 'req/s', 'p50 ms', 'p99 ms', '× raw', '× raw+verify', '× fetch+verify', 'errors'],
          Object.entries(summary).map(([name, s]) => [
            name,
            fmt(s.rps, 0),
            fmt(s.p50, 3),
            fmt(s.p99, 3),
            fmt(s.rps / raw, 2),
            fmt(s.rps / limit, 2),
            fmt(s.rps / fetchVerify, 2),
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

async function ownCost() {
  const answer = await buildAnswer();
  const dispatcher = new InstantDispatcher(answer);
  const baseUrl = 'http://provider.bench.invalid';
  const redis = await connectRedis();
  const prefix = `onceonly-bench:${process.pid}:`;
  const redisApi = redis
    ? await import(pathToFileURL(join(root, 'packages', 'core', 'dist', 'redis.js')).href)
    : undefined;
  const variants = [
    rawClient(baseUrl, dispatcher),
    rawVerifyClient(baseUrl, dispatcher),
    gatewayClient(core, baseUrl, { variant: 'full', dispatcher }),
    gatewayClient(core, baseUrl, { variant: 'consent', dispatcher, idp }),
    gatewayClient(core, baseUrl, { variant: 'no-verify', dispatcher }),
    gatewayClient(core, baseUrl, { variant: 'no-verify-no-audit', dispatcher }),
    gatewayClient(core, baseUrl, { variant: 'bare', dispatcher }),
    // The SOAP profile beside REST's "verify off" row: its own dispatcher echoes the envelope header.
    soapGatewayClient(core, baseUrl, new SoapInstantDispatcher()),
    gatewayClient(core, baseUrl, { variant: 'cache-hit', dispatcher }),
  ];
  if (redisApi) {
    const secret = 'bench-secret-0123456789abcdef0123456789';
    variants.push(
      gatewayClient(core, baseUrl, {
        variant: 'cache-hit',
        dispatcher,
        cacheStore: redisApi.redisCacheStore(redis, { secret, prefix }),
        name: 'gateway, cache hit (Redis store)',
      }),
      gatewayClient(core, baseUrl, {
        variant: 'no-verify',
        dispatcher,
        // A limit far above what one process sends: the cost of asking, never a wait.
        rateLimit: redisApi.redisRateLimiter(redis, { default: { perSecond: 1e6, burst: 1000 } }, { prefix }),
        name: 'gateway, verify off, Redis rate limit',
      }),
    );
  } else console.log('Redis not reachable: the Redis rows are left out.');
  // ES256 verification of the same body with jose, alone: what signature checking costs at the least.
  const key = createLocalJWKSet(JSON.parse(answer.jwksBody.toString()));
  const [protectedHeader, , signature] = answer.headers['x-payload-signature'].split('.');
  const compact = `${protectedHeader}.${answer.body.toString('base64url')}.${signature}`;
  variants.push({ name: 'jose compactVerify alone (ES256)', call: () => compactVerify(compact, key) });
  // The same check with node:crypto and a cached KeyObject (synchronous, no thread-pool hop).
  const publicKey = createPublicKey({ key: JSON.parse(answer.jwksBody.toString()).keys[0], format: 'jwk' });
  const signingInput = Buffer.from(`${protectedHeader}.${answer.body.toString('base64url')}`);
  const signatureBytes = Buffer.from(signature, 'base64url');
  variants.push({
    name: 'node:crypto verify alone (ES256)',
    call: async () => {
      if (!verify('sha256', signingInput, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signatureBytes))
        throw new Error('bad signature');
    },
  });

  const n = args.quick ? 1_000 : 2_500;
  const batches = args.quick ? 3 : 5;
  for (const v of variants) await sequential(v.call, n);
  const wall = new Map(variants.map((v) => [v.name, []]));
  const cpu = new Map(variants.map((v) => [v.name, []]));
  for (let b = 0; b < batches; b++) {
    for (const v of variants) {
      const r = await sequential(v.call, n);
      wall.get(v.name).push(r.wallUs);
      cpu.get(v.name).push(r.cpuUs);
    }
  }
  for (const v of variants) await v.close?.();
  if (redis) {
    await deletePrefix(redis, prefix);
    redis.destroy();
  }
  // Best batch: the one least disturbed by the rest of the machine (the usual estimator for a fixed cost).
  const best = (values) => Math.min(...values);
  const rawWall = best(wall.get(variants[0].name));
  const rawCpu = best(cpu.get(variants[0].name));
  const limitWall = best(wall.get(variants[1].name));
  const limitCpu = best(cpu.get(variants[1].name));
  results.own = {};
  const rows = variants.map((v, i) => {
    const w = best(wall.get(v.name));
    const c = best(cpu.get(v.name));
    const own =
      i === 0 || v.name.includes(' alone ') ? undefined : { wallUs: w - rawWall, cpuUs: c - rawCpu };
    // Beyond the limit's own work (the signature check included) for the variants that verify.
    const verifies = v.name === 'gateway' || v.name === 'gateway+consent';
    const beyondLimitUs = verifies ? w - limitWall : undefined;
    const beyondLimitCpuUs = verifies ? c - limitCpu : undefined;
    results.own[v.name] = { wallUs: w, cpuUs: c, own, beyondLimitUs, beyondLimitCpuUs, perSecond: 1e6 / w };
    return [
      v.name,
      fmt(w),
      fmt(c),
      own ? fmt(own.wallUs) : '',
      own ? fmt(own.cpuUs) : '',
      beyondLimitUs === undefined ? '' : fmt(beyondLimitUs),
      beyondLimitCpuUs === undefined ? '' : fmt(beyondLimitCpuUs),
      v.name.includes('cache hit') ? fmt(1e6 / w, 0) : '',
    ];
  });
  console.log(
    `own cost: in-process dispatcher, sequential calls (best of ${batches} batches × ${n}); ` +
      `own = gateway − raw on the same dispatcher`,
  );
  console.log(
    'own = variant − raw undici; beyond limit = variant − (raw undici + verify), i.e. beyond the signature check',
  );
  console.log(
    table(
      [
        'variant',
        'µs/call',
        'CPU µs/call',
        'own µs',
        'own CPU µs',
        'beyond limit µs',
        'beyond limit CPU µs',
        'calls/s',
      ],
      rows,
    ),
  );
  console.log('');
}

if (!args.only || args.only === 'http') await httpBench();
if (!args.only || args.only === 'own') await ownCost();
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
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const checks = [];
if (results.http) {
  for (const [c, s] of Object.entries(results.http)) {
    const ratio = (a, b) => s[a].rps / s[b].rps;
    const rows = [
      [`c=${c} gateway / (raw undici + verify)`, ratio('gateway', 'raw undici + verify'), TARGETS.vsLimit],
      [`c=${c} gateway, verify off / raw undici`, ratio('gateway, verify off', 'raw undici'), TARGETS.vsRaw],
      [`c=${c} gateway / fetch + verify`, ratio('gateway', 'fetch + verify'), TARGETS.vsFetchVerify],
    ];
    for (const [what, measured, goal] of rows)
      checks.push([what, fmt(measured, 2), `≥ ${goal}`, verdict(measured >= goal)]);
  }
}
if (results.own) {
  const beyond = results.own.gateway.beyondLimitUs;
  checks.push([
    'own cost beyond the signature check, gateway (µs, wall)',
    fmt(beyond),
    `< ${TARGETS.ownBeyondSignatureUs}`,
    verdict(beyond < TARGETS.ownBeyondSignatureUs),
  ]);
  const beyondCpu = results.own.gateway.beyondLimitCpuUs;
  checks.push([
    'own cost beyond the signature check, gateway (CPU µs)',
    fmt(beyondCpu),
    `< ${TARGETS.ownBeyondSignatureUs}`,
    verdict(beyondCpu < TARGETS.ownBeyondSignatureUs),
  ]);
  const off = results.own['gateway, verify off'].own.wallUs;
  checks.push([
    'own cost, gateway verify off (µs, wall)',
    fmt(off),
    `< ${TARGETS.ownBeyondSignatureUs}`,
    verdict(off < TARGETS.ownBeyondSignatureUs),
  ]);
}
console.log(table(['target', 'measured', 'goal', ''], checks));
results.targets = checks;

if (args.json) {
  writeFileSync(
    args.json,
    `${JSON.stringify(results, (k, v) => (k === 'firstError' ? String(v ?? '') : v), 2)}\n`,
  );
  console.log(`\nresults written to ${args.json}`);
}
process.exit(0);
