/**
 * The monitoring reporter: dossier events go to a durable outbox first (`record()` resolves once they
 * are stored), then to the national monitoring system in batches, at least once, with retries. The
 * intake counts each event id once, so a batch resent after a crash or a lost answer counts nothing twice.
 */
import { InputError, OnceOnlyError } from '@onceonly/core';
import pRetry from 'p-retry';
import type { Dispatcher } from 'undici';
import { type BatchAnswer, type DeliveryTarget, deliverBatch } from './deliver-batch.js';
import { type DossierEvent, type DossierEventInput, prepareEvent } from './dossier-event.js';
import type { Outbox } from './outbox.js';

/** The most events the intake takes in one batch. */
export const MAX_BATCH_SIZE = 500;

export interface MonitoringReporterOptions {
  /** The monitoring intake's URL, e.g. `https://monitoring.example.gov.vn/monitoring/v1/dossier-events`. */
  endpoint: string;
  /** Where events wait for delivery: `fileOutbox(path)`, or `postgresOutbox(...)` for several instances. */
  outbox: Outbox;
  /** An undici dispatcher (the mock's in-process one, a proxy agent). Default: undici's global one. */
  dispatcher?: Dispatcher;
  /** X-Road client id of the portal, sent as `X-Road-Client` (scopes idempotency keys). */
  client?: string;
  /** Events per batch, 1 to 500. Default 100. */
  batchSize?: number;
  /** Deliver in the background this long after an event is recorded; `0`: only on `flush()`. Default 1 000 ms. */
  flushEveryMs?: number;
  /** Tries per batch before it is left in the outbox for the next round. Default 4. */
  attempts?: number;
  /** First delay between tries (doubles each time, with jitter). Default 200 ms. */
  minDelayMs?: number;
  /** Longest delay between tries, and the longest `Retry-After` honoured. Default 5 000 ms. */
  maxDelayMs?: number;
  /** Per request. Default 10 000 ms. */
  timeoutMs?: number;
  /** Told of background delivery failures (the events stay in the outbox). */
  onError?: (error: OnceOnlyError) => void;
}

/** What one `flush()` delivered. */
export interface FlushResult {
  /** Batches acknowledged by the intake. */
  batches: number;
  /** Events the intake counted for the first time. */
  accepted: number;
  /** Events it had already counted (resent after a crash or a lost answer). */
  duplicates: number;
}

export interface MonitoringReporter {
  /** Stores the event durably (an `id` is generated when absent) and resolves with it as stored. */
  record(event: DossierEventInput): Promise<DossierEvent>;
  /** Delivers what is pending now; rejects with the last failure when a batch could not be delivered. */
  flush(): Promise<FlushResult>;
  /** Stops background delivery, tries one last flush (failures go to `onError`), closes the outbox. */
  close(): Promise<void>;
}

function positive(
  value: number | undefined,
  fallback: number,
  name: string,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const v = value ?? fallback;
  if (!(Number.isInteger(v) && v >= min && v <= max)) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `monitoringReporter: ${name} must be an integer from ${min} to ${max}.`,
      fields: [`/${name}`],
    });
  }
  return v;
}

function checkEndpoint(endpoint: unknown): string {
  try {
    const url = new URL(String(endpoint));
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // fall through
  }
  throw new InputError({
    code: 'INVALID_CONFIG',
    message: 'monitoringReporter: endpoint must be an http(s) URL of the monitoring intake.',
    fields: ['/endpoint'],
  });
}

/**
 * @example
 * const reporter = monitoringReporter({ endpoint, outbox: fileOutbox('./monitoring.jsonl') });
 * await reporter.record({ dossierCode, procedureCode: '1.001193', status: 'received',
 *   occurredAt: new Date().toISOString(), channel: 'online', agencyCode: '000.00.00.H23' });
 */
export function monitoringReporter(options: MonitoringReporterOptions): MonitoringReporter {
  const outbox = options.outbox;
  if (!outbox || typeof outbox.append !== 'function' || typeof outbox.claim !== 'function') {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: 'monitoringReporter: outbox is required.',
      fields: ['/outbox'],
    });
  }
  const target: DeliveryTarget = {
    endpoint: checkEndpoint(options.endpoint),
    dispatcher: options.dispatcher,
    client: options.client,
    timeoutMs: positive(options.timeoutMs, 10_000, 'timeoutMs'),
  };
  const batchSize = positive(options.batchSize, 100, 'batchSize', 1, MAX_BATCH_SIZE);
  const flushEveryMs = positive(options.flushEveryMs, 1_000, 'flushEveryMs', 0);
  const attempts = positive(options.attempts, 4, 'attempts');
  const minDelayMs = positive(options.minDelayMs, 200, 'minDelayMs', 0);
  const maxDelayMs = positive(options.maxDelayMs, 5_000, 'maxDelayMs', 0);

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<FlushResult> | undefined;
  let closed = false;

  function report(error: unknown): void {
    const typed = OnceOnlyError.isInstance(error)
      ? error
      : new OnceOnlyError({ code: 'INTERNAL_ERROR', message: 'Monitoring delivery failed.', cause: error });
    try {
      options.onError?.(typed);
    } catch {
      // The handler is the last resort.
    }
  }

  async function sendWithRetry(events: readonly DossierEvent[]): Promise<BatchAnswer> {
    return pRetry(() => deliverBatch(target, events), {
      retries: attempts - 1,
      minTimeout: minDelayMs,
      maxTimeout: maxDelayMs,
      randomize: true,
      unref: true,
      shouldRetry: async ({ error }) => {
        if (!OnceOnlyError.isInstance(error) || !error.retryable) return false;
        const wait = error.retryAfterMs;
        if (wait !== undefined && wait > maxDelayMs) return false;
        if (wait) await new Promise((r) => setTimeout(r, wait));
        return true;
      },
    });
  }

  async function deliverAll(): Promise<FlushResult> {
    const result: FlushResult = { batches: 0, accepted: 0, duplicates: 0 };
    for (;;) {
      const claim = await outbox.claim(batchSize);
      if (!claim) return result;
      let answer: BatchAnswer;
      try {
        answer = await sendWithRetry(claim.events);
      } catch (error) {
        await outbox.release(claim).catch(() => {});
        throw error;
      }
      await outbox.acknowledge(claim);
      result.batches++;
      result.accepted += answer.accepted;
      result.duplicates += answer.duplicates;
    }
  }

  // One delivery round at a time per reporter; a flush during a round waits for it, then runs its own.
  function flush(): Promise<FlushResult> {
    const previous = running ?? Promise.resolve(undefined);
    const round = previous.catch(() => undefined).then(() => deliverAll());
    running = round;
    round
      .finally(() => {
        if (running === round) running = undefined;
      })
      .catch(() => {});
    return round;
  }

  function schedule(delayMs: number): void {
    if (closed || flushEveryMs === 0 || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      flush().catch((error: unknown) => {
        report(error);
        schedule(flushEveryMs);
      });
    }, delayMs);
    timer.unref();
  }

  return {
    async record(input) {
      if (closed) {
        throw new OnceOnlyError({
          code: 'OUTBOX_CLOSED',
          message: 'monitoringReporter: record() after close().',
        });
      }
      const event = prepareEvent(input);
      await outbox.append([event]);
      schedule(flushEveryMs);
      return event;
    },
    flush,
    async close() {
      if (closed) return;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await flush().catch(report);
      await outbox.close();
    },
  };
}
