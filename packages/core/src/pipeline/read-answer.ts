import { isUtf8 } from 'node:buffer';
import { ResponseError } from '../errors/onceonly-error.js';
import type { ServiceDefinition } from '../service/define-service.js';
import { compileSchema } from '../service/schema-validator.js';
import type { HttpResponse } from '../transport/send.js';
import type { Answer } from './profile.js';

export type { Answer };

function malformed(serviceId: string, what: string): ResponseError {
  return new ResponseError({
    code: 'RESPONSE_MALFORMED',
    serviceId,
    message: `The answer of ${serviceId} is malformed: ${what}. It was discarded; report it to the provider.`,
  });
}

/**
 * The REST profile's decoder. Parses a 2xx answer (already size-limited and signature-checked) and validates `data` against the
 * service's schema. A broken answer is a `ResponseError`, never a half-typed object.
 */
export function readAnswer<TWire>(
  response: HttpResponse,
  service: Pick<ServiceDefinition, 'id' | 'response'>,
): Answer<TWire> {
  const type = response.headers['content-type'] ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type))
    throw malformed(service.id, 'the content type is not JSON');
  let body: unknown;
  try {
    // Invalid UTF-8 is refused, never replaced with U+FFFD (isUtf8 is native and cheaper than a fatal TextDecoder).
    const bytes = Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength);
    if (!isUtf8(bytes)) throw new Error('not UTF-8');
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw malformed(service.id, 'the body is not valid UTF-8 JSON');
  }
  if (typeof body !== 'object' || body === null || !('data' in body))
    throw malformed(service.id, 'the body has no "data"');
  const meta = (body as { meta?: { provider?: unknown; retrievedAt?: unknown } }).meta;
  if (
    typeof meta?.provider !== 'string' ||
    typeof meta.retrievedAt !== 'string' ||
    Number.isNaN(Date.parse(meta.retrievedAt))
  ) {
    throw malformed(service.id, 'meta.provider or meta.retrievedAt is missing or invalid');
  }
  const data = (body as { data: unknown }).data;
  checkAnswerData(service, data);
  return { data: data as TWire, provider: meta.provider, retrievedAt: meta.retrievedAt };
}

/** The answer's `data` against the service's response schema (both profiles): `RESPONSE_SCHEMA` naming where, never what. */
export function checkAnswerData(service: Pick<ServiceDefinition, 'id' | 'response'>, data: unknown): void {
  const check = compileSchema(service.response).check(data);
  if (!check.ok) {
    const where = check.problems
      .slice(0, 5)
      .map((p) => `${p.path} (${p.rule})`)
      .join(', ');
    throw new ResponseError({
      code: 'RESPONSE_SCHEMA',
      serviceId: service.id,
      message: `The answer of ${service.id} breaks the service's response schema at ${where}. It was discarded.`,
    });
  }
}
