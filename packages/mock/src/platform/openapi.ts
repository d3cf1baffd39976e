import type { Registry, ServiceEntry } from './registry.js';
import { TOKEN_PATH, TOKEN_TTL_SEC } from './token-endpoint.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: Json): Json => ({ 'application/json': { schema } });
const header = (
  name: string,
  description: string,
  required = false,
  schema: Json = { type: 'string' },
): Json => ({
  name,
  in: 'header',
  required,
  description,
  schema,
});

const XROAD_ERROR_RESPONSE = (description: string): Json => ({
  description,
  headers: { 'X-Road-Error': { description: 'The X-Road error type.', schema: { type: 'string' } } },
  content: jsonContent(ref('XRoadError')),
});
const PROBLEM_RESPONSE = (description: string, headers: Json = {}): Json => ({
  description,
  headers,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } };
const ANSWER_HEADERS: Json = {
  'X-Road-Id': {
    description: 'The X-Road id of the call (echoed or generated).',
    schema: { type: 'string', format: 'uuid' },
  },
  'X-Road-Client': { description: 'The calling client.', schema: { type: 'string' } },
  'X-Road-Service': { description: 'The service called.', schema: { type: 'string' } },
  'X-Road-Request-Id': {
    description: 'Unique id of this request.',
    schema: { type: 'string', format: 'uuid' },
  },
  'X-Road-Request-Hash': {
    description: 'base64 SHA-512(SHA-512(canonical request headers) + SHA-512(body)).',
    schema: { type: 'string' },
  },
};

function components(): Json {
  return {
    schemas: {
      XRoadError: {
        type: 'object',
        required: ['type', 'message', 'detail'],
        properties: { type: { type: 'string' }, message: { type: 'string' }, detail: { type: 'string' } },
      },
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'code'],
        properties: {
          type: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          status: { type: 'integer' },
          code: {
            type: 'string',
            enum: [
              'INVALID_REQUEST',
              'NOT_FOUND',
              'CONSENT_REQUIRED',
              'PURPOSE_NOT_ALLOWED',
              'RATE_LIMITED',
              'UNAVAILABLE',
              'UNAUTHORIZED',
              'INTERNAL_ERROR',
            ],
          },
          detail: { type: 'string' },
          errors: {
            type: 'array',
            items: { type: 'object', properties: { path: { type: 'string' }, rule: { type: 'string' } } },
          },
        },
      },
      Meta: {
        type: 'object',
        required: ['provider', 'retrievedAt'],
        properties: { provider: { type: 'string' }, retrievedAt: { type: 'string', format: 'date-time' } },
      },
      Jwks: {
        type: 'object',
        required: ['keys'],
        properties: { keys: { type: 'array', items: { type: 'object' } } },
      },
      TokenRequest: {
        type: 'object',
        required: ['grant_type'],
        properties: {
          grant_type: { type: 'string', enum: ['client_credentials'] },
          scope: { type: 'string' },
          client_id: { type: 'string' },
          client_assertion_type: {
            type: 'string',
            enum: ['urn:ietf:params:oauth:client-assertion-type:jwt-bearer'],
          },
          client_assertion: { type: 'string' },
        },
      },
      TokenResponse: {
        type: 'object',
        required: ['access_token', 'token_type', 'expires_in'],
        properties: {
          access_token: { type: 'string' },
          token_type: { type: 'string', enum: ['Bearer'] },
          expires_in: { type: 'integer', examples: [TOKEN_TTL_SEC] },
        },
      },
      OAuthError: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'string',
            enum: ['invalid_request', 'invalid_client', 'invalid_grant', 'unsupported_grant_type'],
          },
          error_description: { type: 'string' },
        },
      },
      ServiceList: {
        type: 'object',
        required: ['service'],
        properties: {
          service: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                object_type: { const: 'SERVICE' },
                xroad_instance: { type: 'string' },
                member_class: { type: 'string' },
                member_code: { type: 'string' },
                subsystem_code: { type: 'string' },
                service_code: { type: 'string' },
                service_type: { const: 'REST' },
              },
            },
          },
        },
      },
      ClientList: {
        type: 'object',
        required: ['member'],
        properties: {
          member: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'object',
                  properties: {
                    object_type: { type: 'string' },
                    xroad_instance: { type: 'string' },
                    member_class: { type: 'string' },
                    member_code: { type: 'string' },
                    subsystem_code: { type: 'string' },
                  },
                },
                name: { type: 'string' },
              },
            },
          },
        },
      },
    },
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'Only where the API manager demands a token.' },
      oauth2: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: TOKEN_PATH, scopes: {} } } },
    },
  };
}

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

