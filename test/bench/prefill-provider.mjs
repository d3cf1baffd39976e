/**
 * The provider side of `prefill.mjs`: the mock platform in its own process, over HTTP on 127.0.0.1,
 * so that its CPU work (SOAP parsing, ES256 signing, consent checks) does not share an event loop
 * with the client being measured, as a real provider runs elsewhere. Driven over IPC:
 *
 *   ← { type: 'start', latencyMs, scopes, purpose }
 *   → { type: 'ready', gatewayOptions, subject, consent, officerId }
 *   ← { type: 'calls' }   → { type: 'calls', count, cpuMicros }   (requests received, CPU used so far)
 *
 * Exits when the parent disconnects, and after a few minutes whatever happens.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (name) => pathToFileURL(join(root, 'packages', name, 'dist', 'index.js')).href;
const { createMockPlatform, lookupOf, MOCK_OFFICER_ID } = await import(dist('mock'));

const MAX_LIFETIME_MS = 5 * 60_000;
const mock = createMockPlatform({ seed: 42 });

async function stop(code) {
  await mock.close();
  process.exit(code);
}
// A benchmark that is killed or hangs must not leave its provider behind.
process.on('disconnect', () => stop(0));
setTimeout(() => stop(1), MAX_LIFETIME_MS).unref();

async function start({ latencyMs, scopes, purpose }) {
  await mock.listen({ host: '127.0.0.1', port: 0 });
  const persona = mock.world.byTag('married')[0];
  // Every call about this citizen, whatever the service, answers `latencyMs` late.
  mock.faults.inject({ persona: persona.personalId }, { kind: 'latency', ms: latencyMs });
  const subject = lookupOf(persona);
  // Over HTTP the options hold no dispatcher: only JSON (URL, client id, keys, issuer).
  return {
    type: 'ready',
    gatewayOptions: mock.gatewayOptions(),
    subject,
    consent: mock.consent(subject.personalId, scopes, purpose),
    officerId: MOCK_OFFICER_ID,
  };
}

process.on('message', async (message) => {
  if (message?.type === 'start') process.send(await start(message));
  else if (message?.type === 'calls') {
    const { user, system } = process.cpuUsage();
    process.send({ type: 'calls', count: mock.calls.length, cpuMicros: user + system });
  }
});
process.send({ type: 'loaded' });
