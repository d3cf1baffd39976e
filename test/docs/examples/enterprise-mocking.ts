// #region enterprise-mocking
import { createGateway } from '@onceonly/core';
import { enterprise } from '@onceonly/enterprise';
import { createMockPlatform } from '@onceonly/mock';

const mock = createMockPlatform({ seed: 42 });
mock.world.enterprises; // every registered enterprise (world-level), each with a persona as representative
mock.world.byTag('dissolved-enterprise'); // representatives of a dissolved enterprise
const owner = mock.world.byTag('household-business')[0]!; // owns a household business
const registrationNumber = owner.enterprise!.householdBusinesses[0]!;
mock.faults.inject('enterprise.household-business.get.rest', { kind: 'status', status: 503 }, { times: 1 });

const gw = createGateway(mock.gatewayOptions());
const business = await enterprise(gw, { encoding: 'rest' }).getHouseholdBusiness(
  { registrationNumber },
  { purpose: '1.001193', caseId: 'H23.01-261123-0004' },
); // GET …/TraCuuThongTinHoKinhDoanh/household-businesses/{registrationNumber}; the 503 is retried
mock.calls.map((call) => call.status); // [503, 200]
// #endregion enterprise-mocking
const statuses = mock.calls.map((call) => call.status);
await gw.close();
await mock.close();

export { business, owner, statuses };
