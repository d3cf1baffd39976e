import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockPlatform } from './platform/create-mock-platform.js';
import type { ListenOptions } from './platform/http-server.js';
import type { MockPlatform } from './platform/mock-platform.js';
import type { MockPlatformOptions } from './platform/types.js';

/** Options of {@link useMockPlatform}: the platform's own, plus how to wire it into the test file. */
export interface UseMockPlatformOptions extends MockPlatformOptions {
  /** Also serve over real HTTP (`beforeAll` → `listen()`); `true` or listen options. Default `false`. */
  listen?: boolean | ListenOptions;
  /** Clear faults and recorded calls after each test. Default `true`. */
  resetAfterEach?: boolean;
}

/**
 * A mock platform for one vitest file: created now, listening in `beforeAll` when asked, faults and
 * calls reset after each test, closed in `afterAll`.
 *
 * @example
 * import { useMockPlatform } from '@onceonly/mock/vitest';
 * const mock = useMockPlatform({ seed: 42 });
 * it('looks up a citizen', async () => {
 *   const pop = population(createGateway(mock.gatewayOptions()));
 *   // ...
 * });
 */
export function useMockPlatform(options: UseMockPlatformOptions = {}): MockPlatform {
  const { listen, resetAfterEach = true, ...platformOptions } = options;
  const mock = createMockPlatform(platformOptions);
  if (listen) {
    beforeAll(async () => {
      await mock.listen(listen === true ? {} : listen);
    });
  }
  if (resetAfterEach) {
    afterEach(() => {
      mock.faults.clear();
      mock.resetCalls();
    });
  }
  afterAll(() => mock.close());
  return mock;
}
