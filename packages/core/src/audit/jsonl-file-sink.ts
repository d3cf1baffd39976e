/**
 * Audit records appended to a JSON Lines file: one JSON object per line, in the order written.
 * Records are buffered and written in batches; `flush()` writes and fsyncs; `close()` flushes and
 * releases the file. Nothing is lost on a clean shutdown.
 */
import { close as closeFd, fsync, fsyncSync, openSync, statSync, write as writeFd, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError, OnceOnlyError } from '../errors/onceonly-error.js';
import type { AuditSink } from './types.js';

export interface JsonlFileAuditSinkOptions {
  /**
   * Buffered records are written and fsynced at most this long after they arrive. `0` turns the timer
   * off (records are then written on `flush()`, `close()`, or when the buffer is full). The timer is
   * unref'd: it never keeps the process alive.
   * @default 1000
   */
  flushEveryMs?: number;
  /**
   * When this many records are buffered, `write` starts writing them at once and returns a promise
   * that settles when they are written (backpressure for a caller that awaits).
   * @default 1000
   */
  maxBufferedRecords?: number;
  /**
   * On a process `exit` that was not preceded by `close()`, write what is still buffered
   * synchronously, so records are not lost when the portal forgets to close the gateway.
   * @default true
   */
  flushOnExit?: boolean;
  /** Called when a background (timer) write fails; the records are kept and retried. */
  onError?: (error: Error) => void;
}

/** The JSON Lines file sink. */
export interface JsonlFileAuditSink extends AuditSink {
  /** The file, as given. */
  readonly path: string;
  /** Records written but not yet handed to the file system. */
  readonly buffered: number;
  /** Writes the buffered records, then fsyncs. Concurrent calls run one after another. */
  flush(): Promise<void>;
  /** Flushes, then closes the file. Idempotent. Writes after `close()` throw `AUDIT_SINK_CLOSED`. */
  close(): Promise<void>;
}

const DEFAULT_FLUSH_EVERY_MS = 1000;
const DEFAULT_MAX_BUFFERED = 1000;

/**
 * Appends audit records to a JSON Lines file (opened with the `a` flag, created if missing). The
 * directory must exist: the sink does not create it, so a typo in a path fails at start-up rather than
 * scattering audit files.
 *
 * @example
 * const sink = jsonlFileAuditSink('/var/log/portal/audit.jsonl', { flushEveryMs: 500 });
 * const gw = createGateway({ ..., audit: { sink, subjectKey } });
 * // ... on shutdown:
 * await gw.close(); // flushes, fsyncs and closes the file
 * @throws InputError `INVALID_CONFIG` when the directory does not exist or the file cannot be opened.
 */
