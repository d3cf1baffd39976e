import type { AccessContext, CallResult, Gateway, RequestOf, ResultOf, WireOf } from '@onceonly/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ContributionHistory, HealthInsuranceCard, Participant } from './domain.js';
import { insurance } from './insurance.js';
import type { InsuranceQuery } from './query.js';
import type { getContributionPeriodsRest, getContributionPeriodsSoap } from './services.js';
import type { QuaTrinhThamGia } from './wire.js';

describe('insurance types', () => {
  it('both definitions carry the same request, wire and domain types', () => {
    expectTypeOf<RequestOf<typeof getContributionPeriodsSoap>>().toEqualTypeOf<InsuranceQuery>();
    expectTypeOf<WireOf<typeof getContributionPeriodsRest>>().toEqualTypeOf<QuaTrinhThamGia>();
    expectTypeOf<ResultOf<typeof getContributionPeriodsRest>>().toEqualTypeOf<ContributionHistory>();
  });

  it('insurance(gw) methods', () => {
    const bhxh = insurance({} as Gateway, { encoding: 'rest' });
    expectTypeOf(bhxh.getParticipant).parameter(0).toEqualTypeOf<InsuranceQuery>();
    expectTypeOf(bhxh.getParticipant).parameter(1).toEqualTypeOf<AccessContext>();
    expectTypeOf(bhxh.getParticipant).returns.resolves.toEqualTypeOf<Participant>();
    expectTypeOf(bhxh.getHealthInsuranceCard).returns.resolves.toEqualTypeOf<HealthInsuranceCard>();
    expectTypeOf(bhxh.getContributionPeriodsWithMeta).returns.resolves.toEqualTypeOf<
      CallResult<ContributionHistory>
    >();
    // @ts-expect-error: the key is a personal id or an insurance code, nothing else
    void bhxh.getParticipant({ oldId: '012345678' }, {} as AccessContext);
  });
});
