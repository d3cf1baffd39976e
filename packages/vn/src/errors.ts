import type { VnReason } from './reasons.js';

const MARKER = Symbol.for('onceonly.vn.VnValidationError');

/**
 * Thrown only where a function cannot return a result: {@link formatDate} given a date that does not
 * exist. Parsers never throw; they return a {@link VnResult}. Carries the reason code, never the input.
 *
 * @example
 * ```ts
 * try {
 *   formatDate({ precision: 'day', year: 2023, month: 2, day: 30 });
 * } catch (e) {
 *   if (VnValidationError.isInstance(e)) console.log(e.reason); // 'INVALID_DATE'
 * }
 * ```
 */
export class VnValidationError extends Error {
  override readonly name = 'VnValidationError';
  readonly reason: VnReason;

  constructor({ message, reason, cause }: { message: string; reason: VnReason; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.reason = reason;
    Object.defineProperty(this, MARKER, { value: true });
  }

  /** `true` for a VnValidationError, even one from another copy of this package. */
  static isInstance(value: unknown): value is VnValidationError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }

  /** A plain object that is safe to log. */
  toJSON(): { name: string; reason: VnReason; message: string } {
    return { name: this.name, reason: this.reason, message: this.message };
  }
}
