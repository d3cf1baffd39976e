// `npm run demo`: the mock platform and the portal on loopback, one citizen's journey end to end in the
// terminal, then the address to open (`--procedure=CODE` for another procedure of the catalog). With CI=true (or --ci) it exits after the journey: status 0 or 1,
// last line `journey ok: …` or `journey failed: …`. Everything shown is synthetic.
import { runJourney } from './src/journey.mjs';
import { startPortalWithMock } from './src/start.mjs';

// Cấp Giấy xác nhận tình trạng hôn nhân (marital status confirmation), or `--procedure=CODE`.
const PROCEDURE = process.argv.find((a) => a.startsWith('--procedure='))?.slice(12) ?? '1.004873';
const ci = process.argv.includes('--ci') || /^(1|true)$/i.test(process.env.CI ?? '');
const mask = (id) => `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;

let running;
try {
  running = await startPortalWithMock({ seed: 42 });
  console.log(`mock platform (identity provider, national databases, monitoring): ${running.mockUrl}`);
  console.log(`portal: ${running.url}`);
  const persona = running.mock.world.byTag('married').find((p) => p.population.ngaySinh.length === 10);
  if (!persona) throw new Error('no married persona with a full birth date in the seeded world');
  console.log(`citizen: ${persona.fullName} (${mask(persona.personalId)}), procedure ${PROCEDURE}`);
  const r = await runJourney({
    portalUrl: running.url,
    procedure: PROCEDURE,
    persona: { fullName: persona.fullName, maskedId: mask(persona.personalId) },
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`monitoring received ${running.mock.monitoring.events.length} event(s)`);
  const ok = `journey ok: ${r.prefilled}/${r.fields} fields prefilled, ${r.waived}/${r.documents} documents waived`;
  if (ci) {
    console.log(ok);
    await running.close();
    process.exit(0);
  }
  console.log(ok);
  console.log(`\nOpen ${running.url} in a browser to try it yourself (Ctrl+C to stop).`);
  process.once('SIGINT', async () => {
    await running.close();
    process.exit(0);
  });
} catch (error) {
  const reason = (error?.message ?? String(error)).split('\n')[0];
  console.log(`journey failed: ${reason}`);
  await running?.close().catch(() => undefined);
  process.exit(1);
}
