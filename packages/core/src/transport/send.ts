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
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
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

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
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
    throw toTransportError(error, 'request', options.peer);
  }
  const headers = flatten(response.headers as Record<string, string | string[] | undefined>);
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    response.body.destroy();
    throw tooLarge(options.maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > options.maxBytes) {
        response.body.destroy();
        throw tooLarge(options.maxBytes);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (OnceOnlyError.isInstance(error)) throw error;
    throw toTransportError(error, 'body', options.peer);
  }
  return { status: response.statusCode, headers, body: Buffer.concat(chunks, size) };
}
