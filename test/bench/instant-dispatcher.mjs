/**
 * An in-process undici Dispatcher that answers every request at once with the pre-built answer: no
 * socket, no parser, no server. It takes undici's legacy handler (onConnect/onHeaders/onData/
 * onComplete), which is what `dispatcher.request()` hands to `dispatch()`. Used to measure what the
 * gateway itself costs per call, apart from the network.
 */
import { randomUUID } from 'node:crypto';
import { Dispatcher } from 'undici';
import { JWKS_PATH } from './fixtures.mjs';

function raw(headers) {
  const out = [];
  for (const [name, value] of Object.entries(headers)) out.push(Buffer.from(name), Buffer.from(value));
  return out;
}

export class InstantDispatcher extends Dispatcher {
  /** @param {Awaited<ReturnType<import('./answer.mjs').buildAnswer>>} answer */
  constructor(answer) {
    super();
    this.answer = answer;
    this.dataHeaders = raw({ ...answer.headers, 'x-road-request-id': randomUUID() });
    this.jwksHeaders = raw({
      'content-type': 'application/json',
      'content-length': String(answer.jwksBody.length),
    });
    this.xroadIdName = Buffer.from('x-road-id');
  }

  dispatch(options, handler) {
    const jwks = options.path === JWKS_PATH;
    let rawHeaders;
    if (jwks) rawHeaders = this.jwksHeaders;
    else {
      // Echo the request's X-Road-Id as the security server does.
      const id = options.headers?.['x-road-id'];
      rawHeaders = id ? [...this.dataHeaders, this.xroadIdName, Buffer.from(id)] : this.dataHeaders;
    }
    const body = jwks ? this.answer.jwksBody : this.answer.body;
    // Answer on the next microtask, as late as a real dispatcher could but without any I/O.
    queueMicrotask(() => {
      let aborted = false;
      handler.onConnect?.(() => {
        aborted = true;
      });
      if (aborted) return;
      handler.onHeaders?.(200, rawHeaders, () => {}, 'OK');
      if (aborted) return;
      handler.onData?.(body);
      handler.onComplete?.([]);
    });
    return true;
  }

  close() {
    return Promise.resolve();
  }

  destroy() {
    return Promise.resolve();
  }
}
