import { Dispatcher, errors } from 'undici';
import { driverFor } from './dispatch-driver.js';
import { connectionReset, normalizeHeaders, readBody } from './dispatch-request.js';
import type { MockHandler, MockResponse } from './types.js';

/** undici's own default for `headersTimeout`. */
const DEFAULT_HEADERS_TIMEOUT_MS = 300_000;
const CHUNK_BYTES = 64 * 1024;

interface Pending {
  fail(error: Error): void;
  hanging: boolean;
}

/**
 * An undici `Dispatcher` that answers in-process from the mock platform's core handler: no sockets.
 * Works with `undici.request(url, { dispatcher })`, `dispatcher.request(...)` and `undici.fetch`, with
 * both handler styles, `signal`, `headersTimeout` and back-pressure. Transport faults behave like their
 * socket counterparts: `reset` ends in an `ECONNRESET` error, `truncate` in `UND_ERR_SOCKET`, `hang` waits for the
 * client's `headersTimeout` or abort.
 */
export class MockDispatcher extends Dispatcher {
  readonly #handler: MockHandler;
  readonly #origin: string;
  readonly #pending = new Set<Pending>();
  readonly #idle = new Set<() => void>();
  #closed = false;
  #destroyed = false;

  constructor(handler: MockHandler, options: { origin: string }) {
    super();
    this.#handler = handler;
    this.#origin = options.origin;
  }

  /** Requests in flight (hanging ones included). */
  get pending(): number {
    return this.#pending.size;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get destroyed(): boolean {
    return this.#destroyed;
  }

  override dispatch(opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    if (!handler || typeof handler !== 'object')
      throw new errors.InvalidArgumentError('handler must be an object');
    const driver = driverFor(handler);
    if (this.#destroyed || this.#closed) {
      driver.error(this.#destroyed ? new errors.ClientDestroyedError() : new errors.ClientClosedError());
      return false;
    }

    let done = false;
    const timers = new Set<NodeJS.Timeout>();
    const finish = () => {
      done = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      this.#pending.delete(pending);
      if (this.#pending.size === 0) for (const notify of [...this.#idle]) notify();
    };
    const pending: Pending = {
      hanging: false,
      fail: (error) => {
        if (done) return;
        finish();
        driver.error(error);
      },
    };
    this.#pending.add(pending);

    driver.start((reason) => pending.fail(reason ?? new errors.RequestAbortedError()));
    if (done) return true;

    const explicit = opts.headersTimeout !== undefined && opts.headersTimeout !== null;
    const headersTimeout = explicit ? Number(opts.headersTimeout) : DEFAULT_HEADERS_TIMEOUT_MS;
    if (headersTimeout > 0) {
      const timer = setTimeout(() => pending.fail(new errors.HeadersTimeoutError()), headersTimeout);
      // The default 300 s must not keep a process alive; an explicit, bounded timeout behaves like a socket.
      if (!explicit) timer.unref();
      timers.add(timer);
    }

    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      });

    const run = async () => {
      const body = await readBody(opts.body);
      if (done) return;
      const origin = opts.origin ? String(opts.origin).replace(/\/+$/, '') : this.#origin;
      const response: MockResponse = await this.#handler({
        method: String(opts.method).toUpperCase(),
        url: opts.path,
        origin,
        headers: normalizeHeaders(opts.headers),
        body,
      });
      if (done) return;
      if (response.delayMs) await sleep(response.delayMs);
      if (done) return;
      if (response.transport?.kind === 'reset') return pending.fail(connectionReset());
      if (response.transport?.kind === 'hang') {
        pending.hanging = true;
        return;
      }
      for (const t of timers) clearTimeout(t);
      timers.clear();

      const headers = { ...response.headers, 'content-length': String(response.body.byteLength) };
      let flowing = driver.headers(response.status, headers);
      const end =
        response.transport?.kind === 'truncate' ? response.transport.afterBytes : response.body.byteLength;
      const send = String(opts.method).toUpperCase() === 'HEAD' ? 0 : end;
      for (let offset = 0; offset < send && !done; offset += CHUNK_BYTES) {
        if (!flowing) await driver.resumed();
        if (done) return;
        const chunk = response.body.subarray(offset, Math.min(send, offset + CHUNK_BYTES));
        flowing = driver.data(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      }
      if (done) return;
      if (response.transport?.kind === 'truncate')
        return pending.fail(new errors.SocketError('other side closed'));
      finish();
      driver.complete();
    };
    run().catch((error: unknown) => pending.fail(error instanceof Error ? error : new Error(String(error))));
    return true;
  }

  /** Stops taking requests; hanging requests end with `ClientClosedError`, the others finish first. */
  override close(): Promise<void>;
  override close(callback: () => void): void;
  override close(callback?: () => void): Promise<void> | void {
    this.#closed = true;
    for (const p of [...this.#pending]) if (p.hanging) p.fail(new errors.ClientClosedError());
    const done = new Promise<void>((resolve) => {
      if (this.#pending.size === 0) resolve();
      else {
        const notify = () => {
          this.#idle.delete(notify);
          resolve();
        };
        this.#idle.add(notify);
      }
    });
    if (callback) {
      void done.then(callback);
      return;
    }
    return done;
  }

  /** Ends every request in flight with `error` (default `ClientDestroyedError`). */
  override destroy(): Promise<void>;
  override destroy(error: Error | null): Promise<void>;
  override destroy(callback: () => void): void;
  override destroy(error: Error | null, callback: () => void): void;
  override destroy(a?: Error | null | (() => void), b?: () => void): Promise<void> | void {
    const callback = typeof a === 'function' ? a : b;
    const error = typeof a === 'function' ? null : (a ?? null);
    this.#destroyed = true;
    this.#closed = true;
    for (const p of [...this.#pending]) p.fail(error ?? new errors.ClientDestroyedError());
    if (callback) {
      queueMicrotask(callback);
      return;
    }
    return Promise.resolve();
  }
}
