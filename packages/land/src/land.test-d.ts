import type { AccessContext, CallResult, Gateway, RequestOf, ResultOf, WireOf } from '@onceonly/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { CertificateList, Parcel } from './domain.js';
import { land } from './land.js';
import type { OwnerQuery, ParcelQuery } from './query.js';
import type { getCertificatesByOwnerSoap, getParcelRest, getParcelSoap } from './services.js';
import type { DanhSachGiayChungNhan, ThuaDat } from './wire.js';

describe('land types', () => {
  it('both definitions carry the same request, wire and domain types', () => {
    expectTypeOf<RequestOf<typeof getParcelSoap>>().toEqualTypeOf<ParcelQuery>();
    expectTypeOf<WireOf<typeof getParcelSoap>>().toEqualTypeOf<ThuaDat>();
    expectTypeOf<ResultOf<typeof getParcelRest>>().toEqualTypeOf<Parcel>();
    expectTypeOf<WireOf<typeof getCertificatesByOwnerSoap>>().toEqualTypeOf<DanhSachGiayChungNhan>();
    expectTypeOf<ResultOf<typeof getCertificatesByOwnerSoap>>().toEqualTypeOf<CertificateList>();
  });

  it('land(gw) methods', () => {
    const client = land({} as Gateway, { encoding: 'rest' });
    expectTypeOf(client.getParcel).parameter(0).toEqualTypeOf<ParcelQuery>();
    expectTypeOf(client.getParcel).parameter(1).toEqualTypeOf<AccessContext>();
    expectTypeOf(client.getParcel).returns.resolves.toEqualTypeOf<Parcel>();
    expectTypeOf(client.getCertificatesByOwner).parameter(0).toEqualTypeOf<OwnerQuery>();
    expectTypeOf(client.getCertificatesByOwnerWithMeta).returns.resolves.toEqualTypeOf<
      CallResult<CertificateList>
    >();
    // @ts-expect-error: the sheet is a number, not text
    void client.getParcel({ communeCode: '00004', sheet: '12', parcel: 3 }, {} as AccessContext);
  });
});
