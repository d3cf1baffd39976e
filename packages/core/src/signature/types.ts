/** Payload signature verification (`X-Payload-Signature`, detached JWS over the exact body bytes). */
export interface VerifyOptions {
  /** Where the providers' keys are published. Default `{baseUrl}/.well-known/jwks.json`. */
  jwksUrl?: string;
  /** Static keys instead of (or before) fetching `jwksUrl`. */
  jwks?: { keys: Array<Record<string, unknown>> };
  /** Allowed algorithms. Default `['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA']`. `none` and HMAC are always refused. */
  algorithms?: string[];
  /** How long fetched keys are kept, in milliseconds. Default 10 minutes. */
  cacheMs?: number;
}

export interface VerifiedPayload {
  /** The key that signed the body. */
  kid: string;
  alg: string;
}
