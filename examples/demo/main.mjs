// The main job of the README: start the mock data exchange platform over real HTTP, then look up a
// synthetic citizen through the gateway exactly as a portal would, with consent, purpose and audit.
// Everything printed is synthetic; the personal id is still masked, as a portal's own logs must be.
import { createGateway, memoryAuditSink, PolicyError } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { formatDate } from '@onceonly/vn';

const PURPOSE = '1.001193'; // procedure code: birth registration (đăng ký khai sinh)
const mask = (id) => `${id.slice(0, 3)}******${id.slice(-3)}`;

const mock = createMockPlatform({ seed: 42 });
const { url } = await mock.listen();
const audit = memoryAuditSink();
const gw = createGateway({
  ...mock.gatewayOptions(),
  audit: { sink: audit, subjectKey: 'demo-audit-key-of-at-least-32-bytes!!' },
});
const citizens = population(gw); // SOAP (X-Road message protocol 4.0), as the real services are

try {
  console.log(`mock platform listening on ${url} (seed 42, ${mock.personas.length} synthetic citizens)`);
  const persona = mock.world.byTag('pre-2025-address')[0];
  // The officer who asks (MaCanBo, personal data: in the body only), and the lookup key the real service
  // needs: personal id, full name and date of birth, as on the id card.
  const ctx = {
    purpose: PURPOSE,
    caseId: 'DEMO-2026-0001',
    userId: 'VNOFFICER01',
    officerId: MOCK_OFFICER_ID,
  };
  const query = lookupOf(persona);

  // 1. Without the citizen's consent, the call is refused before anything is sent.
  const before = mock.calls.length;
  try {
    await citizens.getCitizen(query, ctx);
  } catch (error) {
    if (!PolicyError.isInstance(error)) throw error;
    console.log(`without consent: ${error.name} ${error.code}; requests sent: ${mock.calls.length - before}`);
  }

  // 2. With a consent token from the (mock) identity provider, the lookup goes through X-Road (SOAP).
  const consent = await mock.consent(persona.personalId, ['population.basic'], PURPOSE);
  const { value: citizen, meta } = await citizens.getCitizenWithMeta(query, { ...ctx, consent });
  console.log(
    `citizen ${mask(citizen.personalId)}: ${citizen.name.full}, born ${formatDate(citizen.birthDate, 'dd/mm/yyyy')}`,
  );
  const home = citizen.addresses.permanent;
  console.log(
    `  permanent residence: ${home.wardName ?? home.wardCode}, ${home.provinceName ?? home.provinceCode} (${home.version} codes)`,
  );
  if (home.current) {
    const now = home.current.ward?.name ?? home.current.candidates.map((w) => w.name).join(' or ');
    console.log(`  today: ${now}, ${home.current.province.name}`);
  }
  const verified = await citizens.verifyCitizen(query, ctx); // no consent: it discloses nothing
  console.log(`  XacThucThongTinCongDan: ${verified ? 'exists' : 'no match'}`);
  console.log(`  from ${meta.provider} at ${meta.retrievedAt}, signed by ${meta.signedBy}`);
  console.log(`  xroad:requestHash ${meta.requestHash?.slice(0, 16)}…`);

  // 3. A fault on demand: the provider answers 503 once; the gateway retries with the same X-Road-Id.
  mock.faults.inject('population.citizen.get', { kind: 'status', status: 503 }, { times: 1 });
  await citizens.getCitizen(query, { ...ctx, consent });
  const last = audit.records.at(-1);
  console.log(`after a 503: outcome ${last.outcome} in ${last.attempts} attempts`);

  // 4. One audit record per call; the citizen appears only as a keyed hash.
  console.log(
    `audit records: ${audit.records.length}; outcomes: ${audit.records.map((r) => r.outcome).join(', ')}`,
  );
  console.log(`audit subject (HMAC): ${last.subject.slice(0, 16)}…`);
} finally {
  await gw.close();
  await mock.close();
}
