/**
 * Prefill benchmark: a form whose every source answers 20 ms late takes about as long as the slowest
 * source, not the sum, with exactly one upstream call per source. Never part of `pnpm test`.
 *
 *   pnpm bench                       # builds the packages, then runs run.mjs and this
 *   node test/bench/prefill.mjs [--rounds 30] [--latency 20] [--procedure 1.004222]
 *
 * Imports the BUILT packages (packages/x/dist).
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (name) => pathToFileURL(join(root, 'packages', name, 'dist', 'index.js')).href;
const { createGateway } = await import(dist('core'));
const { createMockPlatform, lookupOf, MOCK_OFFICER_ID } = await import(dist('mock'));
const prefillPackage = await import(dist('prefill'));
const { consentScopes, prefill } = prefillPackage;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '30' },
    latency: { type: 'string', default: '20' },
    procedure: { type: 'string' },
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

const mock = createMockPlatform({ seed: 42 });
const gateway = createGateway({ ...mock.gatewayOptions(), retry: { attempts: 1 } });
const persona = mock.world.byTag('married')[0];
// Every call about this citizen, whatever the service, answers `latencyMs` late.
mock.faults.inject({ persona: persona.personalId }, { kind: 'latency', ms: latencyMs });
const subject = lookupOf(persona);
const scopes = consentScopes(form);
const purpose = form.procedure.purpose ?? form.procedure.code;
const ctx = {
  purpose,
  caseId: 'BENCH-PREFILL',
  officerId: MOCK_OFFICER_ID,
  consent: mock.consent(subject.personalId, scopes, purpose),
};
const options = { subject, ctx, gateway, receiptKey: 'bench-receipt-key-of-at-least-32-bytes' };

await prefill(form, options); // warm up: imports, keys, compiled schemas
const walls = [];
let callsPerRound = 0;
for (let i = 0; i < rounds; i++) {
  const before = mock.calls.length;
  const started = performance.now();
  await prefill(form, options);
  walls.push(performance.now() - started);
  callsPerRound = Math.max(callsPerRound, mock.calls.length - before);
}
walls.sort((a, b) => a - b);
const median = walls[Math.floor(walls.length / 2)];
const p95 = walls[Math.floor(walls.length * 0.95)];
console.log(
  `prefill ${form.procedure.code}: ${sourceNames.length} sources, each ${latencyMs} ms late, ${rounds} rounds`,
);
console.log(`  wall median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
console.log(`  slowest source ${latencyMs} ms; sum of sources ${sourceNames.length * latencyMs} ms`);
console.log(`  median / slowest = ${(median / latencyMs).toFixed(2)}×; target < 25 ms wall`);
console.log(`  upstream calls per prefill: ${callsPerRound} (sources: ${sourceNames.length})`);
await gateway.close();
await mock.close();
