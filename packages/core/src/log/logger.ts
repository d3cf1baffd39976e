/**
 * The logger the gateway writes to: pino-compatible (`logger.info(obj, msg)`), so a pino instance can
 * be passed as it is. Everything the gateway logs goes through redaction first.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
