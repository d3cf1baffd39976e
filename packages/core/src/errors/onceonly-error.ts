/**
 * Errors of the onceonly SDK. One base class, one subclass per thing the caller should do about it
 * (fix the input, get consent, retry later, report). Messages never carry personal data, tokens or
 * secrets, and `toJSON()` is safe to log.
 */

import { isCodeLike, maskString } from '../log/mask-string.js';
import type { ErrorCode } from './codes.js';

// A registry-wide symbol, so `isInstance()` works when two copies of the package share one process.
const MARKER = Symbol.for('onceonly.error');

export interface OnceOnlyErrorOptions {
  /** What happened and what to do; never personal data. */
  message: string;
  /** Stable machine-readable code, e.g. `CONSENT_REQUIRED` (docs/errors.md lists them all). */
  code?: ErrorCode | undefined;
  retryable?: boolean | undefined;
  /** The service id (`population.citizen.get`) when the error belongs to a call. */
  serviceId?: string | undefined;
  /** The X-Road id of the logical call (the same on every attempt). */
  requestId?: string | undefined;
  /** HTTP status of the answer that caused this error, when there was one. */
  status?: number | undefined;
  /** X-Road error type (`Server.ServerProxy.AccessDenied`) or provider problem code, when there was one. */
  upstreamCode?: string | undefined;
  /** How long the upstream asked to wait before trying again (`Retry-After`), when it said. */
  retryAfterMs?: number | undefined;
  /** The underlying error; must already be free of personal data and secrets. */
  cause?: unknown | undefined;
}

export type ErrorJSON = {
  name: string;
  code: ErrorCode;
  message: string;
  retryable: boolean;
  serviceId?: string;
  requestId?: string;
  status?: number;
  upstreamCode?: string;
  retryAfterMs?: number;
};

export class OnceOnlyError extends Error {
  static readonly errorName: string = 'OnceOnlyError';
  static readonly defaultCode: ErrorCode = 'ONCEONLY_ERROR';
  static readonly defaultRetryable: boolean = false;

  declare readonly [MARKER]: readonly string[];
  /** One of the codes in docs/errors.md; `userMessage(error)` turns it into a sentence for the citizen. */
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly serviceId: string | undefined;
  readonly requestId: string | undefined;
  readonly status: number | undefined;
  readonly upstreamCode: string | undefined;
  /** `Retry-After` of the answer, in milliseconds, when the upstream said when to come back. */
  readonly retryAfterMs: number | undefined;

  constructor(options: OnceOnlyErrorOptions) {
    // Last line of defence: whatever a caller builds, no id-like digit run or token leaves in a message.
    super(maskString(options.message), options.cause === undefined ? undefined : { cause: options.cause });
    const ctor = new.target as typeof OnceOnlyError;
    this.name = ctor.errorName;
    this.code = options.code ?? ctor.defaultCode;
    this.retryable = options.retryable ?? ctor.defaultRetryable;
    this.serviceId = options.serviceId;
    this.requestId = options.requestId;
    this.status = options.status;
    this.upstreamCode = safeUpstreamCode(options.upstreamCode);
    this.retryAfterMs = options.retryAfterMs;
    const names: string[] = [];
    for (let c: Function | null = ctor; c && 'errorName' in c; c = Object.getPrototypeOf(c)) {
      names.push((c as typeof OnceOnlyError).errorName);
    }
    Object.defineProperty(this, MARKER, { value: Object.freeze(names), enumerable: false });
  }

  /** True for an error of this class (or a subclass), even from another copy of the package. */
  static isInstance<T extends typeof OnceOnlyError>(this: T, value: unknown): value is InstanceType<T> {
    if (typeof value !== 'object' || value === null) return false;
    const names = (value as { [MARKER]?: unknown })[MARKER];
    return Array.isArray(names) && names.includes(this.errorName);
  }

  /** A copy of this error that belongs to a call: service and X-Road id filled in where missing. */
  withCall(serviceId: string, requestId: string): this {
    if (this.serviceId === serviceId && this.requestId === requestId) return this;
    const copy = Object.create(Object.getPrototypeOf(this)) as this;
    Object.defineProperties(copy, Object.getOwnPropertyDescriptors(this));
    Object.defineProperty(copy, 'serviceId', { value: this.serviceId ?? serviceId, enumerable: true });
    Object.defineProperty(copy, 'requestId', { value: this.requestId ?? requestId, enumerable: true });
    return copy;
  }

