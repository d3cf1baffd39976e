/** The OpenAPI paths and schemas of what the identity provider serves relying parties besides the login flow. */
import { IDP_PATHS } from './idp-settings.js';
import { type Json, jsonContent, ref } from './openapi-helpers.js';

const CLIENT_AUTH =
  'Client authentication: client_secret_basic, client_secret_post or private_key_jwt (RFC 7523).';

export function idpPaths(): Json {
  return {
    [IDP_PATHS.userinfo]: {
      get: {
        operationId: 'idpUserinfo',
        summary:
          "The signed-in citizen's claims, for the access token of /idp/token (Authorization: Bearer).",
        responses: {
          200: {
            description: 'The claims; `{ data, key }` in the encrypted-answers mode.',
            content: jsonContent({ oneOf: [ref('IdpUserinfo'), ref('EncryptedAnswer')] }),
          },
          401: {
            description: 'invalid_token: missing, unknown or expired access token.',
            content: jsonContent(ref('OAuthError')),
          },
        },
      },
    },
    [IDP_PATHS.revoke]: {
      post: {
        operationId: 'idpRevoke',
        summary: `Revokes a consent token issued to this client (RFC 7009). ${CLIENT_AUTH}`,
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['token'],
                properties: { token: { type: 'string' }, token_type_hint: { const: 'consent_token' } },
              },
            },
          },
        },
        responses: {
          200: { description: 'Revoked, or unknown (RFC 7009 §2.2 answers both alike).' },
          400: {
            description: 'invalid_request, unsupported_token_type.',
            content: jsonContent(ref('OAuthError')),
          },
          401: { description: 'invalid_client.', content: jsonContent(ref('OAuthError')) },
        },
      },
    },
    [IDP_PATHS.revocations]: {
      get: {
        operationId: 'idpRevocations',
        summary:
          'The ids (jti) of the revoked consent tokens, for relying parties to refuse them before any call.',
        responses: { 200: { description: 'The list.', content: jsonContent(ref('RevocationList')) } },
      },
    },
  };
}

export function idpComponents(): Json {
  return {
    IdpUserinfo: {
      type: 'object',
      description: "The VNeID SSO's claim names (standard mode).",
      properties: {
        sub: { type: 'string' },
        TechID: { type: 'string' },
        LoaiTaiKhoan: { type: 'integer' },
        HoVaTen: { type: 'string' },
        SoDinhDanh: { type: 'string', pattern: '^\\d{12}$' },
        NgayThangNamSinh: {
          type: 'string',
          description: 'yyyyMMdd (yyyyMM or yyyy when only that is known).',
        },
        loAs: { enum: ['LoA1', 'LoA2'] },
        loginIdp: { type: 'string' },
      },
    },
    EncryptedAnswer: {
      type: 'object',
      required: ['data', 'key'],
      description:
        'The direct VNeID integration: key = base64(RSA-OAEP-SHA-256(AES-256 key)), data = base64(IV ‖ AES-256-GCM ciphertext ‖ tag).',
      properties: { data: { type: 'string' }, key: { type: 'string' } },
    },
    RevocationList: {
      type: 'object',
      required: ['issuer', 'revoked'],
      properties: {
        issuer: { type: 'string', format: 'uri' },
        revoked: { type: 'array', items: { type: 'string' } },
      },
    },
  };
}
