/**
 * The auditor: one record per logical call, fanned out to every configured sink. It fails closed: a
 * record counts as accepted only when every sink took it; otherwise `record` fails with
 * `AUDIT_UNAVAILABLE` (the gateway then withholds the answer) after still offering the record to the
 * other sinks. A failure is logged with the call's ids only, and counted.
 */
import { InputError, OnceOnlyError } from '../errors/onceonly-error.js';
import type { Logger } from '../log/logger.js';
import { createSafeLogger } from '../log/safe-logger.js';
import { assertSubjectKey, isSubjectHash, subjectHasher } from './subject-hash.js';
import { sanitizeAuditRecord } from './sanitize-record.js';
import { type CallAuditFields, callRecord } from './call-record.js';
import type { AuditOptions, AuditRecord, AuditSink } from './types.js';
import { bounded, settle } from './bounded-wait.js';

/** How long `close()` waits for writes still running and for the sinks to close, by default. */
export const DEFAULT_AUDIT_CLOSE_TIMEOUT_MS = 5_000;

/** What the gateway holds: records calls, hashes subjects, and flushes/closes the sinks. */
export interface Auditor {
  /** False when auditing is not configured: `record` then does nothing. */
  readonly enabled: boolean;
  /** Records that were not accepted by every sink (failed, too slow, or after close), since creation. */
  readonly failedRecords: number;
  /**
   * Writes one record to every sink. Returns nothing when every sink took it synchronously, a promise
   * when a sink is asynchronous. Throws (or rejects with) `AUDIT_UNAVAILABLE` when a sink throws or
   * rejects, when the record is unreadable, after `close()`, or when the sinks have not all accepted
   * it within `options.timeoutMs`.
   *
   * Only the known {@link AuditRecord} fields are kept. `subject` must be a hash from
   * {@link Auditor.hashSubject} / `hashSubject`; a value that is not one is hashed here, so a personal
   * id is never written in clear. `userId` is hashed the same way unless `audit.userIdInClear` is set.
   */
  record(record: AuditRecord, options?: { timeoutMs?: number }): Promise<void> | void;
  /**
   * `record` for the gateway's own calls: `fields` are built by the pipeline with the right types and
   * hold `subject`, `userId` and `officer` in clear; they are hashed here (the user unless
   * `audit.userIdInClear`), and the record is written in the same order as `record` writes it, without
   * checking each field again.
   */
  recordCall(fields: CallAuditFields, options?: { timeoutMs?: number }): Promise<void> | void;
  /** The record's `subject` for a personal id: HMAC-SHA-256 with the configured key (undefined when disabled). */
  hashSubject(subject: string): string | undefined;
  /** Waits for pending writes, then flushes every sink (the file sink fsyncs). Rejects if a sink failed to. */
  flush(): Promise<void>;
  /**
   * Flushes and closes every sink. Idempotent. Never waits longer than `audit.closeTimeoutMs` (default
   * 5 s) for a stuck sink: it then rejects with `AUDIT_SINK_FAILED`. Records after close are refused.
   */
  close(): Promise<void>;
}

const DISABLED: Auditor = Object.freeze({
  enabled: false,
  failedRecords: 0,
  record() {},
  recordCall() {},
  hashSubject: () => undefined,
  flush: () => Promise.resolve(),
  close: () => Promise.resolve(),
});

/**
 * Creates the auditor from the gateway's `audit` option (`undefined` → a disabled auditor).
 *
 * @example
 * const auditor = createAuditor({ sink: [memoryAuditSink(), jsonlFileAuditSink(path)], subjectKey }, { logger });
 * auditor.record({ ...fields, subject: auditor.hashSubject(personalId) });
 * await auditor.close();
 * @throws InputError `INVALID_CONFIG` when there is no sink, a sink has no `write`, or the key is shorter than 32 bytes.
 */
