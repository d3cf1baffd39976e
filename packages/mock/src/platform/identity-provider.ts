import { randomUUID } from 'node:crypto';
import { decodeJwt, errors as joseErrors, jwtVerify } from 'jose';
import { deriveSigningKey, signJwt, type SigningKey } from './signing.js';

/** Where the identity provider lives on the platform: its issuer is the platform's origin plus this. */
export const IDP_BASE_PATH = '/idp';

/** Options of `mock.consent()`. */
export interface ConsentTokenOptions {
  /** The consumer the consent is given to (`aud`). Default: the platform's default portal client. */
  client?: string;
  /** Lifetime in seconds. Default 600. */
  ttlSec?: number;
  /** Issue a token that has already expired (for refusal tests). Default `false`. */
  expired?: boolean;
  /** `iss` of the token. Default: the identity provider's issuer at the platform's current base URL. */
  issuer?: string;
}

/** What a data call needs a consent token to cover. */
export interface ConsentRequirement {
  subject: string | undefined;
  client: string;
  category: string;
  purpose: string;
}

export type ConsentVerdict = { ok: true } | { ok: false; reason: string };

/**
 * A VNeID-like identity provider: issues consent tokens (ES256 JWTs) and checks them for the providers.
 * Revocation is by token id (`jti`), published at `GET /idp/revocations`. The issuer is configured, or
 * else the origin the platform is served at plus `/idp` (so discovery over loopback is consistent); the
 * providers accept every issuer this provider has issued under.
 */
export class IdentityProvider {
  readonly key: SigningKey;
  readonly #revoked = new Set<string>();
  readonly #issuers = new Set<string>();
  readonly #now: () => number;
  readonly #defaultClient: string;
  readonly #configuredIssuer: string | undefined;
  readonly #baseUrl: () => string;

  constructor(options: {
    seed: number;
    now: () => number;
    defaultClient: string;
    issuer?: string | undefined;
    baseUrl: () => string;
  }) {
    this.key = deriveSigningKey(options.seed, 'idp');
    this.#now = options.now;
    this.#defaultClient = options.defaultClient;
    this.#configuredIssuer = options.issuer?.replace(/\/+$/, '');
    this.#baseUrl = options.baseUrl;
  }

  /** The issuer for a request that came to `origin` (the configured one, if any); remembered as ours. */
  issuerAt(origin?: string): string {
    const issuer =
      this.#configuredIssuer ?? `${(origin ?? this.#baseUrl()).replace(/\/+$/, '')}${IDP_BASE_PATH}`;
    this.#issuers.add(issuer);
    return issuer;
  }

  /** Token ids revoked so far (what `GET /idp/revocations` lists), oldest first. */
  revoked(): string[] {
    return [...this.#revoked];
  }

  /** The public JWKS served at `GET /idp/jwks.json`. */
  jwks(): { keys: Array<Record<string, unknown>> } {
    return { keys: [{ ...this.key.publicJwk }] };
  }

  /** Issues a consent token for `personalId`, covering `scopes`, for `purpose`. */
  issue(
    personalId: string,
    scopes: string[] | string,
    purpose: string,
    options: ConsentTokenOptions = {},
  ): string {
    const nowSec = Math.floor(this.#now() / 1000);
    const ttl = options.ttlSec ?? 600;
    const iat = options.expired ? nowSec - ttl - 120 : nowSec;
    return signJwt(this.key, {
      iss: options.issuer ?? this.issuerAt(),
      sub: personalId,
      aud: options.client ?? this.#defaultClient,
      scope: Array.isArray(scopes) ? scopes.join(' ') : scopes,
      purpose,
      iat,
      exp: iat + ttl,
      jti: randomUUID(),
    });
  }

  /** Revokes a consent token (given whole, or by its `jti`): later calls carrying it are refused. */
  revoke(tokenOrJti: string): void {
    if (tokenOrJti.split('.').length === 3) {
      const { jti } = decodeJwt(tokenOrJti);
      if (typeof jti !== 'string') throw new TypeError('revokeConsent: the token has no jti');
      this.#revoked.add(jti);
    } else {
      this.#revoked.add(tokenOrJti);
    }
  }

  /** True when `token` carries this provider's valid signature (whatever its claims say). */
  async isOwnToken(token: string): Promise<boolean> {
    try {
      await jwtVerify(token, this.key.publicKey, {
        algorithms: ['ES256'],
        currentDate: new Date(this.#now()),
      });
      return true;
    } catch {
      return false;
    }
  }

  /** Checks a consent token against what the call needs. Reasons never contain the token or personal data. */
  async verify(token: string | undefined, need: ConsentRequirement): Promise<ConsentVerdict> {
    if (!token) return { ok: false, reason: 'This data category needs a consent token in X-Consent.' };
    let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
    try {
      ({ payload } = await jwtVerify(token, this.key.publicKey, {
        issuer: [...this.#issuers],
        algorithms: ['ES256'],
        currentDate: new Date(this.#now()),
        requiredClaims: ['sub', 'aud', 'exp', 'jti'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired)
        return { ok: false, reason: 'The consent token has expired.' };
      if (error instanceof joseErrors.JWTClaimValidationFailed) {
        return { ok: false, reason: `The consent token's "${error.claim}" claim is not acceptable.` };
      }
      return { ok: false, reason: 'The consent token is not a valid token of the identity provider.' };
    }
    if (typeof payload.jti === 'string' && this.#revoked.has(payload.jti)) {
      return { ok: false, reason: 'The consent token has been revoked.' };
    }
    const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!audience.includes(need.client)) {
      return { ok: false, reason: 'The consent token was given to another consumer (aud).' };
    }
    if (need.subject !== undefined && payload.sub !== need.subject) {
      return { ok: false, reason: 'The consent token names another citizen (sub).' };
    }
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
    if (!scopes.includes(need.category)) {
      return { ok: false, reason: `The consent token does not cover the data category "${need.category}".` };
    }
    if (payload.purpose !== need.purpose) {
      return { ok: false, reason: 'The consent token was given for another purpose.' };
    }
    return { ok: true };
  }
}
