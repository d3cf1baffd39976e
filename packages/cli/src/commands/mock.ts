import { readFileSync } from 'node:fs';
import type { GatewayOptions } from '@onceonly/core';
import { createMockPlatform, type MockPlatform, type MockTlsOptions } from '@onceonly/mock';
import type { Command } from 'commander';
import { EXIT_CODES, UsageError } from '../exit-codes.js';
import { maskPersonalId } from '../mask.js';

/** Tags worth trying first: the ordinary cases, then the hard ones. */
const TAGS_TO_TRY = ['adult', 'minor', 'elderly', 'deceased', 'year-only-birth', 'old-id', 'no-birth-record'];

export interface MockSummary {
  url: string;
  /** What a client needs (`createGateway` options, JSON): usable as an `onceonly` config file. */
  settings: Omit<GatewayOptions, 'dispatcher'>;
  /** One persona per tag, the id masked. */
  personas: { tag: string; personalId: string }[];
}

interface MockFlags {
  port: string;
  seed: string;
  host: string;
  json?: boolean;
  https?: boolean;
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
}

export function registerMock(program: Command, setExit: (code: number) => void): void {
  program
    .command('mock')
    .description('serve the mock platform on loopback until Ctrl+C (SIGINT) or SIGTERM')
    .option('--port <port>', 'TCP port (0: any free port)', '0')
    .option('--seed <seed>', 'seed of the synthetic world: same seed, same people and keys', '42')
    .option('--host <host>', 'address to listen on (loopback only)', '127.0.0.1')
    .option('--json', 'print the address, client settings and personas as one JSON line')
    .option('--https', 'serve HTTPS, with --tls-cert and --tls-key')
    .option('--tls-cert <file>', "the server's certificate chain (PEM), for --https")
    .option('--tls-key <file>', "the server's private key (PEM), for --https")
    .option('--tls-ca <file>', 'the CA clients should trust (PEM; default: the certificate itself)')
    .addHelpText('after', '\nExit codes: 0 stopped by a signal, 2 bad usage, 1 could not listen.')
    .action(async (flags: MockFlags) => {
      const port = integer(flags.port, '--port', 0, 65_535);
      const seed = integer(flags.seed, '--seed', 0, 2 ** 31 - 1);
      if (!['127.0.0.1', '::1', 'localhost'].includes(flags.host)) {
        throw new UsageError(
          '--host must be a loopback address (127.0.0.1, ::1, localhost): the mock is for tests',
        );
      }
      const tls = flags.https ? tlsOf(flags) : undefined;
      const mock = createMockPlatform({ seed });
      const { url } = await mock.listen({ port, host: flags.host, ...(tls ? { tls: tls.server } : {}) });
      const summary = summarize(mock, url);
      if (tls) summary.settings.tls = { ca: tls.ca };
      process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : describe(summary));
      await untilSignal();
      await mock.close();
      setExit(EXIT_CODES.OK);
    });
}

/** The server's certificate and key, and the CA a client must trust, read from the given files. */
function tlsOf(flags: MockFlags): { server: MockTlsOptions; ca: string } {
  if (!flags.tlsCert || !flags.tlsKey)
    throw new UsageError('--https needs --tls-cert and --tls-key (PEM files)');
  const read = (file: string, option: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`cannot read ${option} ${file}`);
    }
  };
  const cert = read(flags.tlsCert, '--tls-cert');
  const server = { cert, key: read(flags.tlsKey, '--tls-key') };
  return { server, ca: flags.tlsCa ? read(flags.tlsCa, '--tls-ca') : cert };
}

function summarize(mock: MockPlatform, url: string): MockSummary {
  const { dispatcher: _inProcessOnly, ...settings } = mock.gatewayOptions();
  const personas = TAGS_TO_TRY.flatMap((tag) => {
    const persona = mock.world.byTag(tag)[0];
    return persona ? [{ tag, personalId: maskPersonalId(persona.personalId) }] : [];
  });
  return { url, settings, personas };
}

function describe({ url, settings, personas }: MockSummary): string {
  return [
    `mock platform listening on ${url}`,
    `client: ${settings.client}`,
    'client settings (save as onceonly.config.json): onceonly mock --json',
    'personas to try, by tag:',
    ...personas.map((p) => `  ${p.tag.padEnd(18)} ${p.personalId}`),
    'Ctrl+C to stop',
    '',
  ].join('\n');
}

function integer(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/u.test(text) || value < min || value > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
