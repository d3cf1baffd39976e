import { defaultProviders } from '../providers/index.js';
import { createWorld } from '../world/index.js';
import { MockPlatform } from './mock-platform.js';
import type { MockPlatformOptions } from './types.js';

/**
 * Creates the mock data exchange platform, synchronously: a seeded synthetic world, the providers of
 * every adapter, an X-Road security server, a token endpoint and an identity provider.
 *
 * @example
 * const mock = createMockPlatform({ seed: 42 });
 * const gw = createGateway(mock.gatewayOptions());          // in-process
 * const { url } = await mock.listen();                       // or over real HTTP
 * await mock.close();
 */
export function createMockPlatform(options: MockPlatformOptions = {}): MockPlatform {
  const seed = options.seed ?? 42;
  return new MockPlatform({
    ...options,
    seed,
    world: options.world ?? createWorld(seed, options.people === undefined ? {} : { people: options.people }),
    providers: options.providers ?? defaultProviders,
  });
}
