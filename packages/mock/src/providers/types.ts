import type { JsonSchema, ServiceDefinition } from '@onceonly/core';
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
  // `any` request: with `toWire`, what the provider receives (`TRequest`) is the wire request, not the
  // service's domain input.
  // biome-ignore lint/suspicious/noExplicitAny: the domain types do not matter to the mock.
  service: ServiceDefinition<any, TWire, any>;
  /**
   * The same X-Road service declared for the SOAP profile: when set, the security server's SOAP
   * endpoint (`POST /`) serves it too, from the same `resolve`.
   */
  // biome-ignore lint/suspicious/noExplicitAny: the domain type does not matter to the mock.
  soapService?: ServiceDefinition<any, TWire, any>;
  /**
   * The schema the provider checks requests with. Default: the service's `wireRequest` (what `toWire`
   * builds) or else its `request`. A provider that answers some invalid requests as "not found" (as the
   * real population services do for a missing officer) relaxes it here.
   */
  requestSchema?: JsonSchema;
  /** Fields of the SOAP answer element written as XML attributes (`SoCongDan` on `CongdanCollection`). */
  soapAttributes?: readonly string[];
  /** The consent subject of a wire request, when the service's `subject` reads the domain input. */
  subject?(request: TRequest): string | undefined;
  /**
   * The provider's answer (`data`), or `undefined` when it holds no such record (404 NOT_FOUND).
   * `target` is what followed the service code in the URL, as sent (`[/path][?query]`).
   */
  resolve(request: TRequest, world: World, target?: ProviderTarget): TWire | undefined;
}
