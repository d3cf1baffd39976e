import type { Command } from 'commander';
import type { ConnectionFlags } from '../config.js';

/** `--config` and `--base-url`, the same on every command that calls the platform. */
export function withConnection(command: Command): Command {
  return command
    .option('--config <file>', 'config file (default: $ONCEONLY_CONFIG, or ./onceonly.config.json)')
    .option('--base-url <url>', 'the platform to call (default: $ONCEONLY_BASE_URL, or the config file)');
}

/** The connection flags without the unset ones (exactOptionalPropertyTypes). */
export function connectionOf(flags: { config?: string; baseUrl?: string }): ConnectionFlags {
  return {
    ...(flags.config === undefined ? {} : { config: flags.config }),
    ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
  };
}
