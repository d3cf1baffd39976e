// #region readme-try
import { createGateway, memoryAuditSink } from '@onceonly/core';
import { createMockPlatform } from '@onceonly/mock';
import { population } from '@onceonly/population';

// The mock platform stands in for the security server and for VNeID (docs/testing-with-the-mock.md).
const mock = createMockPlatform({ seed: 42 });
const personalId = mock.personas[0]!.personalId;
// In production the citizen gives consent in VNeID's consent flow and your callback route receives the
// token (docs/testing-with-the-mock.md#login-and-consent-through-the-identity-provider); the mock issues one directly:
const consent = mock.consent(personalId, 'population.basic', '1.001193');

const audit = memoryAuditSink();
const gw = createGateway({
  ...mock.gatewayOptions(), // baseUrl, client id, signature keys and an in-process dispatcher
  audit: { sink: audit, subjectKey: 'test-only audit key, 32 bytes or more' }, // in production: from your vault
});
const citizen = await population(gw).getCitizen(
  { personalId },
  { purpose: '1.001193', caseId: 'H23.01-241122-0001', consent },
);
citizen.name.full; // the synthetic citizen's name, from the population database
await gw.close();
await mock.close();
// #endregion readme-try

export { audit, citizen, mock, personalId };
