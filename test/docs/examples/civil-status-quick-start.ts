// #region civil-status-quick-start
import { civilStatus } from '@onceonly/civil-status';
import { createGateway } from '@onceonly/core';
import { createMockPlatform, MOCK_OFFICER_ID } from '@onceonly/mock';

const mock = createMockPlatform({ seed: 42 });
const gateway = createGateway(mock.gatewayOptions());
const child = mock.world.byTag('minor')[0]!; // `!`: the seeded world has minors
const ctx = {
  purpose: '1.001193',
  caseId: 'H23.01-261123-0003',
  officerId: MOCK_OFFICER_ID, // the civil status officer who asks (MaCanBo)
  consent: mock.consent(child.personalId, 'civil.birth', '1.001193'), // the child is the subject
};

const birth = await civilStatus(gateway).getBirthRecord(
  { personalId: child.personalId, fullName: child.fullName },
  ctx,
);
birth.child.name; // the child's name, as registered
birth.mother?.name; // a parent of this world by id, or one from outside it by name
birth.registration.authority.name; // 'UBND Phường …' or 'UBND Xã …': the commune that registered it
birth.provenance; // { provider: 'GOV/000.00.00.G12/CSDLHT' (the answering subsystem), retrievedAt: '…' }
// #endregion civil-status-quick-start
await gateway.close();
await mock.close();

export { birth, child };
