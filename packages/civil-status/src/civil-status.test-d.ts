import type { AccessContext, CallResult, Gateway, RequestOf, ResultOf, WireOf } from '@onceonly/core';
import { describe, expectTypeOf, it } from 'vitest';
import { civilStatus } from './civil-status.js';
import type { MaritalStatus, MarriageState } from './codes.js';
import type { BirthRecord, DeathRecord, MaritalStatusConfirmation, MarriageRecord } from './domain.js';
import type { CivilQuery } from './query.js';
import type { getBirthRecordRest, getBirthRecordSoap } from './services.js';
import type { ThongTinKetHon, ThongTinKhaiSinh } from './wire.js';

describe('civil status types', () => {
  it('both definitions of getBirthRecord carry the same request, wire and domain types', () => {
    expectTypeOf<RequestOf<typeof getBirthRecordSoap>>().toEqualTypeOf<CivilQuery>();
    expectTypeOf<WireOf<typeof getBirthRecordSoap>>().toEqualTypeOf<ThongTinKhaiSinh>();
    expectTypeOf<ResultOf<typeof getBirthRecordSoap>>().toEqualTypeOf<BirthRecord>();
    expectTypeOf<ResultOf<typeof getBirthRecordRest>>().toEqualTypeOf<BirthRecord>();
  });

  it('civilStatus(gw) methods', () => {
    const civil = civilStatus({} as Gateway);
    expectTypeOf(civil.getBirthRecord).parameter(0).toEqualTypeOf<CivilQuery>();
    expectTypeOf(civil.getBirthRecord).parameter(1).toEqualTypeOf<AccessContext>();
    expectTypeOf(civil.getBirthRecordWithMeta).returns.resolves.toEqualTypeOf<CallResult<BirthRecord>>();
    expectTypeOf(civil.getMarriageRecord).returns.resolves.toEqualTypeOf<MarriageRecord[]>();
    expectTypeOf(civil.getMaritalStatus).returns.resolves.toEqualTypeOf<MaritalStatusConfirmation>();
    expectTypeOf(civil.getDeathRecord).returns.resolves.toEqualTypeOf<DeathRecord>();
    // @ts-expect-error: the lookup needs the name as well as the id
    void civil.getBirthRecord({ personalId: '001203012345' }, {} as AccessContext);
  });

  it('domain unions come from the code tables', () => {
    expectTypeOf<MaritalStatus>().toEqualTypeOf<'single' | 'married' | 'divorced' | 'widowed'>();
    expectTypeOf<MarriageState>().toEqualTypeOf<'in-force' | 'divorced' | 'ended-by-death'>();
  });

  it('a wrong wire field is a type error', () => {
    const wire = {} as ThongTinKetHon;
    // @ts-expect-error: the divorce note is `GhiChuLyHon`
    void wire.LyHon;
  });
});
