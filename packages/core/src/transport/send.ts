import type { Dispatcher } from 'undici';
import { OnceOnlyError, ResponseError } from '../errors/onceonly-error.js';
import { toTransportError } from './transport-error.js';

export interface HttpRequest {
  origin: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; a header repeated with one value holds it once, with different values they are joined with ", ". */
  headers: Record<string, string>;
  /**
   * Headers that arrived more than once with different values, each value as sent: a security header
   * (`x-road-id`, ...) must not be ambiguous, and joining would hide that.
   */
  repeated?: Record<string, string[]>;
  /** The exact body bytes (signatures are checked over them). */
  body: Uint8Array;
}

export interface SendOptions {
  dispatcher: Dispatcher;
  signal?: AbortSignal;
  /** Names the other side in error messages. Default `the security server`. */
  peer?: string;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  /** A body larger than this is aborted while streaming, never buffered whole. */
  maxBytes: number;
}

/** undici gives an array for a repeated header: keep one value when they agree, and the list when not. */
function flatten(
  raw: Record<string, string | string[] | undefined>,
): Pick<HttpResponse, 'headers' | 'repeated'> {
  const headers: Record<string, string> = {};
  let repeated: Record<string, string[]> | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const name = key.toLowerCase();
    if (!Array.isArray(value)) {
      headers[name] = value;
      continue;
    }
    const distinct = [...new Set(value.map((v) => v.trim()))];
    headers[name] = distinct.join(', ');
    if (distinct.length > 1) {
      repeated ??= {};
      repeated[name] = value;
    }
  }
  return repeated ? { headers, repeated } : { headers };
}

function tooLarge(maxBytes: number): ResponseError {
  return new ResponseError({
    code: 'RESPONSE_TOO_LARGE',
    message: `The response body is larger than maxResponseBytes (${maxBytes} bytes); it was aborted unread.`,
  });
}

/** One HTTP exchange through undici's `dispatcher.request()`, reading the body under a size limit. */
export async function send(request: HttpRequest, options: SendOptions): Promise<HttpResponse> {
  let response: Dispatcher.ResponseData;
  try {
    response = await options.dispatcher.request({
      origin: request.origin,
      path: request.path,
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: options.signal ?? null,
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
    });
  } catch (error) {
    throw abortReason(options.signal) ?? toTransportError(error, 'request', options.peer);
  }
  const { headers, repeated } = flatten(response.headers as Record<string, string | string[] | undefined>);
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    response.body.destroy();
    throw tooLarge(options.maxBytes);
  }
  let body: Buffer;
  try {
    body = await readBody(response.body, options.maxBytes);
  } catch (error) {
    if (OnceOnlyError.isInstance(error)) throw error;
    throw abortReason(options.signal) ?? toTransportError(error, 'body', options.peer);
  }
  return repeated
    ? { status: response.statusCode, headers, repeated, body }
    : { status: response.statusCode, headers, body };
}

// An exchange cut by the call's deadline or by the caller is that, not a network failure.
/**
 * The whole body, refused (and the stream destroyed) as soon as it passes `maxBytes`. Plain stream
 * events: an async iterator over the body costs several microtask hops per chunk.
 */
function readBody(stream: Dispatcher.ResponseData['body'], maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    // An answer of one chunk (most are) is kept as it came: no copy.
    stream.once('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)),
    );
    stream.once('error', reject);
  });
}

function abortReason(signal: AbortSignal | undefined): OnceOnlyError | undefined {
  return signal?.aborted && OnceOnlyError.isInstance(signal.reason) ? signal.reason : undefined;
}
