/**
 * The identity provider as the relying party sees it: its discovery document (fetched once, again after
 * a failure), the client and client authentication for oauth4webapi, and the `fetch` every request uses
 * (which opens `{ data, key }` answers for the direct VNeID profile).
 * @module
 */
import type { KeyObject } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, customFetch, importJWK, type JWTVerifyGetKey } from 'jose';
import * as oauth from 'oauth4webapi';
import { decryptAnswer, isEncryptedAnswer } from './decrypt-answer.js';
import { answerInvalid } from './errors.js';
import { mapOAuthError } from './oauth-errors.js';
import type { ClientAuth, RelyingPartyOptions } from './options.js';

export interface Provider {
  metadata(): Promise<oauth.AuthorizationServer>;
  client: oauth.Client;
  clientAuth(): Promise<oauth.ClientAuth>;
  /** Options every oauth4webapi request takes: the fetch, and http on loopback. */
  http: { [oauth.customFetch]: typeof fetch; [oauth.allowInsecureRequests]?: boolean };
  fetch: typeof fetch;
  /** The provider's signing keys: pinned (`keys`), or its `jwks_uri`, cached and refreshed on an unknown `kid`. */
  signingKeys(as: oauth.AuthorizationServer): JWTVerifyGetKey;
}

export function createProvider(options: RelyingPartyOptions, insecure: boolean): Provider {
  const baseFetch = options.fetch ?? globalThis.fetch;
  const key = options.profile.decryptionKey;
  const requestFetch = key ? decryptingFetch(baseFetch, key) : baseFetch;
  const http = {
    [oauth.customFetch]: requestFetch,
    ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
  };
  const issuer = new URL(options.issuer);
  let pending: Promise<oauth.AuthorizationServer> | undefined;
  let auth: Promise<oauth.ClientAuth> | undefined;
  let keys: { uri: string | undefined; get: JWTVerifyGetKey } | undefined;
  return {
    metadata() {
      pending ??= (async () => {
        try {
          const response = await oauth.discoveryRequest(issuer, {
            algorithm: 'oidc',
            [oauth.customFetch]: baseFetch,
            ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
          });
          return await oauth.processDiscoveryResponse(issuer, response);
        } catch (error) {
          pending = undefined; // a failed discovery is tried again on the next sign-in
          throw mapOAuthError(error, 'discovery');
        }
      })();
      return pending;
    },
    client: {
      client_id: options.clientId,
      [oauth.clockTolerance]: options.clockToleranceSec ?? 30,
    },
    clientAuth() {
      auth ??= toClientAuth(options.clientAuth);
      return auth;
    },
    http,
    fetch: baseFetch,
    signingKeys(as) {
      if (keys && keys.uri === as.jwks_uri) return keys.get;
      const get = options.keys
        ? createLocalJWKSet(options.keys as never)
        : createRemoteJWKSet(new URL(as.jwks_uri ?? ''), {
            ...(options.fetch ? { [customFetch]: options.fetch } : {}),
          });
      keys = { uri: as.jwks_uri, get };
      return get;
    },
  };
}

async function toClientAuth(auth: ClientAuth): Promise<oauth.ClientAuth> {
  switch (auth.method) {
    case 'client_secret_basic':
      return oauth.ClientSecretBasic(auth.clientSecret);
    case 'client_secret_post':
      return oauth.ClientSecretPost(auth.clientSecret);
    case 'private_key_jwt': {
      const { d: _d, ...publicPart } = auth.privateJwk;
      const alg = typeof auth.privateJwk.alg === 'string' ? auth.privateJwk.alg : defaultAlg(publicPart);
      const key = await importJWK(auth.privateJwk as never, alg);
      const kid = typeof auth.privateJwk.kid === 'string' ? auth.privateJwk.kid : undefined;
      return oauth.PrivateKeyJwt({ key: key as never, ...(kid === undefined ? {} : { kid }) });
    }
  }
}

function defaultAlg(jwk: Record<string, unknown>): string {
  if (jwk.kty === 'EC') return jwk.crv === 'P-384' ? 'ES384' : jwk.crv === 'P-521' ? 'ES512' : 'ES256';
  if (jwk.kty === 'OKP') return 'EdDSA';
  return 'RS256';
}

/** A fetch that opens the direct VNeID integration's `{ data, key }` answers (and refuses plain ones). */
function decryptingFetch(baseFetch: typeof fetch, key: KeyObject): typeof fetch {
  return async (input, init) => {
    const response = await baseFetch(input, init);
    if (!response.ok) return response; // OAuth error answers are plain JSON
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw answerInvalid('an answer that should be encrypted is not JSON');
    }
    if (!isEncryptedAnswer(body)) {
      throw answerInvalid(
        'the answer is not encrypted as { data, key }, as the direct VNeID integration does',
      );
    }
    return new Response(JSON.stringify(decryptAnswer(body, key)), {
      status: response.status,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  };
}
