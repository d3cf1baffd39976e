/** The OpenAPI paths of the metaservices, the token endpoint, the key sets and monitoring. */
import { TOKEN_PATH } from './token-endpoint.js';
import {
  type Json,
  ref,
  jsonContent,
  header,
  XROAD_ERROR_RESPONSE,
  ANSWER_HEADERS,
} from './openapi-helpers.js';

const SUBSYSTEM_PARAMS: Json[] = ['xRoadInstance', 'memberClass', 'memberCode', 'subsystemCode'].map(
  (name) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }),
);
const CLIENT_HEADER = header('X-Road-Client', 'The X-Road client id: INSTANCE/CLASS/MEMBER/SUBSYSTEM.', true);

export function platformPaths(): Json {
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
