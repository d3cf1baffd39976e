// #region prefill-catalog
import { createGateway } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { catalog, consentScopes, prefill } from '@onceonly/prefill';

const form = catalog['1.004222']; // Đăng ký thường trú, ready for prefill
const mock = createMockPlatform({ seed: 42 });
const gateway = createGateway(mock.gatewayOptions());
const citizen = mock.world.byTag('land-owner').find((p) => p.tags.includes('adult'))!;

// One consent for every category the form's sources read (the consent page lists them).
const scopes = consentScopes(form);
const result = await prefill(form, {
  subject: lookupOf(citizen),
  ctx: {
    purpose: '1.004222',
    caseId: 'H23.01-261202-0002',
    officerId: MOCK_OFFICER_ID,
    consent: mock.consent(citizen.personalId, scopes, '1.004222'),
  },
  gateway,
  receiptKey: process.env.RECEIPT_KEY ?? 'a-secret-of-at-least-32-bytes-from-your-vault',
});
result.documents.waived.map((d) => d.id); // ['dwelling-proof', ...]: the land certificate replaces it
result.documents.required.map((d) => d.id); // ['lease-contract', ...]: what no database holds
// #endregion prefill-catalog
await gateway.close();
await mock.close();

export { result };
