// #region population-quick-start
import { createGateway } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';

const mock = createMockPlatform({ seed: 42 });
const gateway = createGateway(mock.gatewayOptions());
const persona = mock.world.byTag('year-only-birth')[0]!; // `!`: the seeded world has one
const consent = mock.consent(persona.personalId, 'population.basic', '1.001193');

const citizen = await population(gateway).getCitizen(lookupOf(persona), {
  purpose: '1.001193',
  caseId: 'H23.01-261123-0001',
  officerId: MOCK_OFFICER_ID,
  consent,
});
citizen.name.full; // 'Lê Đức Quang' (seed 42)
citizen.birthDate; // { precision: 'year', year: 1958 }: partial dates stay partial
// #endregion population-quick-start
await gateway.close();
await mock.close();

export { citizen, persona };
