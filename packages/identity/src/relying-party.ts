/**
 * `createRelyingParty`: the portal's side of the OpenID Connect authorization code flow with PKCE,
 * state and nonce, on oauth4webapi. `authorizationUrl()` starts a sign-in and returns what the portal
 * keeps in its session; `callback()` checks the redirect, exchanges the code, verifies the ID token
 * (when the profile has one), reads userinfo and returns the typed citizen and the consent token.
 * @module
 */
import type { ConsentClaims } from '@onceonly/core';
import { InputError } from '@onceonly/core';
import * as oauth from 'oauth4webapi';
import type { SignedInCitizen } from './citizen.js';
import { answerInvalid, oauthCode, SignInError } from './errors.js';
import { exchangeAndRead } from './exchange.js';
import { mapOAuthError } from './oauth-errors.js';
import { checkOptions, type RelyingPartyOptions } from './options.js';
import { createProvider } from './provider.js';
import { type RevocationCheck, revocationList } from './revocation-list.js';
import { type VerifyConsentOptions, verifyConsent } from './verify-consent.js';

/** What `authorizationUrl()` returns: JSON-serialisable, for the portal's (server-side) session. */
export interface SignInTransaction {
  /** Where to redirect the browser. */
  url: string;
  state: string;
  /** `null` for a profile without ID token (direct VNeID), which has no nonce. */
  nonce: string | null;
  /** The PKCE verifier: keep it server-side, never in the browser. */
  codeVerifier: string;
}

export interface AuthorizationUrlOptions {
  /** Data categories to ask consent for (`population.basic`, ...); `openid` is added. */
  scope: string | readonly string[];
  /** The procedure the data is for (its code, e.g. `1.001193`): shown on the consent page. */
  purpose: string;
  /** Extra authorization parameters (`acr_values`, `ui_locales`, ...). */
  params?: Record<string, string>;
}

export interface SignInResult {
  citizen: SignedInCitizen;
  /** The consent token (`consent_token` of the token answer): for `ctx.consent`. */
  consentToken: string;
}

/** What the portal's X-Road call will need the consent to cover. */
export type ConsentExpectation = Pick<VerifyConsentOptions, 'subject' | 'category' | 'purpose'> &
  Partial<Pick<VerifyConsentOptions, 'audience' | 'signal'>>;

export interface RelyingParty {
  authorizationUrl(options: AuthorizationUrlOptions): Promise<SignInTransaction>;
  callback(callbackUrl: string | URL, transaction: SignInTransaction): Promise<SignInResult>;
  /**
   * `verifyConsent` with this provider's keys (`jwks_uri`), issuer and revocation list (the discovery
   * document's `consent_revocations_endpoint`, when it has one). `audience` defaults to `clientId`.
   */
  verifyConsent(token: string, expected: ConsentExpectation): Promise<ConsentClaims>;
  /** Revokes a consent token at the provider's `revocation_endpoint` (RFC 7009): the citizen withdrew it. */
  revokeConsent(token: string): Promise<void>;
}

const RESERVED = new Set([
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'purpose',
]);

/**
 * @example
 * const rp = createRelyingParty({
 *   issuer: 'https://sso.example.gov.vn/realms/citizen', clientId: 'VN/GOV/000.00.00.H23/PORTAL',
 *   redirectUri: 'https://portal.example.gov.vn/login/callback',
 *   clientAuth: { method: 'client_secret_basic', clientSecret: process.env.IDP_SECRET! },
 *   profile: oidcProfile(),
 * });
 */
