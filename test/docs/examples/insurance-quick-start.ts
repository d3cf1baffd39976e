// #region insurance-quick-start
import { createGateway } from '@onceonly/core';
import { insurance } from '@onceonly/insurance';
import { createMockPlatform } from '@onceonly/mock';

const mock = createMockPlatform({ seed: 42 });
const gateway = createGateway(mock.gatewayOptions());
const persona = mock.world.byTag('short-contributions')[0]!; // `!`: every seeded world has three
const purpose = '1.014748'; // unemployment benefit (hưởng trợ cấp thất nghiệp; 1.001978 before the 2025 Employment Law)
const consent = mock.consent(persona.personalId, ['insurance.social'], purpose);

const history = await insurance(gateway).getContributionPeriods(
  { personalId: persona.personalId }, // or { insuranceCode: '0123456789' }, the 10-digit code
  { purpose, caseId: 'H23.01-261123-0003', consent },
);
history.periods[0]?.employer; // { taxCode, name }: an enterprise of the mock's world
history.monthsInLast24 >= 12; // false: fewer than 12 of the last 24 months, no unemployment benefit
history.provenance; // { provider: 'GOV/000.00.00.G21/CSDLBH', retrievedAt: '2026-…' }
// #endregion insurance-quick-start
await gateway.close();
await mock.close();

export { history, persona };
