import { createMockPlatform } from './create-mock-platform.js';
import type { ListenOptions } from './http-server.js';
import type { MockPlatform } from './mock-platform.js';
import type { MockPlatformOptions } from './types.js';

type Hook = (fn: () => unknown) => unknown;

/**
 * The set-up and tear-down hooks of your test runner. vitest and jest name them this way; for
 * `node:test` pass `{ beforeAll: before, afterAll: after, afterEach }`. Passed in, so the mock works
 * with any runner and does not import one.
 */
export interface TestHooks {
  beforeAll: Hook;
  afterAll: Hook;
  afterEach: Hook;
}

/** Options of {@link useMockPlatform}: the platform's own, plus how to wire it into the test file. */
export interface UseMockPlatformOptions extends MockPlatformOptions {
  /** Also serve over real HTTP (`beforeAll` → `listen()`); `true` or listen options. Default `false`. */
  listen?: boolean | ListenOptions;
  /** Clear faults, recorded calls and monitoring events after each test. Default `true`. */
  resetAfterEach?: boolean;
}

/**
 * A mock platform for one test file: created now, listening in `beforeAll` when asked, faults and
 * calls reset after each test, closed in `afterAll`.
 *
 * @example
 * import { afterAll, afterEach, beforeAll, it } from 'vitest';
 * import { useMockPlatform } from '@onceonly/mock';
 * const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42 });
 * it('looks up a citizen', async () => {
 *   const pop = population(createGateway(mock.gatewayOptions()));
 *   // ...
 * });
 */
export function useMockPlatform(hooks: TestHooks, options: UseMockPlatformOptions = {}): MockPlatform {
  const { listen, resetAfterEach = true, ...platformOptions } = options;
  const mock = createMockPlatform(platformOptions);
  if (listen) {
    hooks.beforeAll(async () => {
      await mock.listen(listen === true ? {} : listen);
    });
  }
  if (resetAfterEach) {
    hooks.afterEach(() => {
      mock.faults.clear();
      mock.resetCalls();
      mock.monitoring.reset();
    });
  }
  hooks.afterAll(() => mock.close());
  return mock;
}
