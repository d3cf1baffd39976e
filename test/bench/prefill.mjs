/**
 * Prefill benchmark: a form whose every source answers 20 ms late takes about as long as the slowest
 * source, not the sum, with exactly one upstream call per source. Never part of `pnpm test`.
 *
 *   pnpm bench                       # builds the packages, then runs run.mjs and this
 *   node test/bench/prefill.mjs [--rounds 30] [--latency 20] [--procedure 1.004222]
 *
 * The mock platform runs in a child process (prefill-provider.mjs), over HTTP on 127.0.0.1, as a real
 * provider runs elsewhere: its CPU work (SOAP, ES256 signatures, consent checks) is off the client's
 * thread, though the answers still wait for it. Imports the BUILT packages (packages/x/dist).
 */
import { fork } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = (name) => pathToFileURL(join(root, 'packages', name, 'dist', 'index.js')).href;
const { createGateway } = await import(dist('core'));
const prefillPackage = await import(dist('prefill'));
const { consentScopes, prefill } = prefillPackage;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '30' },
    latency: { type: 'string', default: '20' },
    procedure: { type: 'string' },
    // soap: the adapters' default (the population database's real services); rest: every adapter over REST.
    encoding: { type: 'string', default: 'soap' },
    // A CPU profile of the client over the measured rounds only (after warm-up), written to this file.
    profile: { type: 'string' },
  },
});
const rounds = Number(args.rounds);
const latencyMs = Number(args.latency);

/** The catalog procedure with the most sources, or the one asked for. */
function pickForm() {
  const catalog = prefillPackage.catalog ?? {};
  if (args.procedure) return catalog[args.procedure];
  const forms = Object.values(catalog);
  return forms.sort((a, b) => Object.keys(b.sources).length - Object.keys(a.sources).length)[0];
}
const form = pickForm();
if (form === undefined) throw new Error('No catalog form to measure (is @onceonly/prefill built?)');
const sourceNames = Object.keys(form.sources);

const scopes = consentScopes(form);
const purpose = form.procedure.purpose ?? form.procedure.code;

const provider = fork(join(here, 'prefill-provider.mjs'), {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  // `node --cpu-prof prefill.mjs` profiles the client only; PROFILE_PROVIDER=dir profiles the provider.
  execArgv: process.env.PROFILE_PROVIDER
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_PROVIDER}`]
    : [],
});
/** The provider's next message of `type` (after sending `message`), or an error after 30 s. */
function reply(type, message) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prefill-provider: no '${type}' within 30 s`)), 30_000);
    const onMessage = (answer) => {
      if (answer?.type !== type) return;
      clearTimeout(timer);
      provider.off('message', onMessage);
      resolve(answer);
    };
    provider.on('message', onMessage);
    if (message) provider.send(message);
  });
}
await reply('loaded');
const ready = await reply('ready', { type: 'start', latencyMs, scopes, purpose });
/** What the provider received so far: requests, and its CPU time in µs. */
const providerStats = () => reply('calls', { type: 'calls' });

const gateway = createGateway({ ...ready.gatewayOptions, retry: { attempts: 1 } });
const subject = ready.subject;
const ctx = {
  purpose,
  caseId: 'BENCH-PREFILL',
  officerId: ready.officerId,
  consent: ready.consent,
};
const encoding = args.encoding === 'rest' ? 'rest' : 'soap';
const adapters = Object.fromEntries(
  ['population', 'civilStatus', 'insurance', 'enterprise', 'land'].map((name) => [name, { encoding }]),
);
const options = { subject, ctx, gateway, adapters, receiptKey: 'bench-receipt-key-of-at-least-32-bytes' };

// Warm up (imports, keys, compiled schemas, connections, JIT): a portal's server runs for long.
for (let i = 0; i < 10; i++) await prefill(form, options);
const session = args.profile ? await startProfile() : undefined;
const walls = [];
const callsPerRound = new Set();
let cpuMicros = 0;
let providerMicros = 0;
for (let i = 0; i < rounds; i++) {
  const before = await providerStats();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await prefill(form, options);
  walls.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  cpuMicros += used.user + used.system;
  const after = await providerStats();
  callsPerRound.add(after.count - before.count);
  providerMicros += after.cpuMicros - before.cpuMicros;
}
if (session) await stopProfile(session, args.profile);
walls.sort((a, b) => a - b);
const median = walls[Math.floor(walls.length / 2)];
const p95 = walls[Math.floor(walls.length * 0.95)];
console.log(
  `prefill ${form.procedure.code}: ${sourceNames.length} sources over ${encoding.toUpperCase()}, each ${latencyMs} ms late, ${rounds} rounds`,
);
console.log(`  wall median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
console.log(`  slowest source ${latencyMs} ms; sum of sources ${sourceNames.length * latencyMs} ms`);
console.log(`  median / slowest = ${(median / latencyMs).toFixed(2)}×; target < 25 ms wall`);
console.log(
  `  upstream calls per prefill: ${[...callsPerRound].join(' or ')} (sources: ${sourceNames.length})`,
);
const perRound = (micros) => `${(micros / rounds / 1000).toFixed(1)} ms`;
console.log(
  `  CPU per prefill: client ${perRound(cpuMicros)}, provider ${perRound(providerMicros)} (its own process)`,
);
await gateway.close();
provider.disconnect();

async function startProfile() {
  const { Session } = await import('node:inspector/promises');
  const profiler = new Session();
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
  return profiler;
}

async function stopProfile(profiler, file) {
  const { profile } = await profiler.post('Profiler.stop');
  profiler.disconnect();
  (await import('node:fs')).writeFileSync(file, JSON.stringify(profile));
  console.log(`  client profile of the measured rounds: ${file}`);
}
