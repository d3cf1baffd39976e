/**
 * Where one provider's payload-signature keys come from: a JWKS URL the provider publishes (absolute, or
 * a path starting with `/` appended to `baseUrl`), its public keys inline, or `'none'` for a provider
 * that does not sign (its answers are then passed unverified, even when verification is required).
 */
export type ProviderKeys = { jwksUrl: string } | { keys: Array<Record<string, unknown>> } | 'none';

/**
 * Payload signature verification (`X-Payload-Signature`, detached JWS over the exact body bytes). A
 * security server serves no JWKS: the providers' keys come from this configuration.
 *
 * @example
 * verify: {
 *   providers: {
 *     'GOV/000.00.00.G10/CSDLDC': { jwksUrl: 'https://keys.dancuquocgia.gov.vn/jwks.json' },
 *     'GOV/000.00.00.G22/BHXH': { keys: [{ kty: 'EC', crv: 'P-256', x: '…', y: '…', kid: 'bhxh-2026' }] },
 *     'GOV/000.00.00.G12/DKDN': 'none',
 *   },
 * }
 */
export interface VerifyOptions {
  /** Keys per provider subsystem, keyed `CLASS/MEMBER/SUBSYSTEM` as adapters name providers. */
  providers?: Record<string, ProviderKeys>;
  /**
   * Keys for every provider that `providers` does not list: one JWKS for all (an LGSP that publishes
   * its providers' keys, a test platform). Absolute, or a path starting with `/` appended to `baseUrl`.
   * No default: a security server serves no JWKS.
   */
  jwksUrl?: string;
  /** Inline keys for every provider that `providers` does not list (looked up before `jwksUrl`). */
  jwks?: { keys: Array<Record<string, unknown>> };
  /**
   * `true` (default): a call to a provider with no keys (none configured, or its JWKS cannot be
   * fetched) fails before its query is sent. `false`: answers of providers without configured keys
   * are passed unverified.
   */
  required?: boolean;
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
