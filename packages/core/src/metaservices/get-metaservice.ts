import { ResponseError } from '../errors/onceonly-error.js';
import { responseToError } from '../errors/map-response.js';
import type { CallDeps } from '../gateway/call.js';
import type { MetaOptions } from '../gateway/types.js';
import { withRetry } from '../pipeline/retry.js';
import { createDeadline } from '../transport/deadline.js';
import { send } from '../transport/send.js';
import { clientHeader } from '../transport/xroad-id.js';

type Json = Record<string, unknown>;

/** A metaservice answer that is not what the protocol describes. */
export function malformed(what: string, detail = 'is malformed'): ResponseError {
  return new ResponseError({
    code: 'RESPONSE_MALFORMED',
    message: `The ${what} metaservice answer ${detail}.`,
  });
}

/** A 2xx metaservice answer: its media type (no parameters, lower case) and its text. */
export interface MetaAnswer {
  mediaType: string;
  text: string;
}

/**
 * A GET to a metaservice: X-Road-Client, credentials, retry (metaservices are idempotent). They carry no
 * personal data, so there is no audit record. Error answers become typed errors as for data calls.
 */
export async function getMetaservice(
  deps: CallDeps,
  path: string,
  options: MetaOptions = {},
): Promise<MetaAnswer> {
  const deadline = createDeadline(options.timeoutMs ?? deps.timeouts.callMs, options.signal);
  try {
    return await withRetry(
      async () => {
        const auth = await deps.auth.headers({ dispatcher: deps.dispatcher, signal: deadline.signal });
        const response = await send(
          {
            origin: deps.origin,
            path: deps.basePath + path,
            method: 'GET',
            headers: {
              accept: 'application/json',
              'x-road-client': clientHeader(deps.client),
              'x-road-id': deps.newId(),
              ...auth,
            },
          },
          {
            dispatcher: deps.dispatcher,
            signal: deadline.signal,
            headersTimeoutMs: deps.timeouts.headersMs,
            bodyTimeoutMs: deps.timeouts.bodyMs,
            maxBytes: deps.maxResponseBytes,
          },
        );
        if (response.status < 200 || response.status >= 300) throw responseToError(response, deps.now());
        const mediaType = (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        return { mediaType, text: Buffer.from(response.body).toString('utf8') };
      },
      deps.retry,
      { idempotent: true, signal: deadline.signal },
    );
  } catch (error) {
    throw deadline.error() ?? error;
  } finally {
    deadline.dispose();
  }
}

const isXml = (answer: MetaAnswer) =>
  /[/+]xml$/.test(answer.mediaType) || answer.text.trimStart().startsWith('<');

/** The answer as a JSON object; an XML answer (no JSON from this server) is a clear `ResponseError`. */
export function jsonObject(answer: MetaAnswer, what: string): Json {
  if (isXml(answer)) {
    throw new ResponseError({
      code: 'RESPONSE_NOT_JSON',
      message: `The ${what} metaservice answered in XML although JSON was asked for (Accept: application/json): check that nothing between the gateway and the security server drops the Accept header.`,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    throw malformed(what, 'is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw malformed(what);
  return body as Json;
}

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;
