/**
 * The refusals of sign-in. `SignInError` is an `AuthError` (so `AuthError.isInstance(e)` holds) with a
 * `SIGNIN_*` code; an identity provider that cannot be reached is an `UpstreamError`
 * (`IDENTITY_PROVIDER_UNAVAILABLE`, retryable), an answer that cannot be used a `ResponseError`
 * (`SIGNIN_ANSWER_INVALID`), a bad consent a `PolicyError` (`CONSENT_*`). Messages never carry a token,
 * a code, a secret or personal data.
 * @module
 */
import { AuthError, ResponseError, UpstreamError } from '@onceonly/core';

/** Sign-in could not complete: refused by the citizen, forged or replayed callback, token that does not verify. */
export class SignInError extends AuthError {
  static override readonly errorName = 'SignInError';
  static override readonly defaultCode = 'SIGNIN_TOKEN_INVALID';
}

export function unavailable(what: string, cause?: unknown): UpstreamError {
  return new UpstreamError({
    code: 'IDENTITY_PROVIDER_UNAVAILABLE',
    retryable: true,
    message: `The identity provider could not be reached or failed (${what}): try again later.`,
    cause: cause instanceof Error ? { name: cause.name } : undefined,
  });
}

export function answerInvalid(what: string): ResponseError {
  return new ResponseError({
    code: 'SIGNIN_ANSWER_INVALID',
    message: `The identity provider's answer cannot be used: ${what}.`,
  });
}

/**
 * An OAuth error code as the provider sent it (`invalid_grant`), or `unknown_error`: the callback URL
 * and error bodies are not trusted text, and nothing else from them goes into a message.
 */
export function oauthCode(value: unknown): string {
  return typeof value === 'string' && /^[a-z][a-z0-9_]{0,63}$/.test(value) ? value : 'unknown_error';
}