export function jsonlFileAuditSink(
  path: string,
  options: JsonlFileAuditSinkOptions = {},
): JsonlFileAuditSink {
  const flushEveryMs = checkCount(options.flushEveryMs, DEFAULT_FLUSH_EVERY_MS, 'flushEveryMs', 0);
  const maxBuffered = checkCount(options.maxBufferedRecords, DEFAULT_MAX_BUFFERED, 'maxBufferedRecords', 1);
  if (typeof path !== 'string' || path.length === 0) {
    throw new InputError({ code: 'INVALID_CONFIG', message: 'jsonlFileAuditSink needs a file path.' });
  }
  const fd = openAppend(path);

  let errorHandler = options.onError;
  let lines: string[] = [];
  // Bytes taken from `lines` and not yet known to be on disk (the tail of a failed or running write).
  let pending: Buffer | null = null;
  let writing = false;
  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let state: 'open' | 'closing' | 'closed' = 'open';
  let closing: Promise<void> | undefined;

  async function drain(sync: boolean): Promise<void> {
    if (lines.length > 0) {
      const next = Buffer.from(lines.join(''), 'utf8');
      lines = [];
      pending = pending === null ? next : Buffer.concat([pending, next]);
    }
    if (pending !== null) {
      writing = true;
      try {
        let offset = 0;
        try {
          while (offset < pending.length) offset += await writeAsync(fd, pending, offset);
        } catch (error) {
          pending = pending.subarray(offset);
          throw ioError('append to', path, error, countLines(pending) + lines.length);
        }
        pending = null;
      } finally {
        writing = false;
      }
    }
    if (sync) {
      try {
        await fsyncAsync(fd);
      } catch (error) {
        throw ioError('fsync', path, error, lines.length);
      }
    }
  }

  // Drains run one after another, each taking what is buffered when it starts: order is kept.
  function enqueue(sync: boolean): Promise<void> {
    const run = chain.then(() => drain(sync));
    chain = run.catch(() => {});
    return run;
  }

  function schedule(): void {
    if (timer !== undefined || flushEveryMs === 0 || state !== 'open') return;
    timer = setTimeout(onTimer, flushEveryMs);
    timer.unref();
  }

  function onTimer(): void {
    timer = undefined;
    enqueue(true).catch((error: Error) => {
      schedule();
      try {
        errorHandler?.(error);
      } catch {
        // The handler is the last resort; nothing more to do.
      }
    });
  }

  // Last resort when the process exits without close(): write synchronously what is left. If an
  // asynchronous write is still running (process.exit() mid-flush), its bytes are left alone rather
  // than risk a torn or doubled line.
  function onExit(): void {
    if (state === 'closed') return;
    try {
      const rest = Buffer.from(lines.join(''), 'utf8');
      const bytes = pending !== null && !writing ? Buffer.concat([pending, rest]) : rest;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
      lines = [];
      if (!writing) pending = null;
    } catch {
      // Exiting: nowhere left to report.
    }
  }
  if (options.flushOnExit !== false) process.on('exit', onExit);

  const sink: JsonlFileAuditSink = {
    path,
    get buffered() {
      return lines.length + (pending === null ? 0 : countLines(pending));
    },
    write(record) {
      if (state !== 'open') {
        throw new OnceOnlyError({
          code: 'AUDIT_SINK_CLOSED',
          message: `The audit file sink (${path}) is closed; the record was not written. Close the gateway last.`,
        });
      }
      lines.push(`${JSON.stringify(record)}\n`);
      if (lines.length >= maxBuffered) return enqueue(false);
      schedule();
    },
    flush() {
      if (closing !== undefined) return closing;
      return enqueue(true);
    },
    close() {
      if (closing !== undefined) return closing;
      state = 'closing';
      clearTimeout(timer);
      timer = undefined;
      process.off('exit', onExit);
      closing = (async () => {
        let failure: unknown;
        try {
          await enqueue(true);
        } catch (error) {
          failure = error;
        }
        const lost = sink.buffered;
        state = 'closed';
        lines = [];
        pending = null;
        await closeAsync(fd).catch(() => {});
        if (failure !== undefined) {
          const cause = (failure as { cause?: unknown }).cause ?? failure;
          throw new OnceOnlyError({
            code: 'AUDIT_WRITE_FAILED',
            message: `Closing the audit file ${path} failed (${errorCode(cause)}); ${lost} record(s) could not be written.`,
            cause,
          });
        }
      })();
      return closing;
    },
    setErrorHandler(handler) {
      errorHandler ??= handler;
    },
  };
  return sink;
}

function openAppend(path: string): number {
  const dir = dirname(resolve(path));
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // Reported below.
  }
  if (!isDir) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `The audit file's directory does not exist: ${dir}. Create it (the sink does not), or fix the path.`,
    });
  }
  try {
    return openSync(path, 'a');
  } catch (error) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `Cannot open the audit file ${path} for appending (${errorCode(error)}). Check the path and permissions.`,
      cause: error,
    });
  }
}

function checkCount(value: number | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `jsonlFileAuditSink option ${name} must be an integer >= ${min}.`,
    });
  }
  return value;
}

function ioError(action: string, path: string, cause: unknown, keptRecords: number): OnceOnlyError {
  return new OnceOnlyError({
    code: 'AUDIT_WRITE_FAILED',
    message:
      `Could not ${action} the audit file ${path} (${errorCode(cause)}); ${keptRecords} record(s) kept in memory ` +
      'and retried on the next flush. Check disk space and permissions.',
    cause,
  });
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}

function countLines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

function writeAsync(fd: number, bytes: Buffer, offset: number): Promise<number> {
  return new Promise((done, fail) => {
    writeFd(fd, bytes, offset, bytes.length - offset, null, (error, written) =>
      error ? fail(error) : done(written),
    );
  });
}

function fsyncAsync(fd: number): Promise<void> {
  return new Promise((done, fail) => fsync(fd, (error) => (error ? fail(error) : done())));
}

function closeAsync(fd: number): Promise<void> {
  return new Promise((done, fail) => closeFd(fd, (error) => (error ? fail(error) : done())));
}
