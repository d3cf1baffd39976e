/**
 * One client against the bench provider over loopback (the provider in its own process), with a CPU
 * profile of the client's side taken after warm-up, over a fixed number of calls, so that each
 * function's time can be read per call:
 *
 *   node test/bench/profile-http.mjs [full|no-verify|raw|raw-verify] [concurrency] [calls] [out.cpuprofile]
 *   node test/bench/top.mjs out.cpuprofile 40
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gatewayClient, rawClient, rawVerifyClient } from './clients.mjs';
import { load } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const core = await import(pathToFileURL(join(here, '..', '..', 'packages', 'core', 'dist', 'index.js')).href);
const [variant = 'full', concurrency = '16', calls = '40000', out] = process.argv.slice(2);
const server = fork(join(here, 'server.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const { port } = await new Promise((resolve) => server.once('message', resolve));
const baseUrl = `http://127.0.0.1:${port}`;
const clients = { raw: rawClient, 'raw-verify': rawVerifyClient };
const client = clients[variant]?.(baseUrl) ?? gatewayClient(core, baseUrl, { variant });

/** `total` calls from `workers` concurrent loops. */
async function run(total, workers) {
  let left = total;
  const worker = async () => {
    while (left-- > 0) await client.call();
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

try {
  await load(client.call, { concurrency: Number(concurrency), durationMs: 2000 });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run(Number(calls), Number(concurrency));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const file = out ?? `.tmp/${variant}-c${concurrency}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  console.log(
    `${client.name} c=${concurrency}: ${calls} calls, ${((Number(calls) * 1000) / ms).toFixed(0)} req/s, ` +
      `client CPU ${((cpu.user + cpu.system) / Number(calls)).toFixed(1)} µs/call; profile: ${file}`,
  );
} finally {
  await client.close();
  server.send('close');
}
