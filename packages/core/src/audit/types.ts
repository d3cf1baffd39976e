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
  /** Officer or citizen who initiated the call (an id, as given in `ctx.userId`). */
  userId?: string;
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

/** Where audit records go. `write` must not throw for a record it could not keep: it reports through `flush`. */
export interface AuditSink {
  write(record: AuditRecord): void | Promise<void>;
  /** Durably store what was written (the file sink fsyncs). */
  flush?(): Promise<void>;
  /** Flush and release resources. */
  close?(): Promise<void>;
}

export interface AuditOptions {
  /** One sink or several. */
  sink: AuditSink | AuditSink[];
  /** Key of the subject HMAC (at least 32 bytes). Keep it secret and stable to correlate records. */
  subjectKey: string | Uint8Array;
}
