/**
 * Runs one client against the bench provider over loopback (the provider in its own process), for a
 * CPU profile of the client's side under load:
 *
 *   node --cpu-prof --cpu-prof-dir=.tmp/prof test/bench/profile-http.mjs [full|no-verify|raw|raw-verify] [concurrency] [ms]
 */
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gatewayClient, rawClient, rawVerifyClient } from './clients.mjs';
import { load, summarise } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const core = await import(pathToFileURL(join(here, '..', '..', 'packages', 'core', 'dist', 'index.js')).href);
const [variant = 'full', concurrency = '1', ms = '5000'] = process.argv.slice(2);
const server = fork(join(here, 'server.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const { port } = await new Promise((resolve) => server.once('message', resolve));
const baseUrl = `http://127.0.0.1:${port}`;
const client =
  variant === 'raw'
    ? rawClient(baseUrl)
    : variant === 'raw-verify'
      ? rawVerifyClient(baseUrl)
      : gatewayClient(core, baseUrl, { variant });
try {
  await load(client.call, { concurrency: Number(concurrency), durationMs: 1000 });
  const cpu0 = process.cpuUsage();
  const run = await load(client.call, { concurrency: Number(concurrency), durationMs: Number(ms) });
  const cpu = process.cpuUsage(cpu0);
  const s = summarise([run]);
  console.log(
    `${client.name} c=${concurrency}: ${s.rps.toFixed(0)} req/s, p50 ${s.p50.toFixed(3)} ms, ` +
      `client CPU ${((cpu.user + cpu.system) / s.count).toFixed(1)} µs/call, errors ${s.errors}`,
  );
} finally {
  await client.close();
  server.send('close');
}