function serviceOperation(entry: ServiceEntry): Json {
  const service = entry.binding.service;
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
            description: 'Detached JWS over the exact body bytes; kid in /.well-known/jwks.json.',
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
    operation.requestBody = { required: true, content: jsonContent(service.request) };
  } else {
    const properties = (service.request.properties ?? {}) as Record<string, Json>;
    const required = new Set(
      Array.isArray(service.request.required) ? (service.request.required as string[]) : [],
    );
    for (const [name, schema] of Object.entries(properties)) {
      parameters.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  return operation;
}

const SUBSYSTEM_PARAMS: Json[] = ['xRoadInstance', 'memberClass', 'memberCode', 'subsystemCode'].map(
  (name) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }),
);
const CLIENT_HEADER = header('X-Road-Client', 'The X-Road client id: INSTANCE/CLASS/MEMBER/SUBSYSTEM.', true);

function platformPaths(): Json {
  const jwks = (description: string): Json => ({
    get: {
      operationId: description.replace(/\W/g, ''),
      summary: description,
      responses: { 200: { description: 'JWKS', content: jsonContent(ref('Jwks')) } },
    },
  });
  const metaservice = (
    name: string,
    summary: string,
    extra: Json[] = [],
    content: Json = jsonContent(ref('ServiceList')),
  ): Json => ({
    get: {
      operationId: name,
      summary,
      parameters: [...SUBSYSTEM_PARAMS, CLIENT_HEADER, ...extra],
      responses: {
        200: { description: summary, headers: ANSWER_HEADERS, content },
        400: XROAD_ERROR_RESPONSE('The request breaks the protocol.'),
        403: XROAD_ERROR_RESPONSE('Unknown client.'),
        500: XROAD_ERROR_RESPONSE('No such provider or service.'),
      },
    },
  });
  return {
    '/listClients': {
      get: {
        operationId: 'listClients',
        summary: 'Members and subsystems of the instance.',
        parameters: [CLIENT_HEADER],
        responses: {
          200: { description: 'The clients.', content: jsonContent(ref('ClientList')) },
          400: XROAD_ERROR_RESPONSE('The request breaks the protocol.'),
        },
      },
    },
    '/r1/{xRoadInstance}/{memberClass}/{memberCode}/{subsystemCode}/listMethods': metaservice(
      'listMethods',
      'The REST services of a provider subsystem.',
    ),
    '/r1/{xRoadInstance}/{memberClass}/{memberCode}/{subsystemCode}/allowedMethods': metaservice(
      'allowedMethods',
      'The services of a provider subsystem that the client may call.',
    ),
    '/r1/{xRoadInstance}/{memberClass}/{memberCode}/{subsystemCode}/getOpenAPI': metaservice(
      'getOpenAPI',
      'The OpenAPI 3.1 document of one service.',
      [{ name: 'serviceCode', in: 'query', required: true, schema: { type: 'string' } }],
      jsonContent({ type: 'object' }),
    ),
    [TOKEN_PATH]: {
      post: {
        operationId: 'token',
        summary: 'OAuth 2.0 client credentials (client_secret_basic or private_key_jwt).',
        requestBody: {
          required: true,
          content: { 'application/x-www-form-urlencoded': { schema: ref('TokenRequest') } },
        },
        responses: {
          200: { description: 'An access token.', content: jsonContent(ref('TokenResponse')) },
          400: { description: 'A malformed request.', content: jsonContent(ref('OAuthError')) },
          401: { description: 'Client authentication failed.', content: jsonContent(ref('OAuthError')) },
        },
      },
    },
    '/.well-known/jwks.json': jwks('Payload signature keys of the providers'),
    '/idp/jwks.json': jwks('Consent token keys of the identity provider'),
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document.',
        responses: { 200: { description: 'OpenAPI 3.1', content: jsonContent({ type: 'object' }) } },
      },
    },
  };
}

/**
 * The contract as OpenAPI 3.1, generated from the service definitions: one path per service, the
 * metaservices, the token endpoint and the key sets. With `only`, the document of one service (for
 * the `getOpenAPI` metaservice).
 */
export function buildOpenApi(registry: Registry, baseUrl: string, only?: ServiceEntry): Json {
  const paths: Json = {};
  for (const entry of only ? [only] : registry.services) {
    paths[servicePath(entry)] = { [entry.binding.service.method.toLowerCase()]: serviceOperation(entry) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: only ? `${only.binding.service.id} (onceonly mock)` : 'onceonly mock platform',
      version: '1.0.0',
      description:
        'X-Road Message Protocol for REST (r1) with the onceonly extension headers, as docs/contract.md describes it.',
    },
    servers: [{ url: baseUrl }],
    paths: only ? paths : { ...paths, ...platformPaths() },
    components: components(),
  };
}
