/** `onceonly mock` as a real process: settings and masked personas, a signal stops it, HTTPS. */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../support/test-certificates.js';
import { run, start, until, within } from './cli-process.js';
import { useCliAgainstMock } from './cli-fixture.js';

const { work, cli, env, mock } = useCliAgainstMock();

describe('onceonly mock', () => {
  it('prints its address, client settings and personas by tag with masked ids', () => {
    const summary = JSON.parse(mock().stdout()) as {
      url: string;
      settings: { baseUrl: string; client: string };
      personas: { tag: string; personalId: string }[];
    };
    expect(summary.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(summary.settings.baseUrl).toBe(summary.url);
    expect(summary.settings.client).toBe('VN/GOV/000.00.00.H23/PORTAL');
    expect(summary.personas.map((p) => p.tag)).toContain('minor');
    for (const p of summary.personas) expect(p.personalId).toMatch(/^\d{3}\*{6}\d{3}$/);
  });

  it('refuses a bad port with exit code 2', async () => {
    const result = await run(cli, ['mock', '--port', 'eighty'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port must be a whole number');
  });

  it('stops on SIGINT with exit code 0', async () => {
    const other = start(cli, ['mock', '--seed', '7'], { cwd: work });
    await until(() => other.stdout().includes('Ctrl+C'), 20_000, 'the second mock to listen');
    expect(other.stdout()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    other.child.kill('SIGINT');
    expect((await within(other, 10_000)).code).toBe(0);
  });
});

describe('onceonly mock --https', () => {
  it('serves HTTPS with the given certificate, and its settings make a working config', async () => {
    const certs = makeTestCertificates();
    const files = { cert: join(work, 'server.pem'), key: join(work, 'server.key'), ca: join(work, 'ca.pem') };
    writeFileSync(files.cert, certs.server.cert);
    writeFileSync(files.key, certs.server.key);
    writeFileSync(files.ca, certs.ca);
    const secure = start(
      cli,
      ['mock', '--json', '--https', '--tls-cert', files.cert, '--tls-key', files.key, '--tls-ca', files.ca],
      { cwd: work },
    );
    try {
      await until(() => secure.stdout().includes('\n'), 20_000, 'the HTTPS mock to print its settings');
      const summary = JSON.parse(secure.stdout()) as { url: string };
      expect(summary.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const secureConfig = join(work, 'secure.json');
      writeFileSync(secureConfig, secure.stdout());
      const result = await run(cli, ['catalog', '--json', '--config', secureConfig], { cwd: work, env });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).length).toBeGreaterThan(0);
      const missing = await run(cli, ['mock', '--https'], { cwd: work });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--https needs --tls-cert and --tls-key');
    } finally {
      secure.child.kill('SIGINT');
      await within(secure, 10_000);
    }
  });
});
