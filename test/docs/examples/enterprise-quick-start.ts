// #region enterprise-quick-start
import { createGateway } from '@onceonly/core';
import { enterprise } from '@onceonly/enterprise';
import { createMockPlatform } from '@onceonly/mock';

const mock = createMockPlatform({ seed: 42 });
const gateway = createGateway(mock.gatewayOptions());
const biz = enterprise(gateway); // SOAP; enterprise(gateway, { encoding: 'rest' }) for the REST profile
const ctx = { purpose: '1.001193', caseId: 'H23.01-261123-0003' };

// Public data: no consent. The tax code's check digit is verified before anything is sent.
const taxCode = mock.world.byTag('dissolved-enterprise')[0]!.enterprise!.representativeOf[0]!;
const company = await biz.getEnterprise({ taxCode }, ctx);
company.names.vietnamese; // 'CÔNG TY ...', as registered
company.status; // 'active', 'dissolved', ... (company.statusCode keeps the raw code)
company.representative; // { name, title }: a public lookup names no personal id
company.provenance; // { provider: 'VN/GOV/000.00.00.G09/CSDLDKDN', retrievedAt: '2026-…' }: who answered, when

// A search by person needs the person's consent for enterprise.basic.
const person = mock.world.byTag('enterprise-representative')[0]!;
const represented = await biz.findByRepresentative(
  { personalId: person.personalId },
  { ...ctx, consent: mock.consent(person.personalId, 'enterprise.basic', '1.001193') },
);
represented.map((e) => e.taxCode); // the enterprises they legally represent; [] when none
// #endregion enterprise-quick-start
await gateway.close();
await mock.close();

export { company, person, represented, taxCode };
