// #region civil-status-mocking
import { civilStatus } from '@onceonly/civil-status';
import { createGateway } from '@onceonly/core';
import { createMockPlatform, MOCK_OFFICER_ID } from '@onceonly/mock';

const mock = createMockPlatform({ seed: 42 });
const married = mock.world.byTag('married')[0]!;
married.civilStatus?.ketHon; // what the mock serves: every marriage registration, earliest first
mock.world.byTag('no-birth-record'); // born before the books were digitised: the birth lookup is "not found"
// also: divorced, remarried, foreign-spouse, deceased (from the people model)
mock.faults.inject('civil.status.get', { kind: 'status', status: 503 }, { times: 1 });

const gw = createGateway(mock.gatewayOptions());
const status = await civilStatus(gw).getMaritalStatus(
  { personalId: married.personalId, fullName: married.fullName },
  {
    purpose: '1.001193',
    caseId: 'H23.01-261123-0004',
    officerId: MOCK_OFFICER_ID,
    consent: mock.consent(married.personalId, 'civil.status', '1.001193'),
  },
); // the 503 is retried
status.status; // 'married'
status.marriages.at(-1)?.state; // 'in-force'
// #endregion civil-status-mocking
const statuses = mock.calls.map((call) => call.status);
await gw.close();
await mock.close();

export { married, status, statuses };