  toJSON(): ErrorJSON {
    const json: ErrorJSON = {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    if (this.serviceId !== undefined) json.serviceId = this.serviceId;
    if (this.requestId !== undefined) json.requestId = this.requestId;
    if (this.status !== undefined) json.status = this.status;
    if (this.upstreamCode !== undefined) json.upstreamCode = this.upstreamCode;
    if (this.retryAfterMs !== undefined) json.retryAfterMs = this.retryAfterMs;
    return json;
  }
}

// An upstream code is kept only when it reads as a code: no spaces, no 9-digit run (a personal id).
function safeUpstreamCode(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return isCodeLike(code) ? code : 'unknown';
}

/** The input (identifier, query, options) is wrong: fix it; retrying the same input cannot succeed. */
export class InputError extends OnceOnlyError {
  static override readonly errorName: string = 'InputError';
  static override readonly defaultCode: ErrorCode = 'INVALID_INPUT';
  /** JSON pointers of the offending fields (never their values). */
  readonly fields: readonly string[];
  constructor(options: OnceOnlyErrorOptions & { fields?: readonly string[] | undefined }) {
    super(options);
    this.fields = Object.freeze((options.fields ?? []).map(maskString));
  }
  override toJSON(): ErrorJSON & { fields: readonly string[] } {
    return { ...super.toJSON(), fields: this.fields };
  }
}

/** The call is not allowed as made: missing purpose or case id, missing or unfit consent. */
export class PolicyError extends OnceOnlyError {
  static override readonly errorName = 'PolicyError';
  static override readonly defaultCode = 'POLICY_VIOLATION';
}

/** Authentication or authorisation failed: token endpoint refused, access rights missing. */
export class AuthError extends OnceOnlyError {
  // Widened to string: @onceonly/identity's SignInError is an AuthError with its own name.
  static override readonly errorName: string = 'AuthError';
  static override readonly defaultCode: ErrorCode = 'AUTH_FAILED';
}

/** The provider answered that it holds no such record. An answer, not a fault. */
export class NotFoundError extends OnceOnlyError {
  static override readonly errorName = 'NotFoundError';
  static override readonly defaultCode = 'NOT_FOUND';
}

/** The provider or platform asks to slow down; `retryAfterMs` when it said how long. */
export class RateLimitError extends OnceOnlyError {
  static override readonly errorName = 'RateLimitError';
  static override readonly defaultCode = 'RATE_LIMITED';
  static override readonly defaultRetryable = true;
}

/** The security server or the provider failed (5xx, X-Road server errors, unknown service). */
export class UpstreamError extends OnceOnlyError {
  static override readonly errorName = 'UpstreamError';
  static override readonly defaultCode = 'UPSTREAM_ERROR';
}

/** The call did not finish within its deadline (connect, headers, body or overall). */
export class TimeoutError extends OnceOnlyError {
  static override readonly errorName = 'TimeoutError';
  static override readonly defaultCode = 'TIMEOUT';
  static override readonly defaultRetryable = true;
}

/** The connection failed or was reset before an answer arrived. */
export class NetworkError extends OnceOnlyError {
  static override readonly errorName = 'NetworkError';
  static override readonly defaultCode = 'NETWORK_ERROR';
  static override readonly defaultRetryable = true;
}

/** The answer cannot be trusted or used: malformed, too large, breaks the schema, bad signature. */
export class ResponseError extends OnceOnlyError {
  static override readonly errorName = 'ResponseError';
  static override readonly defaultCode = 'RESPONSE_INVALID';
}

/** The provider's circuit breaker is open after repeated faults: fail fast, try again later. */
export class CircuitOpenError extends OnceOnlyError {
  static override readonly errorName = 'CircuitOpenError';
  static override readonly defaultCode = 'CIRCUIT_OPEN';
  static override readonly defaultRetryable = true;
}

/** The caller aborted the call through `ctx.signal`. */
export class AbortedError extends OnceOnlyError {
  static override readonly errorName = 'AbortedError';
  static override readonly defaultCode = 'ABORTED';
}

/**
 * A form submission that does not match its prefill receipt (`@onceonly/prefill`'s `verifySubmission`):
 * a locked value changed, a field sent twice, moved or removed, or a receipt forged, expired, or for
 * another form or citizen. `field` names the field concerned (never its value).
 */
export class SubmissionError extends InputError {
  static override readonly errorName = 'SubmissionError';
  static override readonly defaultCode = 'SUBMISSION_INVALID';
  /** The field concerned, when one is: `applicant.fullName`. */
  get field(): string | undefined {
    return this.fields[0];
  }
  constructor(options: OnceOnlyErrorOptions & { field?: string | undefined }) {
    super({ ...options, fields: options.field === undefined ? [] : [options.field] });
  }
}

// `isInstance` is often passed around unbound (`errors.filter(PolicyError.isInstance)`): give each
// class its own bound copy so it works without `this`.
const isInstanceOf = OnceOnlyError.isInstance;
for (const ErrorClass of [
  OnceOnlyError,
  InputError,
  PolicyError,
  AuthError,
  NotFoundError,
  RateLimitError,
  UpstreamError,
  TimeoutError,
  NetworkError,
  ResponseError,
  CircuitOpenError,
  AbortedError,
  SubmissionError,
]) {
  Object.defineProperty(ErrorClass, 'isInstance', {
    value: isInstanceOf.bind(ErrorClass),
    writable: false,
    enumerable: false,
    configurable: true,
  });
}