export function createRelyingParty(options: RelyingPartyOptions): RelyingParty {
  const { insecure } = checkOptions(options);
  const provider = createProvider(options, insecure);
  const profile = options.profile;
  let revocation: { url: string; check: RevocationCheck } | undefined;

  return {
    async authorizationUrl({ scope, purpose, params }) {
      const categories = typeof scope === 'string' ? scope.split(' ') : [...scope];
      if (categories.some((c) => typeof c !== 'string' || !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(c))) {
        throw new InputError({
          code: 'INVALID_OPTION',
          message: 'scope must be data category codes (population.basic, ...).',
          fields: ['scope'],
        });
      }
      if (typeof purpose !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(purpose)) {
        throw new InputError({
          code: 'INVALID_OPTION',
          message: 'purpose must be a procedure code (e.g. 1.001193).',
          fields: ['purpose'],
        });
      }
      const as = await provider.metadata();
      if (!as.authorization_endpoint)
        throw answerInvalid('the discovery document names no authorization_endpoint');
      const state = oauth.generateRandomState();
      const nonce = profile.idToken ? oauth.generateRandomNonce() : null;
      const codeVerifier = oauth.generateRandomCodeVerifier();
      const url = new URL(as.authorization_endpoint);
      for (const [name, value] of Object.entries(params ?? {})) {
        if (RESERVED.has(name)) {
          throw new InputError({
            code: 'INVALID_OPTION',
            message: `params may not set ${name}: the relying party sets it.`,
            fields: [`params.${name}`],
          });
        }
        url.searchParams.set(name, value);
      }
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', options.redirectUri);
      url.searchParams.set(
        'scope',
        ['openid', ...new Set(categories.filter((c) => c !== 'openid'))].join(' '),
      );
      url.searchParams.set('state', state);
      if (nonce !== null) url.searchParams.set('nonce', nonce);
      url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
      url.searchParams.set('code_challenge_method', 'S256');
      url.searchParams.set('purpose', purpose);
      return { url: url.href, state, nonce, codeVerifier };
    },

    async callback(callbackUrl, transaction) {
      checkTransaction(transaction, profile.idToken);
      const url = new URL(callbackUrl);
      const as = await provider.metadata();
      // State first, by itself: a forged or crossed callback is refused before anything else is read.
      const states = url.searchParams.getAll('state');
      if (states.length !== 1 || states[0] !== transaction.state) {
        throw new SignInError({
          code: 'SIGNIN_STATE_MISMATCH',
          message:
            "The callback's state is not the one of this sign-in (forged, replayed or from another tab): nothing was exchanged. Start the sign-in again.",
        });
      }
      let params: URLSearchParams;
      try {
        params = oauth.validateAuthResponse(as, provider.client, url, transaction.state);
      } catch (error) {
        if (error instanceof oauth.AuthorizationResponseError) {
          const code = oauthCode(error.error);
          throw new SignInError({
            code: 'SIGNIN_REFUSED',
            upstreamCode: code,
            message: `The identity provider sent the citizen back without a sign-in (${code}${code === 'access_denied' ? ': the citizen refused' : ''}). Nothing was exchanged; offer to sign in again.`,
          });
        }
        throw mapOAuthError(error, 'token');
      }
      return exchangeAndRead(provider, options, as, params, transaction);
    },

    async verifyConsent(token, expected) {
      const as = await provider.metadata();
      if (!as.jwks_uri && !options.keys) throw answerInvalid('the discovery document names no jwks_uri');
      const listUrl = as.consent_revocations_endpoint;
      if (typeof listUrl === 'string' && revocation?.url !== listUrl) {
        revocation = { url: listUrl, check: revocationList({ url: listUrl, fetch: provider.fetch }) };
      }
      return verifyConsent(token, {
        ...expected,
        audience: expected.audience ?? options.clientId,
        keys: options.keys ? { jwks: options.keys } : { jwksUrl: as.jwks_uri! },
        issuer: as.issuer,
        revocation: revocation?.check,
      });
    },

    async revokeConsent(token) {
      const as = await provider.metadata();
      try {
        const response = await oauth.revocationRequest(
          as,
          provider.client,
          await provider.clientAuth(),
          token,
          {
            ...provider.http,
            additionalParameters: { token_type_hint: 'consent_token' },
          },
        );
        await oauth.processRevocationResponse(response);
      } catch (error) {
        throw mapOAuthError(error, 'revocation');
      }
    },
  };
}

function checkTransaction(transaction: SignInTransaction, idToken: boolean): void {
  const ok =
    typeof transaction === 'object' &&
    transaction !== null &&
    typeof transaction.state === 'string' &&
    typeof transaction.codeVerifier === 'string' &&
    (idToken ? typeof transaction.nonce === 'string' : true);
  if (!ok) {
    throw new InputError({
      code: 'INVALID_OPTION',
      message: 'callback needs the transaction authorizationUrl() returned, as it was kept in the session.',
      fields: ['transaction'],
    });
  }
}
