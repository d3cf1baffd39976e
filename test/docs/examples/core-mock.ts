// #region core-mock
import { createGateway } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';

const mock = createMockPlatform({ seed: 42 });
const gw = createGateway(mock.gatewayOptions()); // in-process: no port, no network
const persona = mock.personas[0]!;
const consent = mock.consent(persona.personalId, 'population.basic', '1.001193');
mock.faults.inject('population.citizen.get', { kind: 'status', status: 503 }, { times: 1 }); // retried
const citizen = await population(gw).getCitizen(lookupOf(persona), {
  purpose: '1.001193',
  caseId: 'H23.01-241122-0001',
  officerId: MOCK_OFFICER_ID,
  consent,
});
await mock.close();
// #endregion core-mock

export { citizen, persona };
