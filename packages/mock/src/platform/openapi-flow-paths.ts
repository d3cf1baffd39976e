/** The OpenAPI paths of the identity provider's login and consent flow. */
import { IDP_PATHS } from './idp-authorize.js';
import { MAX_IDEMPOTENCY_KEY_LENGTH, MONITORING_EVENTS_PATH } from './monitoring.js';
import { type Json, ref, jsonContent, header, PROBLEM_RESPONSE } from './openapi-helpers.js';

const HTML = (description: string): Json => ({
  description,
  content: { 'text/html; charset=utf-8': { schema: { type: 'string' } } },
});
const formBody = (schema: Json): Json => ({
  required: true,
  content: { 'application/x-www-form-urlencoded': { schema } },
});

/** The identity provider's login and consent flow, and the monitoring intake. */
export function flowPaths(): Json {
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
          query('code_challenge', true, 'PKCE (RFC 7636): BASE64URL(SHA-256(code_verifier)).'),
          query('code_challenge_method', true, 'Only `S256`.'),
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
          'Exchanges a code (single use, 60 s, bound to client, redirect_uri and PKCE challenge) for an access token, an ID token and a consent token. Client authentication: client_secret_basic, client_secret_post or private_key_jwt.',
        requestBody: formBody(ref('IdpTokenRequest')),
        responses: {
          200: {
            description: 'The tokens; `{ data, key }` (no ID token) in the encrypted-answers mode.',
            content: jsonContent({ oneOf: [ref('IdpTokenResponse'), ref('EncryptedAnswer')] }),
          },
          400: {
            description: 'invalid_request, invalid_grant, unsupported_grant_type.',
            content: jsonContent(ref('OAuthError')),
          },
          401: {
            description: 'invalid_client: client authentication failed or missing.',
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