export function createAuditor(options: AuditOptions | undefined, deps: { logger?: Logger } = {}): Auditor {
  if (options === undefined || options === null) return DISABLED;
  const sinks = validateSinks(options.sink);
  assertSubjectKey(options.subjectKey);
  const hasher = subjectHasher(options.subjectKey);
  const logger = createSafeLogger(deps.logger);
  const userIdInClear = options.userIdInClear === true;
  const closeTimeoutMs = options.closeTimeoutMs ?? DEFAULT_AUDIT_CLOSE_TIMEOUT_MS;
  const pending = new Set<Promise<void>>();
  let closing: Promise<void> | undefined;
  let failedRecords = 0;

  sinks.forEach((sink, index) => {
    try {
      sink.setErrorHandler?.((error) =>
        logger.error({ event: 'onceonly.audit.sink_failed', sink: index, error }, BACKGROUND),
      );
    } catch {
      // Optional hook; a sink without a working one reports through flush() instead.
    }
  });

  // One log line and one count per record that was not accepted: never dropped silently.
  function refuse(
    ids: { xroadId?: unknown; service?: unknown },
    why: string,
    cause?: unknown,
  ): OnceOnlyError {
    failedRecords += 1;
    logger.error(
      {
        event: 'onceonly.audit.record_failed',
        xroadId: ids.xroadId,
        service: ids.service,
        failedRecords,
        ...(cause === undefined ? {} : { error: cause }),
      },
      `An audit record was not accepted (${why}); the call fails closed. Check the audit sink.`,
    );
    return unavailable(why);
  }

  function reportWrite(index: number, record: AuditRecord, error: unknown): void {
    logger.error(
      {
        event: 'onceonly.audit.sink_failed',
        sink: index,
        xroadId: record.xroadId,
        service: record.service,
        error,
      },
      'An audit sink failed to write a record; the other sinks were still offered it. Check the sink.',
    );
  }

  function track(promise: Promise<void>): Promise<void> {
    pending.add(promise);
    promise.then(
      () => pending.delete(promise),
      () => pending.delete(promise),
    );
    return promise;
  }

  /** Offers the record to every sink; fails closed unless every one accepted it (in time). */
  function write(record: AuditRecord, timeoutMs: number | undefined): Promise<void> | void {
    if (closing !== undefined) throw refuse(record, 'the auditor is closed; close the gateway last');
    let failed = false;
    let waits: Promise<boolean>[] | undefined;
    for (let i = 0; i < sinks.length; i++) {
      try {
        const result = sinks[i]!.write(record);
        if (isThenable(result)) {
          const index = i;
          waits ??= [];
          const settled = Promise.resolve(result).then(
            () => true,
            (error) => {
              reportWrite(index, record, error);
              return false;
            },
          );
          track(settled.then(noop));
          waits.push(settled);
        }
      } catch (error) {
        reportWrite(i, record, error);
        failed = true;
      }
    }
    if (waits === undefined) {
      if (failed) throw refuse(record, 'a sink failed to write it');
      return;
    }
    return settle(Promise.all(waits), timeoutMs).then((outcome) => {
      if (outcome === 'timeout') throw refuse(record, 'a sink did not accept it in time');
      if (failed || outcome.includes(false)) throw refuse(record, 'a sink failed to write it');
    });
  }

  return {
    enabled: true,
    get failedRecords() {
      return failedRecords;
    },
    hashSubject: hasher,
    record(input, recordOptions) {
      let sanitized: ReturnType<typeof sanitizeAuditRecord>;
      try {
        sanitized = sanitizeAuditRecord(withHashedIds(input, hasher, userIdInClear));
      } catch (error) {
        throw refuse({}, 'the record could not be read', error);
      }
      const { record, problems } = sanitized;
      if (problems.length > 0) {
        logger.warn(
          {
            event: 'onceonly.audit.record_fixed',
            xroadId: record.xroadId,
            service: record.service,
            problems,
          },
          'An audit record had unknown, missing or mistyped fields; only the known, well-typed ones were kept.',
        );
      }
      return write(record, recordOptions?.timeoutMs);
    },
    recordCall(fields, recordOptions) {
      return write(callRecord(fields, hasher, userIdInClear), recordOptions?.timeoutMs);
    },
    flush() {
      return closing ?? flushSinks(sinks, pending, logger, 'flush');
    },
    close() {
      closing ??= bounded(flushSinks(sinks, pending, logger, 'close'), closeTimeoutMs, () => {
        logger.error(
          { event: 'onceonly.audit.close_timeout', pendingWrites: pending.size, closeTimeoutMs },
          'The audit sinks did not finish closing in time; records still being written may be missing. Check the sink.',
        );
        return new OnceOnlyError({
          code: 'AUDIT_SINK_FAILED',
          message: `The audit sinks did not close within ${closeTimeoutMs} ms (audit.closeTimeoutMs); records still being written may be missing.`,
        });
      });
      return closing;
    },
  };
}

