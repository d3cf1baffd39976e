/**
 * Runs one gateway variant against the in-process dispatcher in a tight loop, for a CPU profile:
 *
 *   node --cpu-prof --cpu-prof-dir=.tmp/prof test/bench/profile.mjs [full|consent|no-verify|bare|soap] [calls]
 *
 * `soap` is the SOAP profile's row (test/bench/soap.mjs: verify off, its own in-process dispatcher).
 *
 * then open the .cpuprofile in Chrome DevTools, or summarise it with `node test/bench/top.mjs <file>`.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAnswer } from './answer.mjs';
import { consentFixture, gatewayClient } from './clients.mjs';
import { InstantDispatcher } from './instant-dispatcher.mjs';
import { sequential } from './measure.mjs';
import { SoapInstantDispatcher, soapGatewayClient } from './soap.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = await import(pathToFileURL(join(root, 'packages', 'core', 'dist', 'index.js')).href);
const variant = process.argv[2] ?? 'full';
const calls = Number(process.argv[3] ?? 20_000);
const baseUrl = 'http://provider.bench.invalid';
const client =
  variant === 'soap'
    ? soapGatewayClient(core, baseUrl, new SoapInstantDispatcher())
    : gatewayClient(core, baseUrl, {
        variant,
        dispatcher: new InstantDispatcher(await buildAnswer()),
        idp: variant === 'consent' ? await consentFixture() : undefined,
      });
await sequential(client.call, 2_000);
const { wallUs, cpuUs } = await sequential(client.call, calls);
console.log(
  `${client.name}: ${wallUs.toFixed(1)} µs/call, ${cpuUs.toFixed(1)} CPU µs/call over ${calls} calls`,
);
await client.close();
