import { createHash } from 'node:crypto';
import { InputError } from '../errors/onceonly-error.js';

/**
 * The one method used from a Redis client: node-redis (`redis`, `createClient()`) has it as is. Any
 * other client fits with a line, e.g. ioredis: `{ sendCommand: ([name, ...args]) => redis.call(name, ...args) }`.
 * The client is the portal's: it connects, reconnects and quits it.
 */
export interface RedisCommandClient {
  sendCommand(args: ReadonlyArray<string>): Promise<unknown>;
}

/** Options every Redis-backed store takes. */
export interface RedisStoreOptions {
  /** Prefix of every key written, e.g. `portal-h23:`. Default `onceonly:`. */
  prefix?: string;
}

export function checkClient(client: unknown, option: string): RedisCommandClient {
  if (typeof (client as RedisCommandClient | null)?.sendCommand !== 'function') {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `${option} needs a connected Redis client with sendCommand(args) (node-redis createClient(), or a wrapper).`,
      fields: [option],
    });
  }
  return client as RedisCommandClient;
}

export function checkPrefix(prefix: unknown, option: string): string {
  if (prefix === undefined) return 'onceonly:';
  if (typeof prefix !== 'string' || prefix.length > 200) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `${option}.prefix must be a string of at most 200 characters.`,
      fields: [`${option}.prefix`],
    });
  }
  return prefix;
}

/** A Lua script run by its SHA-1 (EVALSHA), sent in full once when the server does not hold it yet. */
export function luaScript(source: string) {
  const sha = createHash('sha1').update(source).digest('hex');
  return async (client: RedisCommandClient, keys: string[], args: string[]): Promise<unknown> => {
    const tail = [String(keys.length), ...keys, ...args];
    try {
      return await client.sendCommand(['EVALSHA', sha, ...tail]);
    } catch (error) {
      if (!String((error as Error | null)?.message).startsWith('NOSCRIPT')) throw error;
      return client.sendCommand(['EVAL', source, ...tail]);
    }
  };
}
