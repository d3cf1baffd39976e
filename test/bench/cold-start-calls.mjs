/**
 * The first call of each package, for `cold-start.mjs`: what a user of that package really does first,
 * run after the package is imported. `run(pkg)` returns the time of the call itself when it has to
 * set something up first that is not the package's own cold start (the mock world, a listening server),
 * else nothing (then the whole of `run` is timed). A first call that fails throws: that is a bench bug.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** A package's built ESM entry (the benches import packages/NAME/dist). */
export const dist = (name) => pathToFileURL(join(root, 'packages', name, 'dist', 'index.js')).href;

const PURPOSE = '1.001193';
const ctxFor = (purpose, consent, extra = {}) => ({
  purpose,
  caseId: 'H23.01-261202-0001',
  consent,
  ...extra,
});
const adapterOptions = { unit: 'H23.01', callerCode: 'VPCP' }; // default encoding: SOAP

function check(ok, message) {
  if (!ok) throw new Error(`cold start: ${message}`);
}

/** The mock platform (its import and world generation are not the measured package's cold start). */
async function mockPlatform({ listen = false } = {}) {
  const mockPackage = await import(dist('mock'));
  const mock = mockPackage.createMockPlatform({ seed: 42 });
  const url = listen ? (await mock.listen({ host: '127.0.0.1', port: 0 })).url : undefined;
  return { mockPackage, mock, url };
}

/**
 * An adapter's first call: the mock is created and the consent token minted before the clock starts;
 * timed from `createGateway` on the in-process mock to the checked answer.
 */
function throughGateway(what, prepare, call) {
  return {
    what: `${what} (in-process mock made before timing; createGateway → answer)`,
    run: async (pkg) => {
      const core = await import(dist('core'));
      const { mockPackage, mock } = await mockPlatform();
      try {
        const input = prepare(mock, mockPackage, pkg);
        const t0 = performance.now();
        const gw = core.createGateway(mock.gatewayOptions());
        try {
          await call(pkg, gw, input);
          return performance.now() - t0;
        } finally {
          await gw.close();
        }
      } finally {
        await mock.close();
      }
    },
  };
}

/** The first persona with `tag`, or a bench bug. */
function personaOf(mock, tag) {
  const persona = mock.world.byTag(tag)[0];
  check(persona !== undefined, `no persona tagged ${tag} in the seed-42 world`);
  return persona;
}

