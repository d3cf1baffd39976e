import type { Dispatcher } from 'undici';
import { type OnceOnlyError, ResponseError } from '../errors/onceonly-error.js';
import { send } from '../transport/send.js';
import { abortError } from './abort.js';

/** A small request to a side endpoint (token endpoint, JWKS) through the gateway's dispatcher. */
export interface BoundedRequestOptions {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Largest body read; a larger one is aborted, not buffered. */
  maxBytes: number;
  /** The error to throw when the body is larger than `maxBytes`. */
  tooLarge: () => OnceOnlyError;
  /** Names the other side in error messages, e.g. `the token endpoint`. */
  peer: string;
  signal?: AbortSignal;
  /** Until the response headers arrive. Default 15 000 ms. */
  headersMs?: number;
  /** Between body chunks. Default 15 000 ms. */
  bodyMs?: number;
}

export interface BoundedResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * `send()` for side endpoints: the same size limit and error mapping (undici's own messages, which
 * can quote a client assertion or an Authorization header, are never kept), with the caller's
 * "too large" error and the caller's abort reason.
 */
export async function boundedRequest(
  dispatcher: Dispatcher,
  options: BoundedRequestOptions,
): Promise<BoundedResponse> {
  try {
    const response = await send(
      {
        origin: options.url.origin,
        path: options.url.pathname + options.url.search,
        method: options.method,
        headers: options.headers,
        ...(options.body === undefined ? {} : { body: options.body }),
      },
      {
        dispatcher,
        ...(options.signal ? { signal: options.signal } : {}),
        peer: options.peer,
        headersTimeoutMs: options.headersMs ?? 15_000,
        bodyTimeoutMs: options.bodyMs ?? 15_000,
        maxBytes: options.maxBytes,
      },
    );
    return { status: response.status, headers: response.headers, body: Buffer.from(response.body) };
  } catch (error) {
    if (options.signal?.aborted) throw abortError(options.signal);
    if (ResponseError.isInstance(error) && error.code === 'RESPONSE_TOO_LARGE') throw options.tooLarge();
    throw error;
  }
}
