import type { MockResponse } from './types.js';

const encoder = new TextEncoder();

/** A JSON answer; `body` is serialised once, so its bytes are what gets signed and hashed. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = 'application/json; charset=utf-8',
): MockResponse {
  return {
    status,
    headers: { 'content-type': contentType, ...headers },
    body: encoder.encode(JSON.stringify(body)),
  };
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The answer to a route the mock does not know: loud and explicit, never a silent default. */
export function unknownRoute(method: string, path: string): MockResponse {
  return jsonResponse(404, {
    error: 'UNKNOWN_ROUTE',
    message: `The mock platform has no route ${method} ${path}. Data calls are POST /r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}/{SERVICE}; see GET /openapi.json for every route.`,
    route: `${method} ${path}`,
  });
}
