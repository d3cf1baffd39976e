/** `GET /idp/.well-known/openid-configuration`: the identity provider's metadata (OIDC Discovery 1.0). */
import type { IdentityProvider } from './identity-provider.js';
import { IDP_PATHS, type IdentityProviderOptions } from './idp-settings.js';
import { jsonResponse } from './responses.js';
import type { MockRequest, MockResponse } from './types.js';

/** The metadata, with endpoints at the origin the request came to and the issuer of that origin. */
export function openidConfiguration(
  request: MockRequest,
  deps: { idp: IdentityProvider; options: IdentityProviderOptions; scopes: string[] },
): MockResponse {
  const base = request.origin.replace(/\/+$/, '');
  const encrypted = deps.options.encryptedAnswers !== undefined;
  return jsonResponse(200, {
    issuer: deps.idp.issuerAt(request.origin),
    authorization_endpoint: `${base}${IDP_PATHS.authorize}`,
    token_endpoint: `${base}${IDP_PATHS.token}`,
    userinfo_endpoint: `${base}${IDP_PATHS.userinfo}`,
    revocation_endpoint: `${base}${IDP_PATHS.revoke}`,
    // Not a registered metadata name: where the revoked consent token ids are listed.
    consent_revocations_endpoint: `${base}${IDP_PATHS.revocations}`,
    jwks_uri: `${base}${IDP_PATHS.jwks}`,
    scopes_supported: deps.scopes,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['ES256', 'RS256', 'PS256', 'EdDSA'],
    revocation_endpoint_auth_methods_supported: [
      'client_secret_basic',
      'client_secret_post',
      'private_key_jwt',
    ],
    claims_supported: encrypted
      ? ['citizenPid', 'fullName', 'birthDate', 'accountType', 'accountLevel']
      : [
          'iss',
          'sub',
          'aud',
          'exp',
          'iat',
          'auth_time',
          'nonce',
          'TechID',
          'LoaiTaiKhoan',
          'HoVaTen',
          'SoDinhDanh',
          'NgayThangNamSinh',
          'loAs',
          'loginIdp',
        ],
    ui_locales_supported: ['vi', 'en'],
  });
}
