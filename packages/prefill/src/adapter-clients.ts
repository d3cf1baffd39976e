/**
 * The adapter clients prefill calls, built once per gateway and options rather than once per source and
 * per call: building one defines every operation of the adapter (service definitions, envelopes), and
 * the gateway's per-definition caches only help when the same definitions come back.
 * @module
 */
import type { Gateway } from '@onceonly/core';

/** An adapter's factory, as `population(gateway, options)`. */
type Factory<O, C> = (gateway: Gateway, options?: O) => C;

/** Distinct option sets kept per gateway and adapter: a portal uses a few; a flood must not grow forever. */
const MAX_OPTION_SETS = 16;

const clients = new WeakMap<Gateway, WeakMap<Factory<never, unknown>, Map<string, unknown>>>();

/**
 * The client `factory(gateway, options)` returns, made once for these options. The options are plain
 * strings (encoding, provider, unit, caller code), so they are compared by value: a new object with the
 * same values reuses the client, a changed value makes another one.
 *
 * @example
 * ```ts
 * adapterClient(gateway, population, { encoding: 'rest' }).getCitizenWithMeta(lookup, ctx);
 * ```
 */
export function adapterClient<O extends object, C>(
  gateway: Gateway,
  factory: Factory<O, C>,
  options: O | undefined,
): C {
  let byFactory = clients.get(gateway);
  if (byFactory === undefined) {
    byFactory = new WeakMap();
    clients.set(gateway, byFactory);
  }
  let byOptions = byFactory.get(factory as Factory<never, unknown>);
  if (byOptions === undefined) {
    byOptions = new Map();
    byFactory.set(factory as Factory<never, unknown>, byOptions);
  }
  const key = JSON.stringify(options ?? {});
  let client = byOptions.get(key) as C | undefined;
  if (client === undefined) {
    client = factory(gateway, options); // throws on bad options, as before: nothing is kept
    if (byOptions.size >= MAX_OPTION_SETS) byOptions.delete(byOptions.keys().next().value as string);
    byOptions.set(key, client);
  }
  return client;
}
