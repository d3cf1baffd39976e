import { IDP_PATHS } from './idp-authorize.js';
import { dossierEventBatchSchema, MAX_IDEMPOTENCY_KEY_LENGTH, MONITORING_EVENTS_PATH } from './monitoring.js';
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
              'IDEMPOTENCY_KEY_REUSED',
              'BATCH_TOO_LARGE',
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
      OpenIdConfiguration: {
        type: 'object',
        required: [
          'issuer',
          'authorization_endpoint',
          'token_endpoint',
          'jwks_uri',
          'scopes_supported',
          'response_types_supported',
          'id_token_signing_alg_values_supported',
        ],
        properties: {
          issuer: { type: 'string', format: 'uri' },
          authorization_endpoint: { type: 'string', format: 'uri' },
          token_endpoint: { type: 'string', format: 'uri' },
          jwks_uri: { type: 'string', format: 'uri' },
          scopes_supported: { type: 'array', items: { type: 'string' } },
          response_types_supported: { type: 'array', items: { const: 'code' } },
          id_token_signing_alg_values_supported: { type: 'array', items: { const: 'ES256' } },
        },
      },
      IdpTokenRequest: {
        type: 'object',
        required: ['grant_type', 'code', 'redirect_uri', 'client_id'],
        properties: {
          grant_type: { const: 'authorization_code' },
          code: { type: 'string' },
          redirect_uri: { type: 'string', format: 'uri' },
          client_id: { type: 'string', description: 'The X-Road client id of the portal.' },
        },
      },
      IdpTokenResponse: {
        type: 'object',
        required: ['id_token', 'consent_token', 'token_type', 'expires_in'],
        properties: {
          id_token: { type: 'string', description: 'OIDC ID token (ES256): iss, sub, aud, nonce, iat, exp.' },
          consent_token: {
            type: 'string',
            description: 'The consent token to send in X-Consent: sub, aud, scope, purpose, exp, jti.',
          },
          token_type: { const: 'Bearer' },
          expires_in: { type: 'integer' },
          scope: { type: 'string' },
        },
      },
      DossierEventBatch: dossierEventBatchSchema,
      DossierEventsAccepted: {
        type: 'object',
        required: ['accepted', 'duplicates'],
        properties: {
          accepted: { type: 'integer', minimum: 0, description: 'Events counted for the first time.' },
          duplicates: { type: 'integer', minimum: 0, description: 'Events whose id was seen before.' },
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
                service_type: { enum: ['REST', 'OPENAPI', 'WSDL'] },
                endpoint_list: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['method', 'path'],
                    properties: { method: { type: 'string' }, path: { type: 'string' } },
                  },
                },
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
                    object_type: { enum: ['MEMBER', 'SUBSYSTEM'] },
                    xroad_instance: { type: 'string' },
                    member_class: { type: 'string' },
                    member_code: { type: 'string' },
                    subsystem_code: { type: 'string' },
                  },
                },
                name: { type: 'string', description: "The member's name." },
                subsystem_name: { type: 'string', description: "The subsystem's name (SUBSYSTEM entries)." },
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
        500: XROAD_ERROR_RESPONSE('Unknown client (AccessDenied), or no such provider or service.'),
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
      'The OpenAPI 3.1 document of one service, as the provider publishes it (YAML by default).',
      [{ name: 'serviceCode', in: 'query', required: true, schema: { type: 'string' } }],
      { 'text/yaml': { schema: { type: 'string' } }, ...jsonContent({ type: 'object' }) },
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
    '/providers/jwks.json': jwks('Payload signature keys of the providers (a security server serves none)'),
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

const HTML = (description: string): Json => ({
  description,
  content: { 'text/html; charset=utf-8': { schema: { type: 'string' } } },
});
const formBody = (schema: Json): Json => ({
  required: true,
  content: { 'application/x-www-form-urlencoded': { schema } },
});

