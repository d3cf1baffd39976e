import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import { NetworkError, type OnceOnlyError, TimeoutError } from '../errors/onceonly-error.js';
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
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * Sends one request with `dispatcher.request()` (never global fetch: the dispatcher may be the mock's
 * in-process one) and reads the whole body up to `maxBytes`. Transport failures become `NetworkError`
 * or `TimeoutError` whose message keeps only undici's error code: undici's own messages can quote the
 * request body or headers (a client assertion, an Authorization header), so they are never kept.
 */
export async function boundedRequest(
  dispatcher: Dispatcher,
  options: BoundedRequestOptions,
): Promise<BoundedResponse> {
  let response: Dispatcher.ResponseData;
  try {
    response = await dispatcher.request({
      origin: options.url.origin,
      path: options.url.pathname + options.url.search,
      method: options.method,
      headers: options.headers,
      body: options.body ?? null,
      signal: options.signal ?? null,
      headersTimeout: options.headersMs ?? 15_000,
      bodyTimeout: options.bodyMs ?? 15_000,
    });
  } catch (error) {
    throw transportError(error, options);
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    response.body.destroy();
    throw options.tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > options.maxBytes) {
        response.body.destroy();
        throw options.tooLarge();
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (size > options.maxBytes) throw error;
    throw transportError(error, options);
  }
  return { status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks, size) };
}

function transportError(error: unknown, options: BoundedRequestOptions): OnceOnlyError {
  if (options.signal?.aborted) return abortError(options.signal);
  const code = (error as { code?: unknown } | null)?.code;
  const safeCode = typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : undefined;
  const suffix = safeCode ? ` (${safeCode})` : '';
  if (safeCode && TIMEOUT_CODES.has(safeCode)) {
    return new TimeoutError({
      message: `${capitalise(options.peer)} did not answer in time${suffix}: try again later, or raise the timeouts.`,
    });
  }
  return new NetworkError({
    message: `${capitalise(options.peer)} could not be reached${suffix}: check baseUrl and the network, then try again.`,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
