import { jsonResponse } from './responses.js';
import type { MockResponse } from './types.js';

/**
 * X-Road error types the mock security server answers with, in the spelling of X-Road up to 7.7.
 * Other `Server.*`/`Client.*` types (compound ones too) are allowed, in either spelling.
 */
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
 * How error types are spelled: `lowercase` as X-Road 7.8 and later (`server.serverproxy.access_denied`),
 * `legacy` as up to 7.7 (`Server.ServerProxy.AccessDenied`).
 */
export type XRoadErrorSpelling = 'lowercase' | 'legacy';

// Segments spelled as one lower-case word in 7.8 (no underscore), and back.
const WORDS: Record<string, string> = {
  server: 'Server',
  client: 'Client',
  serverproxy: 'ServerProxy',
  clientproxy: 'ClientProxy',
};

const snake = (segment: string) =>
  segment
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

const pascal = (segment: string) =>
  segment
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/** Spells an error type given in either spelling the way `spelling` says, segment by segment. */
export function spellErrorType(type: string, spelling: XRoadErrorSpelling): string {
  return type
    .split('.')
    .map((segment) => {
      const word = WORDS[segment.toLowerCase()];
      if (spelling === 'lowercase') return word ? segment.toLowerCase() : snake(segment);
      return word ?? (/[_a-z]/.test(segment.charAt(0)) || segment.includes('_') ? pascal(segment) : segment);
    })
    .join('.');
}

/**
 * The HTTP status of an X-Road error (REST protocol §4.6): a request that breaks the protocol
 * (`Client.*`) is 400; every other security-server error is 500, a missing access right included.
 */
export function xroadErrorStatus(type: string): number {
  return type.toLowerCase().startsWith('client.') ? 400 : 500;
}

/** A security-server error: `{ type, message, detail }` with the `X-Road-Error` header. */
export function xroadError(
  type: XRoadErrorType,
  message: string,
  detail: string,
  spelling: XRoadErrorSpelling = 'lowercase',
): MockResponse {
  const spelled = spellErrorType(type, spelling);
  return jsonResponse(
    xroadErrorStatus(spelled),
    { type: spelled, message, detail },
    { 'x-road-error': spelled },
  );
}
