import type { JsonSchema } from '@onceonly/core';
import {
  checkMaritalStatusRest,
  checkMaritalStatusSoap,
  type CongdanCollection,
  getCitizenRest,
  getCitizenSoap,
  getHouseholdRest,
  getHouseholdSoap,
  getResidenceRest,
  getResidenceSoap,
  type HoGiaDinh,
  type KetQuaXacMinhHonNhan,
  type KetQuaXacThucResponse,
  type ThongTinCuTru,
  verifyCitizenRest,
  verifyCitizenSoap,
  type YeuCauCongDan,
} from '@onceonly/population';
import { sameName } from '@onceonly/vn';
import type { Persona, World } from '../world/types.js';
import {
  dataDateOf,
  householdBookOf,
  recordName,
  toCongDan,
  toThanhVien,
  toThongTinCuTru,
  wireBirthDate,
} from './population-wire.js';
import type { ProviderBinding } from './types.js';

/**
 * The population database in the mock: the five operations (`TraCuuThongTinCongDan`,
 * `XacThucThongTinCongDan`, `CungCapThongTinHoGiaDinh`, `XacMinhTinhTrangHonNhan`,
 * `CungCapThongTinCuTru`), each served over the
 * REST profile and over SOAP from the same world, in the real services' vocabulary.
 *
 * Strict as the real service: a lookup answers only when the id (`SoDinhDanh`, or `SoCMND` for an old
 * id), the name (`HoVaTen`, compared with `sameName`: no case or diacritic differences) and the date of
 * birth (`NgayThangNamSinh`) agree, and an officer (`MaCanBo`) is named. Otherwise the answer is
 * "not found", which the mock gives as a provider fault `NOT_FOUND` (REST: 404 problem; SOAP: a fault
 * with faultcode `NOT_FOUND`) rather than an empty `CongdanCollection`; `verifyCitizen` answers
 * `TonTai: false` instead.
 */

/** The wire request as the mock reads it: `MaCanBo` may be missing (then: not found, as the real service). */
type Asked = Omit<YeuCauCongDan, 'MaCanBo'> & { MaCanBo?: string };

/** The schema the mock checks requests with: the wire request's, with `MaCanBo` not required. */
function lenientOn(schema: JsonSchema, field: string): JsonSchema {
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return { ...schema, required: required.filter((name) => name !== field) };
}

function sameBirthDate(recorded: string, asked: Asked['NgayThangNamSinh']): boolean {
  const wire = wireBirthDate(recorded);
  const year = (wire.NgayThangNam ?? wire.Nam ?? '').slice(0, 4);
  if (asked?.NgayThangNam) {
    // A full date matches a full record exactly; a partial record only by what it holds.
    if (wire.NgayThangNam === undefined) return asked.NgayThangNam.slice(0, 4) === year;
    if (wire.NgayThangNam.endsWith('00'))
      return asked.NgayThangNam.slice(0, 6) === wire.NgayThangNam.slice(0, 6);
    return asked.NgayThangNam === wire.NgayThangNam;
  }
  return asked?.Nam !== undefined && asked.Nam === year;
}

/** The persona the request names, when every detail agrees and an officer asks; else `undefined`. */
export function matchPersona(asked: Asked, world: World): Persona | undefined {
  if (asked.MaCanBo === undefined || !/^\d{12}$/.test(asked.MaCanBo)) return undefined;
  const persona =
    asked.SoDinhDanh !== undefined
      ? world.byPersonalId(asked.SoDinhDanh)
      : world.personas.find((p) => asked.SoCMND !== undefined && p.population.soCMND === asked.SoCMND);
  if (persona === undefined) return undefined;
  if (asked.SoDinhDanh !== undefined && persona.personalId !== asked.SoDinhDanh) return undefined;
  if (!sameName(asked.HoVaTen, recordName(persona.population))) return undefined;
  if (!sameBirthDate(persona.population.ngaySinh, asked.NgayThangNamSinh)) return undefined;
  return persona;
}

const subjectOfWire = (asked: Asked) => asked.SoDinhDanh ?? asked.SoCMND;

