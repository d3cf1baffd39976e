/**
 * Cold start of each package: a fresh `node` process imports the built package and makes its first
 * call (import and first call timed apart). `coldStarts(runs)` runs every package `runs` times and
 * keeps the median; `node test/bench/cold-start.mjs <package>` is one such process (it prints JSON).
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = (name) => pathToFileURL(join(root, 'packages', name, 'dist', 'index.js')).href;

/** Per package: what its first call is, and how to make it (after the package is imported). */
const FIRST_CALLS = {
  vn: {
    what: 'parsePersonalId',
    run: async (vn) => {
      if (!vn.parsePersonalId('001203012345').ok) throw new Error('vn: the bench id does not parse');
    },
  },
  core: {
    what: 'createGateway + one verified lookup (in-process dispatcher, JWKS fetched)',
    run: async (core) => {
      const { gatewayClient } = await import('./clients.mjs');
      const { buildAnswer } = await import('./answer.mjs');
      const { InstantDispatcher } = await import('./instant-dispatcher.mjs');
      const dispatcher = new InstantDispatcher(await buildAnswer());
      const t0 = performance.now();
      const client = gatewayClient(core, 'http://provider.bench.invalid', { variant: 'full', dispatcher });
      await client.call();
      await client.close();
      return performance.now() - t0; // the bench harness's own set-up is not the package's
    },
  },
  population: {
    what: 'population(createGateway(...)) + getCitizen over REST (in-process dispatcher, verify off)',
    run: async (population) => {
      const core = await import(dist('core'));
      const { buildAnswer } = await import('./answer.mjs');
      const { InstantDispatcher } = await import('./instant-dispatcher.mjs');
      const { CLIENT, CTX, REQUEST } = await import('./fixtures.mjs');
      const dispatcher = new InstantDispatcher(await buildAnswer());
      const t0 = performance.now();
      const gw = core.createGateway({
        baseUrl: 'http://provider.bench.invalid',
        client: CLIENT,
        dispatcher,
        verify: false,
      });
      const pop = population.population(gw, { encoding: 'rest' });
      await pop
        .getCitizen(REQUEST, { ...CTX, officerId: '001085012345', consent: 'not-checked' })
        .catch((error) => {
          // A refusal after the answer came back still made the whole first call; anything else is a bench bug.
          if (!String(error?.code).startsWith('RESPONSE_') && error?.code !== 'CONSENT_INVALID') throw error;
        });
      await gw.close();
      return performance.now() - t0;
    },
  },
};

export async function coldStarts(runs = 3) {
  const results = [];
  for (const name of Object.keys(FIRST_CALLS)) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(import.meta.url), name], {
        cwd: root,
      });
      samples.push(JSON.parse(stdout.trim().split('\n').at(-1)));
    }
    const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    results.push({
      package: `@onceonly/${name}`,
      importMs: median('importMs'),
      firstCallMs: median('firstCallMs'),
      firstCall: FIRST_CALLS[name].what,
    });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  const t0 = performance.now();
  const pkg = await import(dist(name));
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  const timed = await FIRST_CALLS[name].run(pkg);
  const firstCallMs = typeof timed === 'number' ? timed : performance.now() - t1;
  console.log(JSON.stringify({ importMs, firstCallMs }));
}
