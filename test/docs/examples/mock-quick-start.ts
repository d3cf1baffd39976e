// #region mock-quick-start
import { createGateway } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';

const mock = createMockPlatform({ seed: 42 });
const pop = population(createGateway(mock.gatewayOptions())); // in-process
const persona = mock.personas[0]!;
const consent = mock.consent(persona.personalId, 'population.basic', '1.001193');
const citizen = await pop.getCitizen(lookupOf(persona), {
  purpose: '1.001193',
  caseId: 'H23.01-241122-0001',
  officerId: MOCK_OFFICER_ID,
  consent,
});
await mock.close();
// #endregion mock-quick-start

export { citizen, persona };
