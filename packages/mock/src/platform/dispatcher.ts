import { Dispatcher, errors } from 'undici';
import type { MockHandler, MockResponse } from './types.js';

/** undici's own default for `headersTimeout`. */
const DEFAULT_HEADERS_TIMEOUT_MS = 300_000;
const CHUNK_BYTES = 64 * 1024;

/** One handler, whichever of undici's two handler styles it speaks. */
interface Driver {
  start(abort: (reason?: Error) => void): void;
  /** `false`: the consumer asked to pause. */
  headers(status: number, headers: Record<string, string>): boolean;
  data(chunk: Buffer): boolean;
  complete(): void;
  error(error: Error): void;
  /** Resolves when the consumer resumes after a pause. */
  resumed(): Promise<void>;
}

function driverFor(handler: Dispatcher.DispatchHandler): Driver {
  let wake: (() => void) | undefined;
  const resume = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const resumed = () => new Promise<void>((r) => (wake = r));

  if (typeof handler.onRequestStart === 'function') {
    // New-style handler (undici 7): everything goes through a controller.
    let paused = false;
    let aborted = false;
    let reason: Error | null = null;
    let abortFn: (reason?: Error) => void = () => {};
    const controller: Dispatcher.DispatchController = {
      get aborted() {
        return aborted;
      },
      get paused() {
        return paused;
      },
      get reason() {
        return reason;
      },
      abort(why: Error) {
        if (aborted) return;
        aborted = true;
        reason = why;
        abortFn(why);
      },
      pause() {
        paused = true;
      },
      resume() {
        if (!paused) return;
        paused = false;
        resume();
      },
    };
    return {
      start(abort) {
        abortFn = abort;
        handler.onRequestStart?.(controller, {});
      },
      headers(status, headers) {
        handler.onResponseStart?.(controller, status, headers, '');
        return !paused;
      },
      data(chunk) {
        handler.onResponseData?.(controller, chunk);
        return !paused;
      },
      complete() {
        handler.onResponseEnd?.(controller, {});
      },
      error(error) {
        handler.onResponseError?.(controller, error);
      },
      resumed,
    };
  }

  // Legacy handler (onConnect/onHeaders/onData/onComplete/onError), as `dispatcher.request()` uses.
  return {
    start(abort) {
      handler.onConnect?.(abort);
    },
    headers(status, headers) {
      handler.onResponseStarted?.();
      const raw: Buffer[] = [];
      for (const [name, value] of Object.entries(headers))
        raw.push(Buffer.from(name, 'latin1'), Buffer.from(value, 'latin1'));
      return handler.onHeaders?.(status, raw, resume, '') !== false;
    },
    data(chunk) {
      return handler.onData?.(chunk) !== false;
    },
    complete() {
      handler.onComplete?.([]);
    },
    error(error) {
      if (typeof handler.onError !== 'function') throw error;
      handler.onError(error);
    },
    resumed,
  };
}

function normalizeHeaders(headers: Dispatcher.DispatchOptions['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    const key = name.toLowerCase();
    const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
    out[key] = key in out ? `${out[key]}, ${text}` : text;
  };
  if (!headers) return out;
  if (Array.isArray(headers)) {
    // Either a flat [name, value, name, value] list or a list of [name, value] pairs.
    if (headers.length > 0 && Array.isArray(headers[0])) {
      for (const pair of headers as unknown as Array<[string, string]>) add(pair[0], pair[1]);
    } else {
      for (let i = 0; i + 1 < headers.length; i += 2) add(String(headers[i]), headers[i + 1]);
    }
  } else if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const [name, value] of headers as Iterable<[string, string]>) add(name, value);
  } else {
    for (const [name, value] of Object.entries(headers)) add(name, value);
  }
  return out;
}

async function readBody(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (typeof Blob !== 'undefined' && body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<unknown>) {
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
    }
    return Buffer.concat(chunks);
  }
  throw new errors.InvalidArgumentError('MockDispatcher: unsupported request body type');
}

/** What undici surfaces when the peer resets the connection (a TCP RST): Node's own `ECONNRESET`. */
function connectionReset(): Error {
  return Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' });
}

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
