/**
 * What every CLI test file shares: the bin bundled, `onceonly mock --json` running as a real process
 * (its output saved as the config file), the same seeded world in this process to build inputs from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { afterAll, beforeAll } from 'vitest';
import { bundleCli, type Running, start, until } from './cli-process.js';

export const seed = 42;
export const who = ['--officer', MOCK_OFFICER_ID, '--purpose', '1.001193', '--case', 'H23.01-241122-0001'];

export interface CliFixture {
  work: string;
  cli: string;
  config: string;
  env: NodeJS.ProcessEnv;
  /** The same seed in this process gives the same people the mock process serves. */
  world: ReturnType<typeof createMockPlatform>;
  mock: () => Running;
  url: () => string;
}

/** Registers the set-up and tear-down hooks; the fixture's files live in a fresh temp dir. */
export function useCliAgainstMock(): CliFixture {
  const work = mkdtempSync(join(tmpdir(), 'onceonly-cli-'));
  const config = join(work, 'mock.json');
  let mock: Running | undefined;
  const fixture: CliFixture = {
    work,
    cli: join(work, 'onceonly.mjs'),
    config,
    env: { ONCEONLY_CONFIG: config, ONCEONLY_AUDIT_KEY: 'k'.repeat(32) },
    world: createMockPlatform({ seed }),
    mock: () => mock!,
    url: () => (JSON.parse(mock!.stdout()) as { url: string }).url,
  };
  beforeAll(async () => {
    await bundleCli(fixture.cli);
    mock = start(fixture.cli, ['mock', '--json', '--seed', String(seed)], { cwd: work });
    await until(() => mock!.stdout().includes('\n'), 20_000, 'the mock to print its settings');
    writeFileSync(config, mock.stdout());
  }, 90_000);
  afterAll(async () => {
    if (mock && mock.child.exitCode === null) mock.child.kill('SIGKILL');
    await fixture.world.close();
    rmSync(work, { recursive: true, force: true });
  });
  return fixture;
}

export const csvLine = (cells: string[]) => `${cells.join(',')}\n`;

/** The rows of a CSV file as objects by header (the test data holds no commas nor quotes). */
export const parse = (text: string): Record<string, string>[] => {
  const [header, ...lines] = text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  return lines.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
};

/** A lookup the mock answers: one of the first 20 personas. */
export function goodRow(world: CliFixture['world'], i: number): string[] {
  const l = lookupOf(world.personas[i % 20]!);
  return [l.personalId, l.fullName, l.birthDate];
}
