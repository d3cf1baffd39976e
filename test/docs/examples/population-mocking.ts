// #region population-mocking
import { createGateway } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';

const mock = createMockPlatform({ seed: 42 });
const minors = mock.world.byTag('minor'); // under 18, with a legal representative
mock.world.byTag('pre-2025-address'); // province → district → ward addresses
// also: adult, elderly, born-2000s, single, married, divorced, widowed, household-head,
// year-only-birth, month-year-birth, old-id, rare-diacritics, d-stroke, no-middle-name, no-parents-on-record
mock.faults.inject('population.citizen.get', { kind: 'status', status: 503 }, { times: 1 });

const child = minors[0]!;
const gw = createGateway(mock.gatewayOptions());
const citizen = await population(gw).getCitizen(lookupOf(child), {
  purpose: '1.001193',
  caseId: 'H23.01-261123-0002',
  officerId: MOCK_OFFICER_ID, // the officer who asks (MaCanBo)
  consent: mock.consent(child.personalId, 'population.basic', '1.001193'),
}); // the 503 is retried
mock.calls.map((call) => call.status); // [503, 200]
// #endregion population-mocking
const statuses = mock.calls.map((call) => call.status);
await gw.close();
await mock.close();

export { citizen, statuses };
