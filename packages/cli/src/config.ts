import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GatewayOptions } from '@onceonly/core';
import { UsageError } from './exit-codes.js';

/** The default config file, looked up in the working directory. */
export const DEFAULT_CONFIG_FILE = 'onceonly.config.json';

/** Where a command sends its calls: options and environment, then the config file. */
export interface ConnectionFlags {
  config?: string;
  baseUrl?: string;
}

/**
 * The gateway settings from the config file (JSON: `baseUrl`, `client`, `verify`, `consent`, `auth`, as
 * `onceonly mock --json` prints them under `settings`), with `--base-url` / `ONCEONLY_BASE_URL` over the
 * file's `baseUrl`. Secrets come from the environment only: `ONCEONLY_CLIENT_SECRET` fills
 * `auth.clientSecret` for `client_secret_basic`.
 */
export function loadGatewayOptions(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv = process.env,
): GatewayOptions {
  const file =
    flags.config ??
    env.ONCEONLY_CONFIG ??
    (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  const fromFile = file === undefined ? {} : readConfig(file);
  const baseUrl = flags.baseUrl ?? env.ONCEONLY_BASE_URL ?? fromFile.baseUrl;
  if (typeof baseUrl !== 'string' || baseUrl === '') {
    throw new UsageError(
      'no platform to call: pass --base-url, set ONCEONLY_BASE_URL, or give a config file with "baseUrl" (--config)',
    );
  }
  if (typeof fromFile.client !== 'string') {
    throw new UsageError(
      `no client id: the config file${file ? ` ${file}` : ''} must name "client" (the X-Road client subsystem)`,
    );
  }
  const options = { ...fromFile, baseUrl } as GatewayOptions;
  const auth = options.auth;
  if (
    typeof auth === 'object' &&
    'method' in auth &&
    auth.method === 'client_secret_basic' &&
    !auth.clientSecret
  ) {
    const secret = env.ONCEONLY_CLIENT_SECRET;
    if (!secret) throw new UsageError('auth.method is client_secret_basic: set ONCEONLY_CLIENT_SECRET');
    options.auth = { ...auth, clientSecret: secret };
  }
  return options;
}

function readConfig(file: string): Partial<GatewayOptions> & Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch {
    throw new UsageError(`cannot read the config file ${file}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the config file ${file} is not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`the config file ${file} must hold a JSON object`);
  }
  // `onceonly mock --json` prints { url, settings, personas }: its output works as a config file too.
  const settings = (parsed as { settings?: unknown }).settings;
  return (typeof settings === 'object' && settings !== null ? settings : parsed) as Partial<GatewayOptions> &
    Record<string, unknown>;
}