function unavailable(why: string): OnceOnlyError {
  return new OnceOnlyError({
    code: 'AUDIT_UNAVAILABLE',
    retryable: true,
    message: `The audit was unavailable (${why}), so the answer was withheld: personal data is handed over only once its audit record is stored. Check the audit sink, then try again.`,
  });
}

const BACKGROUND =
  'An audit sink failed in the background; the records are kept and retried. Check the sink.';

function validateSinks(sink: AuditSink | AuditSink[] | undefined): AuditSink[] {
  const sinks = Array.isArray(sink) ? sink : sink === undefined || sink === null ? [] : [sink];
  if (sinks.length === 0) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message:
        'audit.sink is missing: give a sink (memoryAuditSink(), jsonlFileAuditSink(path), ...) or several.',
      fields: ['/audit/sink'],
    });
  }
  sinks.forEach((s, i) => {
    if (typeof s?.write !== 'function') {
      throw new InputError({
        code: 'INVALID_CONFIG',
        message: `audit.sink[${i}] has no write(record) method.`,
        fields: [`/audit/sink/${i}`],
      });
    }
  });
  return [...sinks];
}

// Defence in depth: a subject that is not a hash is a clear identifier passed by mistake. The acting
// user is personal data too (a citizen acting for themself): hashed unless the deployment chose not to.
function withHashedIds(input: AuditRecord, hash: (value: string) => string, userIdInClear: boolean): unknown {
  const { subject, userId, officer } = (input ?? {}) as {
    subject?: unknown;
    userId?: unknown;
    officer?: unknown;
  };
  const hashSubject = subject !== undefined && subject !== null && !isSubjectHash(subject);
  const hashUser = !userIdInClear && typeof userId === 'string' && !isSubjectHash(userId);
  // The officer's personal id is always hashed, whatever userIdInClear says.
  const hashOfficer = typeof officer === 'string' && !isSubjectHash(officer);
  if (!hashSubject && !hashUser && !hashOfficer) return input;
  const copy: Record<string, unknown> = { ...input };
  if (hashSubject) copy.subject = hash(String(subject));
  if (hashUser) copy.userId = hash(userId);
  if (hashOfficer) copy.officer = hash(officer);
  return copy;
}

async function flushSinks(
  sinks: readonly AuditSink[],
  pending: Set<Promise<void>>,
  logger: Logger,
  action: 'flush' | 'close',
): Promise<void> {
  // Writes still running belong to records already accepted: they go first.
  while (pending.size > 0) await Promise.all(pending);
  const results = await Promise.allSettled(sinks.map((sink) => callSink(sink, action)));
  const failures: unknown[] = [];
  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      failures.push(result.reason);
      logger.error(
        { event: `onceonly.audit.${action}_failed`, sink: index, error: result.reason },
        `An audit sink failed to ${action}.`,
      );
    }
  });
  if (failures.length > 0) {
    throw new OnceOnlyError({
      code: 'AUDIT_SINK_FAILED',
      message: `${failures.length} audit sink(s) failed to ${action}; see the cause and the log. Audit records may be missing.`,
      cause: failures.length === 1 ? failures[0] : new AggregateError(failures, `audit ${action} failed`),
    });
  }
}

async function callSink(sink: AuditSink, action: 'flush' | 'close'): Promise<void> {
  // close() flushes by contract; a sink with only flush() is flushed on close too.
  if (action === 'close' && sink.close) return sink.close();
  if (sink.flush) return sink.flush();
}

function isThenable(value: unknown): value is PromiseLike<void> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

function noop(): void {}
