/**
 * The auditor: one record per logical call, fanned out to every configured sink. A failing sink never
 * fails the call nor keeps the record from the other sinks; the failure goes to the logger with the
 * call's ids only.
 */
import { InputError, OnceOnlyError } from '../errors/onceonly-error.js';
import type { Logger } from '../log/logger.js';
import { createSafeLogger } from '../log/safe-logger.js';
import { assertSubjectKey, isSubjectHash, subjectHasher } from './subject-hash.js';
import { sanitizeAuditRecord } from './sanitize-record.js';
import type { AuditOptions, AuditRecord, AuditSink } from './types.js';

/** What the gateway holds: records calls, hashes subjects, and flushes/closes the sinks. */
export interface Auditor {
  /** False when auditing is not configured: `record` then does nothing. */
  readonly enabled: boolean;
  /**
   * Writes one record to every sink. Never throws and never rejects; returns a promise only when a
   * sink is asynchronous (awaiting it is optional, `flush()` awaits it anyway).
   *
   * Only the known {@link AuditRecord} fields are kept. `subject` must be a hash from
   * {@link Auditor.hashSubject} / `hashSubject`; a value that is not one is hashed here, so a personal
   * id is never written in clear.
   */
  record(record: AuditRecord): Promise<void> | void;
  /** The record's `subject` for a personal id: HMAC-SHA-256 with the configured key (undefined when disabled). */
  hashSubject(subject: string): string | undefined;
  /** Waits for pending writes, then flushes every sink (the file sink fsyncs). Rejects if a sink failed to. */
  flush(): Promise<void>;
  /** Flushes and closes every sink. Idempotent. Records after close are reported and dropped. */
  close(): Promise<void>;
}

const DISABLED: Auditor = Object.freeze({
  enabled: false,
  record() {},
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
  const pending = new Set<Promise<void>>();
  let closing: Promise<void> | undefined;

  sinks.forEach((sink, index) => {
    try {
      sink.setErrorHandler?.((error) =>
        logger.error({ event: 'onceonly.audit.sink_failed', sink: index, error }, BACKGROUND),
      );
    } catch {
      // Optional hook; a sink without a working one reports through flush() instead.
    }
  });

  function reportWrite(index: number, record: AuditRecord, error: unknown): void {
    logger.error(
      {
        event: 'onceonly.audit.sink_failed',
        sink: index,
        xroadId: record.xroadId,
        service: record.service,
        error,
      },
      'An audit sink failed to write a record; the call went on and other sinks kept it. Check the sink.',
    );
  }

  function track(promise: Promise<void>): Promise<void> {
    pending.add(promise);
    promise.finally(() => pending.delete(promise));
    return promise;
  }

  return {
    enabled: true,
    hashSubject: hasher,
    record(input) {
      let sanitized: ReturnType<typeof sanitizeAuditRecord>;
      try {
        sanitized = sanitizeAuditRecord(withHashedSubject(input, hasher));
      } catch (error) {
        logger.error({ event: 'onceonly.audit.invalid_record', error }, 'An audit record could not be read.');
        return;
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
      if (closing !== undefined) {
        logger.error(
          { event: 'onceonly.audit.closed', xroadId: record.xroadId, service: record.service },
          'An audit record arrived after the auditor was closed and was not written. Close the gateway last.',
        );
        return;
      }
      let waits: Promise<void>[] | undefined;
      for (let i = 0; i < sinks.length; i++) {
        try {
          const result = sinks[i]!.write(record);
          if (isThenable(result)) {
            const index = i;
            waits ??= [];
            waits.push(
              track(Promise.resolve(result).then(noop, (error) => reportWrite(index, record, error))),
            );
          }
        } catch (error) {
          reportWrite(i, record, error);
        }
      }
      if (waits !== undefined) return Promise.all(waits).then(noop);
    },
    flush() {
      return closing ?? flushSinks(sinks, pending, logger, 'flush');
    },
    close() {
      closing ??= flushSinks(sinks, pending, logger, 'close');
      return closing;
    },
  };
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

// Defence in depth: a subject that is not a hash is a clear identifier passed by mistake.
function withHashedSubject(input: AuditRecord, hash: (subject: string) => string): unknown {
  const subject = (input as { subject?: unknown } | null)?.subject;
  if (subject === undefined || subject === null || isSubjectHash(subject)) return input;
  return { ...input, subject: hash(String(subject)) };
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
