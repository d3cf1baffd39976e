import { describe, expect, it, vi } from 'vitest';
import type { Logger } from './logger.js';
import { REDACTED } from './mask-string.js';
import { createSafeLogger, silentLogger } from './safe-logger.js';

function recordingLogger() {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const logger: Logger = {
    debug: (obj, msg) => lines.push({ level: 'debug', obj, msg }),
    info: (obj, msg) => lines.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
  };
  return { logger, lines };
}

describe('createSafeLogger', () => {
  it('redacts objects and masks messages', () => {
    const { logger, lines } = recordingLogger();
    const log = createSafeLogger(logger);
    log.warn(
      { personalId: '001234567890', status: 404, detail: 'id 001234567890' },
      'lookup of 001234567890 failed',
    );
    expect(lines).toEqual([
      {
        level: 'warn',
        obj: { personalId: REDACTED, status: 404, detail: `id ${REDACTED}` },
        msg: `lookup of ${REDACTED} failed`,
      },
    ]);
  });

  it('keeps pino semantics: methods called on the logger, message optional', () => {
    const calls: unknown[][] = [];
    const pinoLike = {
      prefix: 'p',
      info(this: { prefix: string }, ...args: unknown[]) {
        calls.push([this.prefix, ...args]);
      },
      debug() {},
      warn() {},
      error() {},
    };
    const log = createSafeLogger(pinoLike);
    log.info({ a: 1 });
    (log.info as unknown as (msg: string) => void)('plain message 123456789');
    expect(calls).toEqual([
      ['p', { a: 1 }],
      ['p', {}, `plain message ${REDACTED}`],
    ]);
  });

  it('swallows errors thrown by the logger', () => {
    const throwing: Logger = {
      debug: () => {
        throw new Error('disk full');
      },
      info: () => {
        throw new Error('disk full');
      },
      warn: () => {
        throw new Error('disk full');
      },
      error: () => {
        throw new Error('disk full');
      },
    };
    const log = createSafeLogger(throwing);
    for (const level of ['debug', 'info', 'warn', 'error'] as const) {
      expect(() => log[level]({ x: 1 }, 'm')).not.toThrow();
    }
    const partial = createSafeLogger({ info: vi.fn() } as unknown as Logger);
    expect(() => partial.error({}, 'missing method')).not.toThrow();
  });

  it('gives the silent logger for undefined, and does not wrap twice', () => {
    expect(createSafeLogger(undefined)).toBe(silentLogger);
    const { logger, lines } = recordingLogger();
    const once = createSafeLogger(logger);
    expect(createSafeLogger(once)).toBe(once);
    once.info({ token: 'x' });
    expect(lines).toEqual([{ level: 'info', obj: { token: REDACTED }, msg: undefined }]);
  });
});
