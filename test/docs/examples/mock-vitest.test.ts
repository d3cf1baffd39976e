// #region mock-vitest
import { createGateway } from '@onceonly/core';
import { lookupOf, MOCK_OFFICER_ID, useMockPlatform } from '@onceonly/mock';
import { population } from '@onceonly/population';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42 }); // closed in afterAll; faults and calls reset after each test

it('retries a 503', async () => {
  mock.faults.inject('population.citizen.get', { kind: 'status', status: 503 }, { times: 1 });
  const pop = population(createGateway(mock.gatewayOptions()));
  const persona = mock.personas[0]!;
  const consent = mock.consent(persona.personalId, 'population.basic', '1.001193');
  await pop.getCitizen(lookupOf(persona), {
    purpose: '1.001193',
    caseId: 'H23.01-1',
    officerId: MOCK_OFFICER_ID,
    consent,
  });
  expect(mock.calls.map((c) => c.status)).toEqual([503, 200]);
});
// #endregion mock-vitest
