import type { AccessContext, CallResult, Gateway, RequestOf, ResultOf } from '@onceonly/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { EnterpriseStatus, LegalForm } from './codes.js';
import type { Enterprise, HouseholdBusiness } from './domain.js';
import { enterprise } from './enterprise.js';
import type { EnterpriseQuery, PersonQuery } from './query.js';
import type { enterpriseOperations, enterpriseRestOperations } from './services.js';

describe('enterprise types', () => {
  it('both encodings carry the same request and domain types', () => {
    expectTypeOf<RequestOf<typeof enterpriseOperations.getEnterprise>>().toEqualTypeOf<EnterpriseQuery>();
    expectTypeOf<RequestOf<typeof enterpriseRestOperations.getEnterprise>>().toEqualTypeOf<EnterpriseQuery>();
    expectTypeOf<ResultOf<typeof enterpriseRestOperations.getEnterprise>>().toEqualTypeOf<Enterprise>();
    expectTypeOf<ResultOf<typeof enterpriseOperations.findByRepresentative>>().toEqualTypeOf<Enterprise[]>();
  });

  it('enterprise(gw) methods', () => {
    const biz = enterprise({} as Gateway, { encoding: 'rest' });
    expectTypeOf(biz.getEnterprise).parameter(0).toEqualTypeOf<EnterpriseQuery>();
    expectTypeOf(biz.getEnterprise).parameter(1).toEqualTypeOf<AccessContext>();
    expectTypeOf(biz.getEnterprise).returns.resolves.toEqualTypeOf<Enterprise>();
    expectTypeOf(biz.getEnterpriseWithMeta).returns.resolves.toEqualTypeOf<CallResult<Enterprise>>();
    expectTypeOf(biz.getHouseholdBusiness).returns.resolves.toEqualTypeOf<HouseholdBusiness>();
    expectTypeOf(biz.findByRepresentative).parameter(0).toEqualTypeOf<PersonQuery>();
    expectTypeOf(biz.findHouseholdBusinesses).returns.resolves.toEqualTypeOf<HouseholdBusiness[]>();
    // @ts-expect-error: a lookup by tax code takes the tax code, not a personal id
    void biz.getEnterprise({ personalId: '001203012345' }, {} as AccessContext);
  });

  it('domain unions come from the code tables', () => {
    expectTypeOf<'dissolved'>().toExtend<EnterpriseStatus>();
    expectTypeOf<'joint-stock' | 'private-enterprise' | 'other'>().toExtend<LegalForm>();
  });
});
