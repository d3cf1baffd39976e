// #region readme-try
import { createGateway, memoryAuditSink } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { population } from '@onceonly/population';

// The mock platform stands in for the security server and for VNeID (docs/testing-with-the-mock.md).
const mock = createMockPlatform({ seed: 42 });
const persona = mock.personas[0]!;
const personalId = persona.personalId;
// In production the citizen gives consent in VNeID's consent flow and your callback route receives the
// token (docs/testing-with-the-mock.md#login-and-consent-through-the-identity-provider); the mock issues one directly:
const consent = mock.consent(personalId, 'population.basic', '1.001193');

const audit = memoryAuditSink();
const gw = createGateway({
  ...mock.gatewayOptions(), // baseUrl, client id, signature keys and an in-process dispatcher
  audit: { sink: audit, subjectKey: 'test-only audit key, 32 bytes or more' }, // in production: from your vault
});
const citizen = await population(gw).getCitizen(
  lookupOf(persona), // personal id, full name and date of birth, as on the id card
  { purpose: '1.001193', caseId: 'H23.01-241122-0001', officerId: MOCK_OFFICER_ID, consent },
);
citizen.name.full; // the synthetic citizen's name, from the population database
await gw.close();
await mock.close();
// #endregion readme-try

export { audit, citizen, mock, personalId };
