import type {
  AccessContext,
  CallResult,
  Gateway,
  Provenance,
  RequestOf,
  ResultOf,
  WireOf,
} from '@onceonly/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { BloodType, Gender, MaritalStatus, RelationToHead } from './codes.js';
import type { Address, Citizen, HouseholdRecord, MaritalStatusRecord, Residence } from './domain.js';
import { toCitizen } from './map-citizen.js';
import { population } from './population.js';
import type { CitizenQuery } from './query.js';
import type { getCitizenRest, getCitizenSoap } from './services.js';
import type { CongDan, CongdanCollection } from './wire.js';

describe('population types', () => {
  it('both definitions of getCitizen carry the same request, wire and domain types', () => {
    expectTypeOf<RequestOf<typeof getCitizenSoap>>().toEqualTypeOf<CitizenQuery>();
    expectTypeOf<WireOf<typeof getCitizenSoap>>().toEqualTypeOf<CongdanCollection>();
    expectTypeOf<ResultOf<typeof getCitizenSoap>>().toEqualTypeOf<Citizen>();
    expectTypeOf<ResultOf<typeof getCitizenRest>>().toEqualTypeOf<Citizen>();
  });

  it('population(gw) methods', () => {
    const pop = population({} as Gateway, { encoding: 'rest' });
    expectTypeOf(pop.getCitizen).parameter(0).toEqualTypeOf<CitizenQuery>();
    expectTypeOf(pop.getCitizen).parameter(1).toEqualTypeOf<AccessContext>();
    expectTypeOf(pop.getCitizen).returns.resolves.toEqualTypeOf<Citizen>();
    expectTypeOf(pop.getCitizenWithMeta).returns.resolves.toEqualTypeOf<CallResult<Citizen>>();
    expectTypeOf(pop.verifyCitizen).returns.resolves.toEqualTypeOf<boolean>();
    expectTypeOf(pop.getHousehold).returns.resolves.toEqualTypeOf<HouseholdRecord>();
    expectTypeOf(pop.checkMaritalStatus).returns.resolves.toEqualTypeOf<MaritalStatusRecord>();
    expectTypeOf(pop.getResidence).parameter(0).toEqualTypeOf<CitizenQuery>();
    expectTypeOf(pop.getResidence).returns.resolves.toEqualTypeOf<Residence>();
    expectTypeOf(pop.getResidenceWithMeta).returns.resolves.toEqualTypeOf<CallResult<Residence>>();
    expectTypeOf<Citizen['provenance']>().toEqualTypeOf<Provenance>();
    expectTypeOf<Residence['provenance']>().toEqualTypeOf<Provenance>();
    // @ts-expect-error: the lookup needs the name and date of birth as well as the id
    void pop.getCitizen({ personalId: '001203012345' }, {} as AccessContext);
  });

  it('domain unions come from the code tables', () => {
    expectTypeOf<Gender>().toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<MaritalStatus>().toEqualTypeOf<'unknown' | 'single' | 'married' | 'divorced' | 'widowed'>();
    expectTypeOf<BloodType>().toEqualTypeOf<'A' | 'B' | 'AB' | 'O'>();
    expectTypeOf<'grandchild'>().toExtend<RelationToHead>();
  });

  it('a 2025 address has no district in the domain', () => {
    // @ts-expect-error: a pre-2025 address needs its district
    const domain: Address = {
      provinceCode: '01',
      wardCode: '00001',
      detail: '',
      country: 'VN',
      version: 'pre-2025',
    };
    void domain;
  });

  it('a wrong wire field in the mapping is a type error', () => {
    const wire = {} as CongDan;
    // @ts-expect-error: the real services name the date of birth `NgayThangNamSinh`
    void wire.ngaySinh;
    expectTypeOf(toCitizen).parameter(0).toEqualTypeOf<CongDan>();
  });
});
