/**
 * One record per logical call, success or failure. The subject is a keyed hash (HMAC-SHA-256), never
 * the personal id itself.
 */
export interface AuditRecord {
  /** ISO 8601 time the call started. */
  time: string;
  /** X-Road id of the logical call (the same on every attempt). */
  xroadId: string;
  /** X-Road client id of the portal. */
  client: string;
  /**
   * Officer or citizen who initiated the call (`ctx.userId`): its keyed hash (like `subject`) unless
   * `audit.userIdInClear` is set.
   */
  userId?: string;
  /** HMAC of the officer's personal id (`ctx.officerId`), hex, like `subject`: never in clear. */
  officer?: string;
  purpose: string;
  /** Dossier code (`X-Road-Issue`). */
  issue: string;
  /** Service id, e.g. `population.citizen.get`. */
  service: string;
  /** Full X-Road service id called, e.g. `VN/GOV/000.00.00.G10/CSDLDC/citizen.get`. */
  xroadService: string;
  /** `success`, or the error code of the failure. */
  outcome: string;
  /** Error class name, on failure. */
  errorName?: string;
  /** HTTP status of the last answer, when there was one. */
  status?: number;
  durationMs: number;
  attempts: number;
  /** Served from the cache (no request was sent). */
  cached: boolean;
  /** `X-Road-Request-Hash` of the answer: proof of which query produced which record. */
  requestHash?: string;
  /** `X-Road-Request-Id` added by the security server. */
  requestId?: string;
  /** HMAC of the subject's personal id, hex. */
  subject?: string;
}

/**
 * Where audit records go. The auditor hands every sink the same frozen, sanitised record. A sink that
 * throws or rejects in `write` is reported to the gateway's logger, the other sinks still get the
 * record, and the call fails closed with `AUDIT_UNAVAILABLE`: its answer is not handed over.
 */
export interface AuditSink {
  /** Takes one record; a returned promise is awaited by the auditor's `flush()` and `close()`. */
  write(record: AuditRecord): void | Promise<void>;
  /** Durably store what was written (the file sink fsyncs). */
  flush?(): Promise<void>;
  /** Flush and release resources. */
  close?(): Promise<void>;
  /**
   * Called once by the auditor with a handler for failures that happen outside any call (a background
   * flush of the file sink), so they reach the gateway's logger.
   */
  setErrorHandler?(handler: (error: Error) => void): void;
}

export interface AuditOptions {
  /** One sink or several. */
  sink: AuditSink | AuditSink[];
  /**
   * Key of the subject HMAC (at least 32 bytes). Keep it secret and stable to correlate records.
   * The record's `subject` is `hashSubject(subjectKey, personalId)` (or `auditor.hashSubject(personalId)`).
   */
  subjectKey: string | Uint8Array;
  /**
   * Keep `ctx.userId` in clear in the records. Default `false`: the acting user can be a citizen acting
   * for themself, whose id is personal data, so it is stored as a keyed hash with `subjectKey`. Set
   * `true` where officer ids must be readable in the audit trail for accountability (docs/security.md).
   */
  userIdInClear?: boolean;
  /** Longest wait of `close()` for writes still running and for the sinks to close. Default 5 000 ms. */
  closeTimeoutMs?: number;
}