/** The identity provider's login and consent flow, and the monitoring intake. */
function flowPaths(): Json {
  const query = (name: string, required: boolean, description: string): Json => ({
    name,
    in: 'query',
    required,
    description,
    schema: { type: 'string' },
  });
  return {
    [IDP_PATHS.configuration]: {
      get: {
        operationId: 'openidConfiguration',
        summary: 'OpenID Provider metadata of the identity provider.',
        responses: {
          200: { description: 'The metadata.', content: jsonContent(ref('OpenIdConfiguration')) },
        },
      },
    },
    [IDP_PATHS.authorize]: {
      get: {
        operationId: 'idpAuthorize',
        summary: 'OIDC authorization request: the persona picker page.',
        parameters: [
          query('response_type', true, 'Only `code`.'),
          query('client_id', true, 'The X-Road client id of a registered portal.'),
          query('redirect_uri', true, 'An absolute http(s) URL, without a fragment.'),
          query('scope', true, '`openid` and at least one data category (`population.basic`).'),
          query('purpose', true, 'The purpose code, usually the procedure code.'),
          query('state', false, 'Returned unchanged with the code or the error.'),
          query('nonce', false, 'Copied into the ID token.'),
          query('q', false, 'Filters the personas by name (diacritic-insensitive) or by tag.'),
        ],
        responses: {
          200: HTML('The persona picker: at most 50 personas, each a form posting to /idp/consent.'),
          400: HTML('An invalid request, named on the page; nobody is redirected.'),
        },
      },
    },
    [IDP_PATHS.consent]: {
      post: {
        operationId: 'idpConsent',
        summary: 'The consent page for the chosen persona.',
        requestBody: formBody({
          type: 'object',
          required: ['request', 'persona'],
          properties: { request: { type: 'string' }, persona: { type: 'string' } },
        }),
        responses: {
          200: HTML('Who asks, why, for which data; Agree or Refuse (posting to /idp/decision).'),
          400: HTML('Unknown or expired request, or unknown persona.'),
        },
      },
    },
    [IDP_PATHS.decision]: {
      post: {
        operationId: 'idpDecision',
        summary: "The citizen's answer.",
        requestBody: formBody({
          type: 'object',
          required: ['ticket', 'decision'],
          properties: { ticket: { type: 'string' }, decision: { type: 'string', enum: ['agree', 'refuse'] } },
        }),
        responses: {
          302: {
            description:
              'Back to redirect_uri with `code` and `state` (agree) or `error=access_denied` and `state`.',
            headers: { Location: { schema: { type: 'string', format: 'uri' } } },
          },
          400: HTML('No explicit answer, or an unknown, answered or expired ticket: nothing is issued.'),
        },
      },
    },
    [IDP_PATHS.token]: {
      post: {
        operationId: 'idpToken',
        summary:
          'Exchanges a code (single use, 60 s, bound to client and redirect_uri) for an ID token and a consent token.',
        requestBody: formBody(ref('IdpTokenRequest')),
        responses: {
          200: { description: 'The tokens.', content: jsonContent(ref('IdpTokenResponse')) },
          400: {
            description: 'invalid_request, invalid_grant, unsupported_grant_type.',
            content: jsonContent(ref('OAuthError')),
          },
          401: {
            description: 'invalid_client: not a registered client.',
            content: jsonContent(ref('OAuthError')),
          },
        },
      },
    },
    [MONITORING_EVENTS_PATH]: {
      post: {
        operationId: 'reportDossierEvents',
        summary: 'A batch of dossier events for the national monitoring system.',
        parameters: [
          header('Idempotency-Key', 'A key per batch: the same key and body replay the first answer.', true, {
            type: 'string',
            minLength: 1,
            maxLength: MAX_IDEMPOTENCY_KEY_LENGTH,
          }),
          header('X-Road-Client', 'Optional: scopes the idempotency keys to this client.'),
        ],
        requestBody: { required: true, content: jsonContent(ref('DossierEventBatch')) },
        responses: {
          202: {
            description:
              'Accepted; a repeated event id is acknowledged as a duplicate and not counted twice.',
            headers: {
              'Idempotent-Replayed': {
                description: '`true` on a replayed answer.',
                schema: { type: 'string' },
              },
            },
            content: jsonContent(ref('DossierEventsAccepted')),
          },
          400: PROBLEM_RESPONSE(
            'INVALID_REQUEST: no or bad Idempotency-Key, not JSON, or breaks the schema.',
          ),
          413: PROBLEM_RESPONSE('BATCH_TOO_LARGE: more than 500 events.'),
          422: PROBLEM_RESPONSE('IDEMPOTENCY_KEY_REUSED: the key was used with another body.'),
        },
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
    paths: only ? paths : { ...paths, ...platformPaths(), ...flowPaths() },
    components: components(),
  };
}
