import type { ServiceDefinition } from '@onceonly/core';
import type { World } from '../world/types.js';

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
  /** The provider's answer (`data`), or `undefined` when it holds no such record (404 NOT_FOUND). */
  resolve(request: TRequest, world: World): TWire | undefined;
}
