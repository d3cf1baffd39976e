/**
 * Runs one gateway variant against the in-process dispatcher in a tight loop, for a CPU profile:
 *
 *   node --cpu-prof --cpu-prof-dir=.tmp/prof test/bench/profile.mjs [full|consent|no-verify|bare] [calls]
 *
 * then open the .cpuprofile in Chrome DevTools, or summarise it with `node test/bench/top.mjs <file>`.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAnswer } from './answer.mjs';
import { consentFixture, gatewayClient } from './clients.mjs';
import { InstantDispatcher } from './instant-dispatcher.mjs';
import { sequential } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = await import(pathToFileURL(join(root, 'packages', 'core', 'dist', 'index.js')).href);
const variant = process.argv[2] ?? 'full';
const calls = Number(process.argv[3] ?? 20_000);
const dispatcher = new InstantDispatcher(await buildAnswer());
const client = gatewayClient(core, 'http://provider.bench.invalid', {
  variant,
  dispatcher,
  idp: variant === 'consent' ? await consentFixture() : undefined,
});
await sequential(client.call, 2_000);
const { wallUs, cpuUs } = await sequential(client.call, calls);
console.log(
  `${client.name}: ${wallUs.toFixed(1)} µs/call, ${cpuUs.toFixed(1)} CPU µs/call over ${calls} calls`,
);
await client.close();