export const FIRST_CALLS = {
  vn: {
    what: 'parsePersonalId',
    run: async (vn) => {
      check(vn.parsePersonalId('001203012345').ok, 'vn: the bench id does not parse');
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
  mock: {
    what:
      'createMockPlatform({ seed: 42 }) (600-person world) + a getCitizen through a gateway on it ' +
      "(in-process; the gateway's first call included)",
    run: async (mockPackage) => {
      const core = await import(dist('core'));
      const { population } = await import(dist('population'));
      const t0 = performance.now();
      const mock = mockPackage.createMockPlatform({ seed: 42 });
      const persona = personaOf(mock, 'adult');
      const gw = core.createGateway(mock.gatewayOptions());
      try {
        const consent = mock.consent(persona.personalId, ['population.basic'], PURPOSE);
        const citizen = await population(gw).getCitizen(
          mockPackage.lookupOf(persona),
          ctxFor(PURPOSE, consent, { officerId: mockPackage.MOCK_OFFICER_ID }),
        );
        check(citizen.personalId === persona.personalId, 'mock: getCitizen answered someone else');
        return performance.now() - t0;
      } finally {
        await gw.close();
        await mock.close();
      }
    },
  },
  'civil-status': throughGateway(
    'getBirthRecord of a minor (SOAP)',
    (mock, { MOCK_OFFICER_ID }) => {
      const child = mock.world.personas.find((p) => p.tags.includes('minor') && p.civilStatus?.khaiSinh);
      check(child !== undefined, 'civil-status: no minor with a birth record');
      const consent = mock.consent(child.personalId, ['civil.birth'], PURPOSE);
      return { child, ctx: ctxFor(PURPOSE, consent, { officerId: MOCK_OFFICER_ID }) };
    },
    async ({ civilStatus }, gw, { child, ctx }) => {
      const key = { personalId: child.personalId, fullName: child.fullName };
      const record = await civilStatus(gw, adapterOptions).getBirthRecord(key, ctx);
      check(record.child.personalId === child.personalId, 'civil-status: another child answered');
    },
  ),
  insurance: throughGateway(
    'getParticipant of a contributing worker (SOAP)',
    (mock) => {
      const worker = mock.world.personas.find((p) => p.insurance?.trangThaiThamGia === '1');
      check(worker !== undefined, 'insurance: no contributing worker');
      const purpose = '1.014748'; // unemployment benefit
      return { worker, ctx: ctxFor(purpose, mock.consent(worker.personalId, ['insurance.basic'], purpose)) };
    },
    async ({ insurance }, gw, { worker, ctx }) => {
      const participant = await insurance(gw, adapterOptions).getParticipant(
        { personalId: worker.personalId },
        ctx,
      );
      check(participant.personalId === worker.personalId, 'insurance: another participant answered');
    },
  ),
  enterprise: throughGateway(
    'findByRepresentative of a representative (SOAP)',
    (mock) => {
      const representative = personaOf(mock, 'enterprise-representative');
      const consent = mock.consent(representative.personalId, ['enterprise.basic'], PURPOSE);
      return { representative, ctx: ctxFor(PURPOSE, consent) };
    },
    async ({ enterprise }, gw, { representative, ctx }) => {
      const found = await enterprise(gw, adapterOptions).findByRepresentative(
        { personalId: representative.personalId },
        ctx,
      );
      check(found.length > 0, 'enterprise: the representative has no enterprise');
    },
  ),
  land: throughGateway(
    'getCertificatesByOwner of a land owner (SOAP)',
    (mock, { MOCK_OFFICER_ID }) => {
      const owner = personaOf(mock, 'land-owner');
      const purpose = '1.004227';
      const consent = mock.consent(owner.personalId, 'land.basic', purpose);
      return { owner, ctx: ctxFor(purpose, consent, { officerId: MOCK_OFFICER_ID }) };
    },
    async ({ land }, gw, { owner, ctx }) => {
      const list = await land(gw, adapterOptions).getCertificatesByOwner(
        { personalId: owner.personalId },
        ctx,
      );
      check(list.certificates.length > 0, 'land: the owner holds no certificate');
    },
  ),
  prefill: throughGateway(
    'prefill of the catalog form with the most sources, all found',
    (mock, { lookupOf, MOCK_OFFICER_ID }, { catalog, consentScopes }) => {
      // As prefill.mjs picks it: the form that reads the most sources.
      const sources = (form) => Object.keys(form.sources).length;
      const form = Object.values(catalog).sort((a, b) => sources(b) - sources(a))[0];
      check(form !== undefined, 'prefill: no catalog form');
      // Someone every source has a record of (married, a land owner, born since the books were digitised).
      const persona = mock.world.personas.find(
        (p) => p.tags.includes('married') && p.tags.includes('land-owner') && p.civilStatus?.khaiSinh,
      );
      check(persona !== undefined, 'prefill: no married land owner with a birth record');
      const subject = lookupOf(persona);
      const purpose = form.procedure.purpose ?? form.procedure.code;
      const consent = mock.consent(subject.personalId, consentScopes(form), purpose);
      const ctx = ctxFor(purpose, consent, { officerId: MOCK_OFFICER_ID });
      return { form, subject, ctx };
    },
    async ({ prefill }, gateway, { form, subject, ctx }) => {
      const receiptKey = 'bench-receipt-key-of-at-least-32-bytes';
      const result = await prefill(form, { subject, ctx, gateway, receiptKey });
      const failed = Object.values(result.sources).filter((s) => s.status !== 'ok');
      check(failed.length === 0, `prefill: ${failed.map((s) => `${s.source} ${s.reason?.code ?? ''}`)}`);
    },
  ),
  identity: {
    what:
      'createRelyingParty + authorizationUrl, discovery over loopback HTTP ' +
      '(mock identity provider in this process, listening before timing)',
    run: async ({ createRelyingParty, oidcProfile }) => {
      const { mock, url } = await mockPlatform({ listen: true });
      try {
        const issuer = `${url}/idp`;
        const t0 = performance.now();
        const rp = createRelyingParty({
          issuer,
          clientId: mock.client,
          redirectUri: 'https://portal.example.gov.vn/login/callback',
          clientAuth: { method: 'client_secret_basic', clientSecret: mock.credentials.clientSecret },
          profile: oidcProfile(),
        });
        const transaction = await rp.authorizationUrl({ scope: ['population.basic'], purpose: PURPOSE });
        check(transaction.url.startsWith(`${issuer}/authorize?`), 'identity: unexpected authorization URL');
        return performance.now() - t0;
      } finally {
        await mock.close();
      }
    },
  },
  platform: throughGateway(
    'serviceCatalog(gw).services of the population provider',
    () => undefined,
    async ({ serviceCatalog }, gw) => {
      const services = await serviceCatalog(gw).services('GOV/000.00.00.G10/CSDLDC');
      check(
        services.some((s) => s.allowed),
        'platform: no service allowed to the portal',
      );
    },
  ),
  cli: {
    what:
      "runCli(['catalog', '--json']) in-process, against the mock over loopback HTTP " +
      '(mock listening and config written before timing)',
    run: async ({ runCli }) => {
      const { mock } = await mockPlatform({ listen: true });
      const dir = mkdtempSync(join(tmpdir(), 'onceonly-cold-'));
      const config = join(dir, 'onceonly.config.json');
      // What `onceonly mock --json` prints under `settings`: once listening, JSON only (its URL, keys).
      const { dispatcher: _inProcessOnly, ...settings } = mock.gatewayOptions();
      writeFileSync(config, JSON.stringify(settings));
      const write = process.stdout.write;
      let out = '';
      try {
        const t0 = performance.now();
        process.stdout.write = (chunk) => {
          out += chunk;
          return true;
        };
        let code;
        try {
          code = await runCli(['catalog', '--config', config, '--json']);
        } finally {
          process.stdout.write = write;
        }
        const elapsed = performance.now() - t0;
        check(code === 0, `cli: catalog exited ${code}`);
        check(JSON.parse(out).length > 0, 'cli: catalog listed nothing');
        return elapsed;
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await mock.close();
      }
    },
  },
};
