/**
 * The packages as users get them: packed with pnpm (workspace ranges rewritten), installed with npm
 * into fresh ESM and CJS projects, every entry point imported, and the types checked by tsc under
 * node16 resolution. Needs the packages built (`pnpm build`, done by `npm test` before vitest).
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const pnpm = join(root, 'node_modules', '.bin', 'pnpm');
const tsc = join(root, 'node_modules', '.bin', 'tsc');

interface Packed {
  name: string;
  tarball: string;
  entryPoints: string[];
}

const work = mkdtempSync(join(tmpdir(), 'onceonly-pack-'));
const packed: Packed[] = [];

function entryPoints(name: string, exportsField: Record<string, unknown>): string[] {
  return Object.keys(exportsField)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`));
}

async function project(kind: 'esm' | 'cjs'): Promise<string> {
  const dir = join(work, kind);
  mkdirSync(dir);
  const deps = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: `smoke-${kind}`,
      private: true,
      type: kind === 'esm' ? 'module' : 'commonjs',
      // `postgres`: the optional peer a portal installs to use `@onceonly/platform/postgres`.
      dependencies: { ...deps, postgres: '^3.4.0' },
      devDependencies: { '@types/node': '^20.19.0' },
      overrides: deps,
    }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    timeout: 240_000,
  });
  return dir;
}

let esmDir = '';
let cjsDir = '';

beforeAll(async () => {
  const packagesDir = join(root, 'packages');
  for (const dirName of readdirSync(packagesDir)) {
    const dir = join(packagesDir, dirName);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (manifest.private) continue;
    if (!existsSync(join(dir, 'dist')))
      throw new Error(`${manifest.name} is not built: run pnpm build first`);
    const { stdout } = await run(pnpm, ['pack', '--pack-destination', work], { cwd: dir });
    const tarball = stdout.trim().split('\n').pop()!.trim();
    packed.push({ name: manifest.name, tarball, entryPoints: entryPoints(manifest.name, manifest.exports) });
  }
  [esmDir, cjsDir] = await Promise.all([project('esm'), project('cjs')]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packed packages', () => {
  it('import every entry point from an ESM project', async () => {
    const specs = packed.flatMap((p) => p.entryPoints);
    const script = `${specs.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}
const all = { ${specs.map((s, i) => `${JSON.stringify(s)}: Object.keys(m${i}).length`).join(', ')} };
console.log(JSON.stringify(all));`;
    writeFileSync(join(esmDir, 'smoke.mjs'), script);
    const { stdout } = await run('node', ['smoke.mjs'], { cwd: esmDir });
    const counts = JSON.parse(stdout) as Record<string, number>;
    for (const spec of specs) expect(counts[spec], spec).toBeGreaterThan(0);
  });

  it('require every entry point from a CJS project', async () => {
    const specs = packed.flatMap((p) => p.entryPoints);
    const script = `const all = {};
${specs.map((s) => `all[${JSON.stringify(s)}] = Object.keys(require('${s}')).length;`).join('\n')}
console.log(JSON.stringify(all));`;
    writeFileSync(join(cjsDir, 'smoke.cjs'), script);
    const { stdout } = await run('node', ['smoke.cjs'], { cwd: cjsDir });
    const counts = JSON.parse(stdout) as Record<string, number>;
    for (const spec of specs) expect(counts[spec], spec).toBeGreaterThan(0);
  });

  it('run a real lookup through the installed packages, from ESM and from CJS', async () => {
    const flow = (load: string) => `${load}
const mock = createMockPlatform({ seed: 7 });
const run = async () => {
  const gw = createGateway({ ...mock.gatewayOptions(), audit: { sink: memoryAuditSink(), subjectKey: 'x'.repeat(32) } });
  const persona = mock.world.byTag('year-only-birth')[0];
  const consent = mock.consent(persona.personalId, ['population.basic'], '1.001193');
  const ctx = { purpose: '1.001193', caseId: 'PKG-1', officerId: MOCK_OFFICER_ID };
  const citizen = await population(gw).getCitizen(lookupOf(persona), { ...ctx, consent });
  const refused = await population(gw).getCitizen(lookupOf(persona), ctx).catch((e) => e);
  console.log(JSON.stringify({
    same: citizen.personalId === persona.personalId,
    yearOnly: citizen.birthDate.precision,
    valid: isValidPersonalId(citizen.personalId),
    refused: PolicyError.isInstance(refused) && refused.code,
  }));
  await gw.close();
  await mock.close();
};
run();
`;
    writeFileSync(
      join(esmDir, 'flow.mjs'),
      flow(`import { createGateway, memoryAuditSink, PolicyError } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { isValidPersonalId } from '@onceonly/vn';`),
    );
    writeFileSync(
      join(cjsDir, 'flow.cjs'),
      flow(`const { createGateway, memoryAuditSink, PolicyError } = require('@onceonly/core');
const { createMockPlatform, lookupOf, MOCK_OFFICER_ID } = require('@onceonly/mock');
const { population } = require('@onceonly/population');
const { isValidPersonalId } = require('@onceonly/vn');`),
    );
    for (const [dir, file] of [
      [esmDir, 'flow.mjs'],
      [cjsDir, 'flow.cjs'],
    ] as const) {
      const { stdout } = await run('node', [file], { cwd: dir, timeout: 60_000 });
      expect(JSON.parse(stdout), file).toEqual({
        same: true,
        yearOnly: 'year',
        valid: true,
        refused: 'CONSENT_REQUIRED',
      });
    }
  });

  it('type-check against the packed type files under node16 resolution (ESM and CJS)', async () => {
    const specs = packed.flatMap((p) => p.entryPoints);
    for (const [dir, file] of [
      [esmDir, 'types.mts'],
      [cjsDir, 'types.cts'],
    ] as const) {
      writeFileSync(
        join(dir, file),
        `${specs.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}\nexport const used = [${specs.map((_, i) => `m${i}`).join(', ')}];\n`,
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'node16',
            moduleResolution: 'node16',
            target: 'es2022',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: ['node'],
          },
          files: [file],
        }),
      );
      // Our declarations and the user's file must check; third parties' own type errors (msw's types
      // import an ESM-only package from CJS) are theirs, not ours.
      const output = await run(tsc, ['-p', 'tsconfig.json'], { cwd: dir }).then(
        () => '',
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );
      const ours = output
        .split('\n')
        .filter(
          (line) =>
            /error TS/.test(line) &&
            (!line.startsWith('node_modules/') || line.startsWith('node_modules/@onceonly/')),
        );
      expect(ours, `${file}:\n${output}`).toEqual([]);
    }
  }, 180_000);
});
