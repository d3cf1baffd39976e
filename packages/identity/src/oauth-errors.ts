/**
 * oauth4webapi's errors → the SDK's. What the identity provider said (`invalid_grant`, ...) is kept as
 * `upstreamCode`; nothing of the request, token or code is copied into a message.
 * @module
 */
import { OnceOnlyError } from '@onceonly/core';
import * as oauth from 'oauth4webapi';
import { answerInvalid, oauthCode, SignInError, unavailable } from './errors.js';

export type Stage = 'discovery' | 'token' | 'userinfo' | 'revocation';

export function mapOAuthError(error: unknown, stage: Stage): OnceOnlyError {
  if (OnceOnlyError.isInstance(error)) return error;
  if (error instanceof oauth.ResponseBodyError) {
    if (error.status >= 500) return unavailable(`${stage} answered ${error.status}`);
    if (stage === 'token') {
      return new SignInError({
        code: 'SIGNIN_CODE_REJECTED',
        status: error.status,
        upstreamCode: oauthCode(error.error),
        message: `The identity provider refused the code exchange (${oauthCode(error.error)}): the code expired or was used, the PKCE verifier or redirect URI does not match, or the client credentials are wrong. Start the sign-in again; if it persists, check clientAuth and redirectUri.`,
      });
    }
    return answerInvalid(`${stage} answered ${error.status} (${oauthCode(error.error)})`);
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    if (stage === 'token') {
      // RFC 6749 §5.2: a 401 with a challenge at the token endpoint is a failed client authentication.
      return new SignInError({
        code: 'SIGNIN_CODE_REJECTED',
        status: error.status,
        upstreamCode: 'invalid_client',
        message:
          'The identity provider refused the client authentication (invalid_client): check clientId and clientAuth.',
      });
    }
    return answerInvalid(`${stage} refused the access token (${error.status})`);
  }
  if (error instanceof oauth.OperationProcessingError) {
    const cause = error.cause as { claim?: unknown; status?: unknown } | undefined;
    if (error.code === oauth.JWT_CLAIM_COMPARISON && cause?.claim === 'nonce') {
      return new SignInError({
        code: 'SIGNIN_NONCE_MISMATCH',
        message:
          "The ID token's nonce is not the one of this sign-in (a replayed or injected token): nothing was accepted. Start the sign-in again.",
      });
    }
    if (error.code === oauth.JWT_CLAIM_COMPARISON || error.code === oauth.JWT_TIMESTAMP_CHECK) {
      const claim = typeof cause?.claim === 'string' ? cause.claim : 'exp/iat';
      return idTokenInvalid(`its "${claim}" claim is not acceptable`);
    }
    if (
      error.code === oauth.RESPONSE_IS_NOT_CONFORM &&
      typeof cause?.status === 'number' &&
      cause.status >= 500
    ) {
      return unavailable(`${stage} answered ${cause.status}`);
    }
    if (error.code === oauth.RESPONSE_IS_NOT_CONFORM || error.code === oauth.RESPONSE_IS_NOT_JSON) {
      return answerInvalid(`${stage} answered with an unexpected status or body`);
    }
    if (error.code === oauth.JSON_ATTRIBUTE_COMPARISON && stage === 'discovery') {
      return answerInvalid("the discovery document's issuer is not the configured issuer");
    }
    if (error.code === oauth.JSON_ATTRIBUTE_COMPARISON && stage === 'userinfo') {
      return answerInvalid('userinfo is about another subject than the ID token');
    }
    return answerInvalid(`${stage}: ${error.code ?? 'invalid answer'}`);
  }
  if (error instanceof oauth.UnsupportedOperationError) {
    return idTokenInvalid('it uses an unsupported algorithm');
  }
  // fetch failed (refused, reset, DNS, TLS) or an abort.
  return unavailable(stage, error);
}

export function idTokenInvalid(why: string): SignInError {
  return new SignInError({
    code: 'SIGNIN_TOKEN_INVALID',
    message: `The ID token does not verify (${why}): nothing was accepted. Start the sign-in again; if it persists, check issuer and clientId.`,
  });
}
