import type { Dispatcher } from 'undici';

/** One handler, whichever of undici's two handler styles it speaks. */
export interface Driver {
  start(abort: (reason?: Error) => void): void;
  /** `false`: the consumer asked to pause. */
  headers(status: number, headers: Record<string, string>): boolean;
  data(chunk: Buffer): boolean;
  complete(): void;
  error(error: Error): void;
  /** Resolves when the consumer resumes after a pause. */
  resumed(): Promise<void>;
}

/** Adapts an undici dispatch handler (new controller style or legacy callbacks) to one small interface. */
export function driverFor(handler: Dispatcher.DispatchHandler): Driver {
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
