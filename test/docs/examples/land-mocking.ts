// #region land-mocking
import { createGateway } from '@onceonly/core';
import { land } from '@onceonly/land';
import { createMockPlatform } from '@onceonly/mock';

const mock = createMockPlatform({ seed: 42 });
mock.world.byTag('land-co-owners'); // holders of a certificate held jointly with their spouse
mock.world.byTag('land-second-parcel'); // also hold farm land away from home
mock.world.byTag('land-renting'); // household heads with no certificate for their home
mock.world.parcels; // every parcel: commune (2025), sheet, parcel number, area, uses
mock.faults.inject('land.certificates.get', { kind: 'status', status: 503 }, { times: 1 });

const renter = mock.world.byTag('land-renting')[0]!;
const gw = createGateway(mock.gatewayOptions());
const list = await land(gw).getCertificatesByOwner(
  { personalId: renter.personalId },
  {
    purpose: '1.004227',
    caseId: 'H23.01-261123-0004',
    consent: mock.consent(renter.personalId, 'land.basic', '1.004227'),
  },
); // the 503 is retried
list.certificates; // []: a search that finds nothing is an empty list, not "not found"
// #endregion land-mocking
const statuses = mock.calls.map((call) => call.status);
await gw.close();
await mock.close();

export { list, statuses };
