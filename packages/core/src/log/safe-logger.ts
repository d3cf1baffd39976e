/**
 * The logger the SDK actually writes to: the user's pino-compatible logger behind redaction, and
 * behind a guard so that a failing logger can never fail a call.
 */
import type { Logger } from './logger.js';
import { maskString } from './mask-string.js';
import { redact } from './redact.js';

/** A logger that drops everything: the default when the portal passes none. */
export const silentLogger: Logger = Object.freeze({
  debug() {},
  info() {},
  warn() {},
  error() {},
});

// Marks loggers made here, so wrapping twice does not redact twice.
const SAFE = Symbol.for('onceonly.safeLogger');

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/**
 * Wraps a pino-compatible logger so that every object passes through {@link redact} and every message
 * through {@link maskString}, and so that it never throws (a logger that throws, or a level method
 * that is missing, is ignored). `undefined` gives {@link silentLogger}.
 *
 * @example
 * const log = createSafeLogger(pino());
 * log.warn({ personalId: '001234567890', status: 404 }, 'not found'); // personalId: '[REDACTED]'
 */
export function createSafeLogger(logger: Logger | undefined): Logger {
  if (logger === undefined || logger === null) return silentLogger;
  if (logger === silentLogger || (logger as { [SAFE]?: boolean })[SAFE] === true) return logger;
  const safe = {} as Logger;
  for (const level of LEVELS) safe[level] = (obj, msg) => write(logger, level, obj, msg);
  Object.defineProperty(safe, SAFE, { value: true });
  return Object.freeze(safe);
}

function write(logger: Logger, level: Level, obj: unknown, msg: unknown): void {
  try {
    // pino also accepts `log.info('message')`: keep that shape working.
    if (typeof obj === 'string' && msg === undefined) {
      logger[level]({}, maskString(obj));
      return;
    }
    const fields = toFields(redact(obj));
    if (msg === undefined) logger[level](fields);
    else logger[level](fields, maskString(String(msg)));
  } catch {
    // Logging is best effort; a broken logger must not break a lookup.
  }
}

function toFields(value: unknown): object {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  return { value };
}
