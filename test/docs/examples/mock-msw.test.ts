import { afterAll, expect, it } from 'vitest';
// #region mock-msw
import { createMockPlatform } from '@onceonly/mock';
import { setupServer } from 'msw/node';

const mock = createMockPlatform({ seed: 42 });
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: 'error' });
// the portal's own fetch(`${mock.origin}/r1/...`) calls are answered by the mock
const discovery = await fetch(`${mock.origin}/idp/.well-known/openid-configuration`);
// #endregion mock-msw

afterAll(async () => {
  server.close();
  await mock.close();
});

it('answers fetch through msw', async () => {
  expect(discovery.status).toBe(200);
  expect(await discovery.json()).toMatchObject({
    authorization_endpoint: expect.stringMatching(/\/idp\/authorize$/),
  });
});
