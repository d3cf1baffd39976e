/** How the gateway checks consent tokens before it sends anything. */
export interface ConsentOptions {
  /** The identity provider's keys; when given (inline or by URL), the token's signature is verified. */
  jwks?: { keys: Array<Record<string, unknown>> };
  /** Where the identity provider publishes its keys, fetched through the gateway's dispatcher. */
  jwksUrl?: string;
  /** Expected `iss`, when set. */
  issuer?: string;
  /** Allowed clock skew in seconds. Default 30. */
  clockToleranceSec?: number;
}

/** What a consent token says, once checked. */
export interface ConsentClaims {
  /** Token id (`jti`), for revocation. */
  id: string;
  /** The citizen's personal id (`sub`). */
  subject: string;
  /** The consumer's X-Road client id (`aud`). */
  audience: string;
  /** Data categories granted, from `scope`. */
  scopes: string[];
  purpose: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

/** What the call needs the consent to cover. */
export interface ConsentExpectation {
  subject: string | undefined;
  audience: string;
  category: string;
  purpose: string;
  /** Seconds since the epoch. */
  now: number;
}
