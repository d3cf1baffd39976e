/**
 * The embedded outbox: an append-only JSON Lines file. An appended event is written and fsynced before
 * `append()` resolves (concurrent appends share one write and one fsync); a delivery appends an
 * acknowledgement line. On open the file is replayed: events without an acknowledgement are pending.
 * A torn last line (the process died mid-write, before `append()` resolved) is cut off.
 */
import { randomUUID } from 'node:crypto';
import { type FileHandle, open, readFile, rename, truncate } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, OnceOnlyError } from '@onceonly/core';
import type { DossierEvent } from './dossier-event.js';
import { takeFileLock } from './file-lock.js';
import type { Outbox, OutboxClaim } from './outbox.js';

export interface FileOutboxOptions {
  /** Rewrite the file with only the pending events after this many acknowledged ones. Default 1 000. */
  compactAfter?: number;
}

type Line = { e: DossierEvent } | { ack: string[] };

function ioError(action: string, error: unknown): OnceOnlyError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new OnceOnlyError({
    code: 'OUTBOX_WRITE_FAILED',
    message: `fileOutbox: could not ${action} the outbox file (${code}); the events are not recorded.`,
    cause: error,
  });
}

/** Reads the log: the pending events in order, and the length of its intact part. */
async function replay(
  path: string,
): Promise<{ pending: Map<string, DossierEvent>; intact: number; acked: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { pending: new Map(), intact: 0, acked: 0 };
    throw error;
  }
  const pending = new Map<string, DossierEvent>();
  let intact = 0;
  let acked = 0;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    if (end < 0) break; // a torn last line: never acknowledged to anyone
    let line: Line;
    try {
      line = JSON.parse(text.slice(start, end)) as Line;
    } catch {
      break;
    }
    if ('e' in line) pending.set(line.e.id, line.e);
    else
      for (const id of line.ack) {
        if (pending.delete(id)) acked++;
      }
    start = end + 1;
    intact = Buffer.byteLength(text.slice(0, start), 'utf8');
  }
  return { pending, intact, acked };
}

/**
 * An outbox in a local file, for one portal process (a lock file beside it refuses a second one; a
 * lock left by a killed process is taken over). The directory must exist.
 *
 * @example
 * const reporter = monitoringReporter({ endpoint, outbox: fileOutbox('/var/lib/portal/monitoring.jsonl') });
 */
export function fileOutbox(path: string, options: FileOutboxOptions = {}): Outbox {
  if (typeof path !== 'string' || path.length === 0) {
    throw new InputError({ code: 'INVALID_CONFIG', message: 'fileOutbox needs a file path.' });
  }
  const compactAfter = options.compactAfter ?? 1000;
  if (!(Number.isInteger(compactAfter) && compactAfter > 0)) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: 'fileOutbox: compactAfter must be a positive integer.',
    });
  }
  const unlock = takeFileLock(`${path}.lock`);
  // Durable events not yet acknowledged; events being written (not durable yet, not claimable).
  const pending = new Map<string, DossierEvent>();
  const writing = new Map<string, DossierEvent>();
  const claimed = new Map<string, readonly DossierEvent[]>();
  let acked = 0;
  let file: FileHandle | undefined;
  let closed = false;

  // Every file operation runs in this chain, one after another.
  let chain: Promise<unknown> = (async () => {
    try {
      const state = await replay(path);
      await truncate(path, state.intact).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      for (const [id, event] of state.pending) pending.set(id, event);
      acked = state.acked;
      file = await open(path, 'a');
    } catch (error) {
      throw ioError('open', error);
    }
  })();
  chain.catch(() => {});
  function run<T>(step: () => Promise<T>): Promise<T> {
    const next = chain.then(step);
    chain = next.catch(() => {});
    return next;
  }

  // Appends waiting for the next write: one write and one fsync for all of them.
  let queued:
    | { events: DossierEvent[]; waiters: Array<{ resolve(): void; reject(e: unknown): void }> }
    | undefined;

  async function writeLines(lines: string[]): Promise<void> {
    try {
      await file!.write(lines.join(''));
      await file!.sync();
    } catch (error) {
      throw ioError('append to', error);
    }
  }

  async function compact(): Promise<void> {
    const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
    const lines = [...pending.values()].map((e) => `${JSON.stringify({ e })}\n`).join('');
    const out = await open(temp, 'w');
    try {
      await out.write(lines);
      await out.sync();
    } finally {
      await out.close();
    }
    await rename(temp, path);
    const dir = await open(dirname(path), 'r');
    await dir.sync().finally(() => dir.close());
    await file!.close();
    file = await open(path, 'a');
    acked = 0;
  }

  function assertOpen(): void {
    if (closed)
      throw new OnceOnlyError({ code: 'OUTBOX_CLOSED', message: 'fileOutbox: the outbox is closed.' });
  }

  return {
    append(events) {
      assertOpen();
      const fresh = events.filter((e) => !pending.has(e.id) && !writing.has(e.id));
      if (fresh.length === 0) return Promise.resolve();
      for (const event of fresh) writing.set(event.id, event);
      return new Promise<void>((resolve, reject) => {
        let batch = queued;
        if (!batch) {
          const created: NonNullable<typeof queued> = { events: [], waiters: [] };
          batch = created;
          queued = created;
          run(async () => {
            queued = undefined;
            try {
              await writeLines(created.events.map((e) => `${JSON.stringify({ e })}\n`));
              // Durable now: only from here on may a delivery claim them.
              for (const event of created.events) pending.set(event.id, event);
            } finally {
              for (const event of created.events) writing.delete(event.id);
            }
          }).then(
            () => {
              for (const w of created.waiters) w.resolve();
            },
            (error: unknown) => {
              for (const w of created.waiters) w.reject(error);
            },
          );
        }
        batch.events.push(...fresh);
        batch.waiters.push({ resolve, reject });
      });
    },
    async claim(limit) {
      assertOpen();
      await chain;
      const busy = new Set([...claimed.values()].flat().map((e) => e.id));
      const events = [...pending.values()].filter((e) => !busy.has(e.id)).slice(0, limit);
      if (events.length === 0) return undefined;
      const claim: OutboxClaim = { events, token: randomUUID() };
      claimed.set(claim.token, events);
      return claim;
    },
    acknowledge(claim) {
      const events = claimed.get(claim.token) ?? [];
      claimed.delete(claim.token);
      const ids = events.map((e) => e.id).filter((id) => pending.has(id));
      if (ids.length === 0) return Promise.resolve();
      return run(async () => {
        await writeLines([`${JSON.stringify({ ack: ids })}\n`]);
        for (const id of ids) pending.delete(id);
        acked += ids.length;
        if (acked >= compactAfter) await compact().catch(() => {});
      });
    },
    async release(claim) {
      claimed.delete(claim.token);
    },
    async pending() {
      await chain;
      return pending.size;
    },
    async close() {
      if (closed) return;
      closed = true;
      await chain;
      await file?.close();
      unlock();
    },
  };
}