export const populationCitizenProvider: ProviderBinding<Asked, CongdanCollection> = {
  service: getCitizenRest,
  soapService: getCitizenSoap,
  soapAttributes: ['SoCongDan', 'GhiChu', 'ThoiDiemDuLieu'],
  requestSchema: lenientOn(getCitizenRest.wireRequest as JsonSchema, 'MaCanBo'),
  subject: subjectOfWire,
  resolve(asked, world) {
    const persona = matchPersona(asked, world);
    if (persona === undefined) return undefined;
    return {
      SoCongDan: '1',
      GhiChu: '',
      ThoiDiemDuLieu: dataDateOf(world),
      CongDan: [toCongDan(persona.population, householdBookOf(persona))],
    };
  },
};

export const populationVerifyProvider: ProviderBinding<Asked, KetQuaXacThucResponse> = {
  service: verifyCitizenRest,
  soapService: verifyCitizenSoap,
  requestSchema: lenientOn(verifyCitizenRest.wireRequest as JsonSchema, 'MaCanBo'),
  subject: subjectOfWire,
  resolve(asked, world) {
    // Yes or no, never "not found": the answer is the verification. Without an officer: no.
    return { TonTai: matchPersona(asked, world) !== undefined };
  },
};

export const populationHouseholdProvider: ProviderBinding<Asked, HoGiaDinh> = {
  service: getHouseholdRest,
  soapService: getHouseholdSoap,
  requestSchema: lenientOn(getHouseholdRest.wireRequest as JsonSchema, 'MaCanBo'),
  subject: subjectOfWire,
  resolve(asked, world) {
    const persona = matchPersona(asked, world);
    // The deceased are in no household any more: not found.
    if (persona === undefined || persona.deathDate !== undefined) return undefined;
    const household = world.households.find((h) => h.id === persona.householdId);
    if (household === undefined) return undefined;
    const members = household.memberIds
      .map((id) => world.byPersonalId(id))
      .filter((member): member is Persona => member !== undefined);
    const head = world.byPersonalId(household.headId) ?? persona;
    const address = toCongDan(head.population, '').ThuongTru;
    const answer: HoGiaDinh = {
      SoSoHoKhau: householdBookOf(persona),
      ThoiDiemDuLieu: dataDateOf(world),
      ThanhVien: members.map(toThanhVien),
    };
    if (address) answer.ThuongTru = address;
    return answer;
  },
};

export const populationMaritalProvider: ProviderBinding<Asked, KetQuaXacMinhHonNhan> = {
  service: checkMaritalStatusRest,
  soapService: checkMaritalStatusSoap,
  requestSchema: lenientOn(checkMaritalStatusRest.wireRequest as JsonSchema, 'MaCanBo'),
  subject: subjectOfWire,
  resolve(asked, world) {
    const persona = matchPersona(asked, world);
    if (persona === undefined) return undefined;
    const wire = toCongDan(persona.population, '');
    const answer: KetQuaXacMinhHonNhan = {
      SoDinhDanh: persona.personalId,
      TinhTrangHonNhan: persona.population.tinhTrangHonNhan,
      ThoiDiemDuLieu: dataDateOf(world),
    };
    if (wire.VoChong) answer.VoChong = wire.VoChong;
    return answer;
  },
};

export const populationResidenceProvider: ProviderBinding<Asked, ThongTinCuTru> = {
  service: getResidenceRest,
  soapService: getResidenceSoap,
  requestSchema: lenientOn(getResidenceRest.wireRequest as JsonSchema, 'MaCanBo'),
  subject: subjectOfWire,
  resolve(asked, world) {
    const persona = matchPersona(asked, world);
    return persona && toThongTinCuTru(persona.population, dataDateOf(world));
  },
};

/** @deprecated Use {@link populationCitizenProvider}. */
export const populationProvider = populationCitizenProvider;

/** The population database's bindings. */
export const populationProviders: readonly ProviderBinding[] = [
  populationCitizenProvider,
  populationVerifyProvider,
  populationHouseholdProvider,
  populationMaritalProvider,
  populationResidenceProvider,
];
