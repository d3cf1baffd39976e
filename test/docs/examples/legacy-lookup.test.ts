// #region legacy-lookup
// portal/src/legacy-lookup.test.ts
import { createMockPlatform } from '@onceonly/mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { legacyLookup } from './legacy-lookup.js'; // your code: fetch(`${baseUrl}/r1/...`, { method: 'POST', ... })

const mock = createMockPlatform({ seed: 42 });
const server = setupServer(...mock.handlers); // answers requests to mock.origin (http://mock.onceonly.invalid)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' })); // any other request fails the test
afterEach(() => {
  server.resetHandlers();
  mock.faults.clear();
  mock.resetCalls();
});
afterAll(async () => {
  server.close();
  await mock.close();
});

it('looks a citizen up with fetch', async () => {
  const p = mock.world.byTag('adult')[0]!;
  const record = await legacyLookup(mock.origin, {
    client: mock.client,
    personalId: p.personalId,
    fullName: p.fullName,
    birthDate: p.birthDate.replaceAll('-', ''),
    officerId: '001085001234',
    purpose: '1.001193',
    consent: mock.consent(p.personalId, 'population.basic', '1.001193'),
  });
  expect(record.data).toMatchObject({ SoCongDan: '1', CongDan: [{ SoDinhDanh: p.personalId }] });
  expect(mock.calls[0]).toMatchObject({ service: 'population.citizen.get.rest', status: 200 });
});

it('copes with a dropped connection', async () => {
  mock.faults.inject('*', { kind: 'reset' }, { times: 1 }); // fetch rejects with a TypeError (network error)
  const p = mock.world.byTag('adult')[0]!;
  await expect(
    legacyLookup(mock.origin, {
      client: mock.client,
      personalId: p.personalId,
      fullName: p.fullName,
      birthDate: p.birthDate.replaceAll('-', ''),
      officerId: '001085001234',
      purpose: '1.001193',
      consent: mock.consent(p.personalId, 'population.basic', '1.001193'),
    }),
  ).rejects.toThrow();
});
// #endregion legacy-lookup
