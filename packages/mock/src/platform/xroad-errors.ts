import { jsonResponse } from './responses.js';
import type { MockResponse } from './types.js';

/** X-Road error types the mock security server answers with. Other `Server.*`/`Client.*` types are allowed. */
export type XRoadErrorType =
  | 'Client.BadRequest'
  | 'Client.InvalidClientIdentifier'
  | 'Server.ServerProxy.AccessDenied'
  | 'Server.ServerProxy.UnknownService'
  | 'Server.ServerProxy.ServiceFailed'
  | 'Server.ServerProxy.NetworkError'
  | 'Server.ClientProxy.NetworkError'
  | 'Server.ClientProxy.AccessDenied'
  | 'Server.ClientProxy.UnknownService'
  | (string & {});

/**
 * The HTTP status of an X-Road error: protocol violations (`Client.*`) are 400, missing access rights 403
 * (what the mock does, see docs/contract.md), everything else 500 as the REST protocol says.
 */
export function xroadErrorStatus(type: string): number {
  if (type.startsWith('Client.')) return 400;
  if (type.endsWith('.AccessDenied')) return 403;
  return 500;
}

/** A security-server error: `{ type, message, detail }` with the `X-Road-Error` header. */
export function xroadError(type: XRoadErrorType, message: string, detail: string): MockResponse {
  return jsonResponse(xroadErrorStatus(type), { type, message, detail }, { 'x-road-error': type });
}
