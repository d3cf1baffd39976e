/** The shared schemas of the mock's OpenAPI document (envelope, errors, problem, token, events). */
import { dossierEventBatchSchema } from './monitoring.js';
import { TOKEN_PATH, TOKEN_TTL_SEC } from './token-endpoint.js';
import type { Json } from './openapi-helpers.js';

export function components(): Json {
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
            enum: [
              'invalid_request',
              'invalid_client',
              'invalid_grant',
              'unsupported_grant_type',
              'unsupported_token_type',
              'invalid_token',
            ],
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
          userinfo_endpoint: { type: 'string', format: 'uri' },
          revocation_endpoint: { type: 'string', format: 'uri' },
          consent_revocations_endpoint: {
            type: 'string',
            format: 'uri',
            description: 'Not registered metadata: where the revoked consent token ids are listed.',
          },
          code_challenge_methods_supported: { type: 'array', items: { const: 'S256' } },
          token_endpoint_auth_methods_supported: { type: 'array', items: { type: 'string' } },
        },
      },
      IdpTokenRequest: {
        type: 'object',
        required: ['grant_type', 'code', 'redirect_uri', 'code_verifier'],
        properties: {
          grant_type: { const: 'authorization_code' },
          code: { type: 'string' },
          redirect_uri: { type: 'string', format: 'uri' },
          code_verifier: { type: 'string', minLength: 43, maxLength: 128 },
          client_id: { type: 'string', description: 'The X-Road client id of the portal.' },
          client_secret: { type: 'string', description: 'client_secret_post only.' },
          client_assertion_type: { const: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' },
          client_assertion: { type: 'string', description: 'private_key_jwt only.' },
        },
      },
      IdpTokenResponse: {
        type: 'object',
        required: ['access_token', 'id_token', 'consent_token', 'token_type', 'expires_in'],
        properties: {
          access_token: { type: 'string', description: 'For GET /idp/userinfo.' },
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
