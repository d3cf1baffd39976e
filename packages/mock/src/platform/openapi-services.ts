/** One OpenAPI operation per data service, from its definition. */
import type { ServiceEntry } from './registry.js';
import {
  type Json,
  ref,
  jsonContent,
  header,
  XROAD_ERROR_RESPONSE,
  PROBLEM_RESPONSE,
  RETRY_AFTER,
  ANSWER_HEADERS,
} from './openapi-helpers.js';

/** `operationId`s must be unique and plain. */
function operationId(entry: ServiceEntry): string {
  return entry.binding.service.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) =>
    c ? c.toUpperCase() : '',
  );
}

/** The URL path of a service: each identifier part percent-encoded on its own. */
export function servicePath(entry: ServiceEntry): string {
  return `/r1/${[entry.instance, entry.memberClass, entry.memberCode, entry.subsystemCode, entry.serviceCode]
    .map(encodeURIComponent)
    .join('/')}`;
}

export function serviceOperation(entry: ServiceEntry): Json {
  const service = entry.binding.service;
  // What the provider receives: the wire request when the service builds one (`toWire`).
  const requestSchema = (service.wireRequest ?? service.request) as Json;
  const parameters: Json[] = [
    header('X-Road-Client', 'The X-Road client id: INSTANCE/CLASS/MEMBER/SUBSYSTEM.', true),
    header('X-Road-Id', 'A UUID, new per logical call, the same on its retries.', false, {
      type: 'string',
      format: 'uuid',
    }),
    header('X-Road-UserId', 'Who initiated the call (ISO country prefix: VN...).'),
    header('X-Road-Issue', 'The dossier code that caused the call.'),
    header('X-Purpose', 'The purpose code, usually the procedure code.', true),
  ];
  if (service.requiresConsent) {
    parameters.push(header('X-Consent', `A consent token covering "${service.category}".`, true));
  }
  const operation: Json = {
    operationId: operationId(entry),
    summary: service.description ?? `${service.id} (${entry.xroadId})`,
    tags: [entry.providerId],
    parameters,
    responses: {
      200: {
        description: 'The record.',
        headers: {
          ...ANSWER_HEADERS,
          'X-Payload-Signature': {
            description: 'Detached JWS over the exact body bytes; kid in /providers/jwks.json.',
            schema: { type: 'string' },
          },
        },
        content: jsonContent({
          type: 'object',
          required: ['data', 'meta'],
          properties: { data: service.response, meta: ref('Meta') },
        }),
      },
      400: PROBLEM_RESPONSE('INVALID_REQUEST (provider) or Client.* (security server, with X-Road-Error).'),
      401: PROBLEM_RESPONSE('UNAUTHORIZED: the bearer token is missing, expired or invalid.', {
        'WWW-Authenticate': { schema: { type: 'string' } },
      }),
      403: PROBLEM_RESPONSE(
        'CONSENT_REQUIRED or PURPOSE_NOT_ALLOWED (provider), or AccessDenied (X-Road-Error).',
      ),
      404: PROBLEM_RESPONSE('NOT_FOUND: no record matches the query.'),
      429: PROBLEM_RESPONSE('RATE_LIMITED.', RETRY_AFTER),
      500: XROAD_ERROR_RESPONSE('A security-server error (UnknownService, ServiceFailed, ...).'),
      503: PROBLEM_RESPONSE('UNAVAILABLE.', RETRY_AFTER),
    },
  };
  if (service.method === 'POST') {
    operation.requestBody = { required: true, content: jsonContent(requestSchema) };
  } else {
    const properties = (requestSchema.properties ?? {}) as Record<string, Json>;
    const required = new Set(
      Array.isArray(requestSchema.required) ? (requestSchema.required as string[]) : [],
    );
    for (const [name, schema] of Object.entries(properties)) {
      parameters.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  return operation;
}
