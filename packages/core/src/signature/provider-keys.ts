import { createPublicKey } from 'node:crypto';
import { InputError } from '../errors/onceonly-error.js';
import { parseProviderId, type SubsystemId } from '../transport/xroad-id.js';
import { isForbiddenAlgorithm } from './algorithms.js';
import { endpointUrl } from './endpoint-url.js';
import { createJwksStore, type JwksStore } from './jwks-store.js';
import type { VerifyOptions } from './types.js';

/** The key source of one provider: a store of keys, or `'none'` (the provider does not sign). */
export type KeySource = JwksStore | 'none';

export interface ProviderKeySources {
  /** The source for `provider` (its own, else the default one), `undefined` when none is configured. */
  lookup(provider: SubsystemId | undefined): KeySource | undefined;
  /** Aborts key fetches in flight (the gateway is closing). */
  close(): void;
}

export interface KeySourceDeps {
  baseUrl: string;
  now?: (() => number) | undefined;
  timeouts?: { headersMs?: number; bodyMs?: number } | undefined;
}

const providerKey = (id: SubsystemId) => `${id.memberClass}/${id.memberCode}/${id.subsystemCode}`;

function invalid(option: string, what: string): InputError {
  return new InputError({ code: 'INVALID_CONFIG', message: `${option} ${what}`, fields: [option] });
}

/**
 * Refuses keys that could never verify a provider's signature safely: not a JWKS, a symmetric (`oct`)
 * or private key, a key marked for `none` or HMAC, or one Node cannot import. Checked at start-up so a
 * typo fails `createGateway`, not the first citizen's call.
 */
export function checkPublicKeys(jwks: unknown, option: string): Array<Record<string, unknown>> {
  const keys = (jwks as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0)
    throw invalid(option, 'must hold at least one public key ({ keys: [JWK, ...] }).');
  keys.forEach((key: unknown, index) => {
    const at = `${option}[${index}]`;
    if (typeof key !== 'object' || key === null) throw invalid(at, 'is not a JWK object.');
    const jwk = key as Record<string, unknown>;
    if (jwk.kty !== 'EC' && jwk.kty !== 'RSA' && jwk.kty !== 'OKP')
      throw invalid(at, 'must be an EC, RSA or OKP public key; shared secrets (oct) are never trusted.');
    if ('d' in jwk) throw invalid(at, "is a private key: give the provider's public key only.");
    if (jwk.alg !== undefined && isForbiddenAlgorithm(jwk.alg))
      throw invalid(at, 'is marked for "none" or an HMAC algorithm, which are never accepted.');
    if (typeof jwk.kid !== 'string' || jwk.kid === '')
      throw invalid(at, 'needs a kid: signatures name their key by kid.');
    try {
      createPublicKey({ key: jwk as never, format: 'jwk' });
    } catch {
      throw invalid(at, 'is not a valid public JWK (check its crv, x, y, n, e).');
    }
  });
  return keys as Array<Record<string, unknown>>;
}

/**
 * The key sources of `verify`: one per configured provider, plus a default one from `jwksUrl` / `jwks`.
 * Providers that share a JWKS URL share one store (one fetch, one cache). Throws `InputError`
 * (`INVALID_CONFIG`) naming the option at fault.
 */
export function createKeySources(options: VerifyOptions, deps: KeySourceDeps): ProviderKeySources {
  const stores: JwksStore[] = [];
  const byUrl = new Map<string, JwksStore>();
  const common = {
    cacheMs: options.cacheMs,
    now: deps.now,
    timeouts: deps.timeouts,
    label: 'payload signature keys',
  };
  const fromUrl = (text: string, option: string): JwksStore => {
    const url = endpointUrl(text, deps.baseUrl, '', option);
    let store = byUrl.get(url.href);
    if (!store) {
      store = createJwksStore({ ...common, url, option });
      byUrl.set(url.href, store);
      stores.push(store);
    }
    return store;
  };

  const own = new Map<string, KeySource>();
  const providers = options.providers ?? {};
  if (typeof providers !== 'object' || providers === null || Array.isArray(providers))
    throw invalid(
      'verify.providers',
      "must map 'CLASS/MEMBER/SUBSYSTEM' to { jwksUrl }, { keys } or 'none'.",
    );
  for (const [name, source] of Object.entries(providers)) {
    const option = `verify.providers['${name}']`;
    let id: SubsystemId;
    try {
      id = parseProviderId(name, 'ANY');
    } catch {
      throw invalid(
        option,
        'must name a provider subsystem as CLASS/MEMBER/SUBSYSTEM (e.g. GOV/000.00.00.G10/CSDLDC).',
      );
    }
    let keySource: KeySource;
    if (source === 'none') keySource = 'none';
    else if (
      source &&
      typeof source === 'object' &&
      'jwksUrl' in source &&
      typeof source.jwksUrl === 'string'
    )
      keySource = fromUrl(source.jwksUrl, `${option}.jwksUrl`);
    else if (source && typeof source === 'object' && 'keys' in source) {
      const jwks = { keys: checkPublicKeys(source, `${option}.keys`) };
      keySource = createJwksStore({ ...common, jwks, option: `${option}.keys` });
      stores.push(keySource);
    } else throw invalid(option, "must be { jwksUrl: 'https://…' }, { keys: [JWK, ...] } or 'none'.");
    own.set(providerKey(id), keySource);
  }

  let fallback: JwksStore | undefined;
  if (options.jwksUrl !== undefined || options.jwks !== undefined) {
    const url =
      options.jwksUrl === undefined
        ? undefined
        : endpointUrl(options.jwksUrl, deps.baseUrl, '', 'verify.jwksUrl');
    const jwks =
      options.jwks === undefined ? undefined : { keys: checkPublicKeys(options.jwks, 'verify.jwks') };
    fallback = createJwksStore({ ...common, url, jwks, option: 'verify.jwks' });
    stores.push(fallback);
  }

  return {
    lookup: (provider) => (provider ? (own.get(providerKey(provider)) ?? fallback) : fallback),
    close: () => {
      for (const store of stores) store.close();
    },
  };
}
