// #region land-quick-start
import { createGateway } from '@onceonly/core';
import { land } from '@onceonly/land';
import { createMockPlatform } from '@onceonly/mock';

const mock = createMockPlatform({ seed: 42 });
const gateway = createGateway(mock.gatewayOptions());
const ctx = { purpose: '1.004227', caseId: 'H23.01-261123-0003' };

// A holder, and their certificates: a search by person needs their consent (land.basic).
const holder = mock.world.byTag('land-co-owners')[0]!; // `!`: the seeded world has one
const consent = mock.consent(holder.personalId, 'land.basic', ctx.purpose);
const { certificates } = await land(gateway).getCertificatesByOwner(
  { personalId: holder.personalId },
  { ...ctx, consent },
);
const home = certificates[0]!;
home.ownership; // 'joint': held with the spouse
home.holders.map((h) => h.fullName); // both spouses' names: a joint certificate

// The parcel itself: public cadastral data (no holder in the answer), so no consent.
const parcel = await land(gateway).getParcel(
  { communeCode: home.parcel.commune.code, sheet: home.parcel.sheet, parcel: home.parcel.parcel },
  ctx,
);
parcel.uses.map((use) => use.code); // e.g. ['ODT'] (urban) or ['ONT', 'CLN'] (a rural homestead and its garden)
parcel.provenance; // { provider: 'VN/GOV/000.00.00.G14/CSDLDD', retrievedAt: '2026-…Z' }
// #endregion land-quick-start
await gateway.close();
await mock.close();

export { certificates, holder, home, parcel };
