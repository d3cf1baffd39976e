import { expect, it } from 'vitest';
// #region mock-by-hand
import { createMockPlatform } from '@onceonly/mock';
import { afterAll } from 'vitest';

const mock = createMockPlatform({ seed: 42 });
afterAll(() => mock.close());
// #endregion mock-by-hand

it('has a platform until afterAll', () => {
  expect(mock.personas.length).toBeGreaterThan(0);
});
