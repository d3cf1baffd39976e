/**
 * The back channel of a sign-in: the code for tokens (client authenticated, PKCE), the ID token's
 * claims and signature (standard OIDC), then userinfo, mapped to `SignedInCitizen`.
 * @module
 */
import { errors as joseErrors, jwtVerify } from 'jose';
import * as oauth from 'oauth4webapi';
import type { SignedInCitizen } from './citizen.js';
import { answerInvalid, unavailable } from './errors.js';
import { mapCitizen } from './map-claims.js';
import { idTokenInvalid, mapOAuthError } from './oauth-errors.js';
import type { RelyingPartyOptions } from './options.js';
import type { Provider } from './provider.js';
import type { SignInResult, SignInTransaction } from './relying-party.js';

export async function exchangeAndRead(
  provider: Provider,
  options: RelyingPartyOptions,
  as: oauth.AuthorizationServer,
  params: URLSearchParams,
  transaction: SignInTransaction,
): Promise<SignInResult> {
  const profile = options.profile;
  let tokens: oauth.TokenEndpointResponse;
  try {
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      provider.client,
      await provider.clientAuth(),
      params,
      options.redirectUri,
      transaction.codeVerifier,
      provider.http,
    );
    tokens = await oauth.processAuthorizationCodeResponse(
      as,
      provider.client,
      response,
      profile.idToken ? { expectedNonce: transaction.nonce!, requireIdToken: true } : {},
    );
  } catch (error) {
    throw mapOAuthError(error, 'token');
  }
  let subject: string | typeof oauth.skipSubjectCheck = oauth.skipSubjectCheck;
  if (profile.idToken) {
    await verifyIdTokenSignature(tokens.id_token!, as, options, provider);
    subject = oauth.getValidatedIdTokenClaims(tokens)!.sub;
  }
  const consentToken = tokens.consent_token;
  if (typeof consentToken !== 'string' || consentToken === '') {
    throw answerInvalid('the token answer carries no consent_token');
  }
  const claims = await readUserinfo(provider, as, tokens.access_token, subject, profile.idToken);
  const citizen: SignedInCitizen = mapCitizen(claims, profile.claims, profile.name);
  return { citizen, consentToken };
}

/** oauth4webapi checks the ID token's claims; its signature is checked here, against the provider's keys. */
async function verifyIdTokenSignature(
  idToken: string,
  as: oauth.AuthorizationServer,
  options: RelyingPartyOptions,
  provider: Provider,
): Promise<void> {
  if (!options.keys && !as.jwks_uri) throw answerInvalid('the discovery document names no jwks_uri');
  try {
    await jwtVerify(idToken, provider.signingKeys(as), {
      issuer: as.issuer,
      audience: options.clientId,
      algorithms: as.id_token_signing_alg_values_supported ?? ['RS256'],
      clockTolerance: options.clockToleranceSec ?? 30,
    });
  } catch (error) {
    // The key set could not be fetched (network, timeout, non-200): not the token's fault.
    const keysDown =
      error instanceof joseErrors.JWKSTimeout ||
      !(error instanceof joseErrors.JOSEError) ||
      (error.code === 'ERR_JOSE_GENERIC' && !options.keys);
    if (keysDown) throw unavailable('signing keys (jwks_uri)', error);
    if (
      error instanceof joseErrors.JWSSignatureVerificationFailed ||
      error instanceof joseErrors.JWKSNoMatchingKey
    ) {
      throw idTokenInvalid("its signature does not verify with the identity provider's keys");
    }
    if (error instanceof joseErrors.JOSEAlgNotAllowed) throw idTokenInvalid('its algorithm is not allowed');
    if (error instanceof joseErrors.JWTExpired) throw idTokenInvalid('it has expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      throw idTokenInvalid(`its "${error.claim}" claim is not acceptable`);
    }
    throw idTokenInvalid('it is not a valid signed JWT');
  }
}

async function readUserinfo(
  provider: Provider,
  as: oauth.AuthorizationServer,
  accessToken: string,
  subject: string | typeof oauth.skipSubjectCheck,
  standard: boolean,
): Promise<Record<string, unknown>> {
  try {
    const response = await oauth.userInfoRequest(as, provider.client, accessToken, provider.http);
    if (standard) {
      return (await oauth.processUserInfoResponse(as, provider.client, subject, response)) as Record<
        string,
        unknown
      >;
    }
    // The direct integration's userinfo has no `sub`: the decrypted JSON is read as it is.
    if (!response.ok) {
      await response.body?.cancel();
      throw response.status >= 500
        ? unavailable(`userinfo answered ${response.status}`)
        : answerInvalid(`userinfo answered ${response.status}`);
    }
    const body = (await response.json()) as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw answerInvalid('userinfo is not a JSON object');
    return body as Record<string, unknown>;
  } catch (error) {
    throw mapOAuthError(error, 'userinfo');
  }
}
