import type { ServiceDefinition } from '@onceonly/core';
import type { World } from '../world/types.js';

/**
 * What followed the service code in the request URL, forwarded untouched by the security server as
 * the REST protocol asks (§4.1, §4.5): `path` (`/enterprises/0100109106`, `''` when none, still
 * percent-encoded) and `query` (without `?`, `''` when none).
 */
export interface ProviderTarget {
  path: string;
  query: string;
}

// `any` defaults: a list of bindings mixes services of different types (`ProviderBinding[]`), and
// `unknown` would make `resolve` uncallable through the list (function parameters are contravariant).

/**
 * How the mock answers one service from the synthetic world. The mock platform is built from a list of
 * these: the same service definitions the clients use, so the mock and the clients share one contract.
 */
// biome-ignore lint/suspicious/noExplicitAny: a list mixes bindings of different types (see above).
export interface ProviderBinding<TRequest = any, TWire = any> {
  // biome-ignore lint/suspicious/noExplicitAny: the domain type does not matter to the mock.
  service: ServiceDefinition<TRequest, TWire, any>;
  /**
   * The provider's answer (`data`), or `undefined` when it holds no such record (404 NOT_FOUND).
   * `target` is what followed the service code in the URL, as sent (`[/path][?query]`).
   */
  resolve(request: TRequest, world: World, target?: ProviderTarget): TWire | undefined;
}
