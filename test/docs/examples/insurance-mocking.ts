// #region insurance-mocking
import { createGateway } from '@onceonly/core';
import { insurance } from '@onceonly/insurance';
import { createMockPlatform, employerOf } from '@onceonly/mock';

const mock = createMockPlatform({ seed: 42 });
mock.world.byTag('no-insurance-history'); // working age, never contributed: an empty history
mock.world.byTag('short-contributions'); // 1 to 11 months in the last 24
const child = mock.world.byTag('minor')[0]!;
child.insurance?.maSoBHXH; // the 10-digit code; child.insurance?.theBHYT is the health card
const worker = mock.world.personas.find((p) => p.insurance?.trangThaiThamGia === '1')!;
employerOf(mock.world, worker)?.tenTiengViet; // the enterprise the worker contributes through now

mock.faults.inject('insurance.health-card.get', { kind: 'status', status: 503 }, { times: 1 });
const gw = createGateway(mock.gatewayOptions());
const card = await insurance(gw).getHealthInsuranceCard(
  { insuranceCode: child.insurance!.maSoBHXH },
  {
    purpose: '1.001193',
    caseId: 'H23.01-261123-0004',
    consent: mock.consent(child.insurance!.maSoBHXH, ['insurance.health'], '1.001193'),
  },
); // the 503 is retried
card.clinic; // { code, name }: the registered primary care clinic
const statuses = mock.calls.map((call) => call.status); // [503, 200]
// #endregion insurance-mocking
await gw.close();
await mock.close();

export { card, statuses, worker };
