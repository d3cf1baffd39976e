import { responseToError } from '../errors/map-response.js';
import { requestTarget } from '../service/request-target.js';
import { clientHeader, servicePath } from '../transport/xroad-id.js';
import type { OutgoingCall, WireProfile } from './profile.js';
import { readAnswer } from './read-answer.js';

/** The X-Road headers of a call: who calls, which call, why, for which dossier, with which consent. */
function restHeaders(call: OutgoingCall, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-road-client': clientHeader(call.client), // each part percent-encoded (REST §4.3)
    'x-road-id': call.xroadId,
    'x-road-issue': call.caseId,
    'x-purpose': call.purpose,
  };
  if (hasBody) headers['content-type'] = 'application/json; charset=utf-8';
  if (call.userId) headers['x-road-userid'] = call.userId;
  if (call.consent) headers['x-consent'] = call.consent;
  return headers;
}

/**
 * X-Road Message Protocol for REST (r1): `{METHOD} /r1/{provider}/{service}[/path][?query]`, the input
 * as a JSON body except the non-personal fields the service places in its path or query, X-Road fields as headers; answers `{ data, meta }` in JSON,
 * errors as X-Road error bodies or RFC 9457 problems.
 */
export const restProfile: WireProfile = Object.freeze({
  name: 'rest',
  encode(call: OutgoingCall) {
    // Path and query only hold fields the declaration placed there (never personal data); the rest is the body.
    const { path: tail, query, body } = requestTarget(call.service, call.request as never);
    const path = call.basePath + servicePath(call.provider, call.service.code) + tail + query;
    const headers = restHeaders(call, body !== undefined);
    return body === undefined
      ? { method: call.service.method, path, headers }
      : { method: call.service.method, path, headers, body };
  },
  toError: responseToError,
  decode: readAnswer,
});
