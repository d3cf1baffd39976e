import type { AccessContext, CallResult, Gateway, RequestOf, ResultOf, WireOf } from '@onceonly/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { Address, Citizen } from './domain.js';
import type { BloodType, Gender, MaritalStatus, RelationToHead } from './codes.js';
import { toCitizen } from './map-citizen.js';
import { population } from './population.js';
import type { getCitizenService } from './services.js';
import type { AddressWire, CitizenWire } from './wire.js';

describe('population types', () => {
  it('getCitizenService carries its request, wire and domain types', () => {
    expectTypeOf<RequestOf<typeof getCitizenService>>().toEqualTypeOf<{ personalId: string }>();
    expectTypeOf<WireOf<typeof getCitizenService>>().toEqualTypeOf<CitizenWire>();
    expectTypeOf<ResultOf<typeof getCitizenService>>().toEqualTypeOf<Citizen>();
  });

  it('population(gw).getCitizen and getCitizenWithMeta', () => {
    const pop = population({} as Gateway);
    expectTypeOf(pop.getCitizen).parameter(0).toEqualTypeOf<{ personalId: string }>();
    expectTypeOf(pop.getCitizen).parameter(1).toEqualTypeOf<AccessContext>();
    expectTypeOf(pop.getCitizen).returns.resolves.toEqualTypeOf<Citizen>();
    expectTypeOf(pop.getCitizenWithMeta).returns.resolves.toEqualTypeOf<CallResult<Citizen>>();
    // @ts-expect-error: the lookup takes a personal id, not a name
    void pop.getCitizen({ fullName: 'Nguyễn Văn An' }, {} as AccessContext);
  });

  it('domain unions come from the code tables', () => {
    expectTypeOf<Gender>().toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<MaritalStatus>().toEqualTypeOf<'unknown' | 'single' | 'married' | 'divorced' | 'widowed'>();
    expectTypeOf<BloodType>().toEqualTypeOf<'A' | 'B' | 'AB' | 'O'>();
    expectTypeOf<RelationToHead>().toExtend<string>();
    expectTypeOf<'grandchild'>().toExtend<RelationToHead>();
    expectTypeOf<CitizenWire['gioiTinh']>().toEqualTypeOf<'1' | '2'>();
  });

  it('a 2025 address has no district, on the wire and in the domain', () => {
    // @ts-expect-error: districts ended in 2025
    const wire: AddressWire = { maTinh: '01', maHuyen: '001', maXa: '00004', chiTiet: '', phienBan: '2025' };
    // @ts-expect-error: a pre-2025 address needs its district
    const domain: Address = { provinceCode: '01', wardCode: '00001', detail: '', version: 'pre-2025' };
    void wire;
    void domain;
  });

  it('a wrong wire field in the mapping is a type error', () => {
    const wire = {} as CitizenWire;
    // @ts-expect-error: the wire record names the date of birth `ngaySinh`
    void wire.ngayThangNamSinh;
    expectTypeOf(toCitizen).parameter(0).toEqualTypeOf<CitizenWire>();
  });
});
