import {
  type DanhSachKetHon,
  getBirthRecordRest,
  getBirthRecordSoap,
  getDeathRecordRest,
  getDeathRecordSoap,
  getMaritalStatusRest,
  getMaritalStatusSoap,
  getMarriageRecordRest,
  getMarriageRecordSoap,
  type ThongTinKhaiSinh,
  type ThongTinKhaiTu,
  type ThongTinTinhTrangHonNhan,
  type YeuCauTraCuuHoTich,
} from '@onceonly/civil-status';
import { sameName } from '@onceonly/vn';
import type { Persona, World } from '../world/types.js';
import { toThongTinKetHon, toThongTinKhaiSinh, toThongTinKhaiTu } from './civil-status-wire.js';
import { dataDateOf } from './population-wire.js';
import type { ProviderBinding } from './types.js';

/**
 * The civil status database in the mock: `TraCuuThongTinKhaiSinh`, `TraCuuThongTinKetHon`,
 * `XacNhanTinhTrangHonNhan` and `TraCuuThongTinKhaiTu`, each over REST and SOAP from the same world.
 *
 * A request is checked against the declared wire request (`YeuCauTraCuuHoTich`: `MaYeuCau`, `MaCanBo`
 * of 12 digits, `SoDinhDanh` of 12 digits, `HoVaTen`, nothing else): anything else is refused as
 * `INVALID_REQUEST`. A lookup answers only when the id names a persona and the name agrees (`sameName`:
 * no case or diacritic differences); otherwise, and when the person has no such record (no electronic
 * birth record, not deceased), the answer is the provider fault `NOT_FOUND`. A person who never married
 * gets an empty list of marriages, and the status `1` (single).
 */

/** The persona a request names, when the id and the name agree. */
export function matchCivilPersona(asked: YeuCauTraCuuHoTich, world: World): Persona | undefined {
  const persona = world.byPersonalId(asked.SoDinhDanh);
  if (persona === undefined || persona.personalId !== asked.SoDinhDanh) return undefined;
  return sameName(asked.HoVaTen, persona.fullName) ? persona : undefined;
}

const subject = (asked: YeuCauTraCuuHoTich) => asked.SoDinhDanh;

export const civilBirthProvider: ProviderBinding<YeuCauTraCuuHoTich, ThongTinKhaiSinh> = {
  service: getBirthRecordRest,
  soapService: getBirthRecordSoap,
  subject,
  resolve(asked, world) {
    const record = matchCivilPersona(asked, world)?.civilStatus?.khaiSinh;
    return record && toThongTinKhaiSinh(record, dataDateOf(world));
  },
};

export const civilMarriageProvider: ProviderBinding<YeuCauTraCuuHoTich, DanhSachKetHon> = {
  service: getMarriageRecordRest,
  soapService: getMarriageRecordSoap,
  subject,
  resolve(asked, world) {
    const persona = matchCivilPersona(asked, world);
    const civil = persona?.civilStatus;
    if (persona === undefined || civil === undefined) return undefined;
    return {
      ThoiDiemDuLieu: dataDateOf(world),
      SoDinhDanh: persona.personalId,
      SoBanGhi: String(civil.ketHon.length),
      KetHon: civil.ketHon.map(toThongTinKetHon),
    };
  },
};

export const civilMaritalStatusProvider: ProviderBinding<YeuCauTraCuuHoTich, ThongTinTinhTrangHonNhan> = {
  service: getMaritalStatusRest,
  soapService: getMaritalStatusSoap,
  subject,
  resolve(asked, world) {
    const persona = matchCivilPersona(asked, world);
    const civil = persona?.civilStatus;
    if (persona === undefined || civil === undefined) return undefined;
    return {
      ThoiDiemDuLieu: dataDateOf(world),
      SoDinhDanh: persona.personalId,
      HoVaTen: persona.fullName,
      TinhTrangHonNhan: civil.tinhTrangHonNhan,
      KetHon: civil.ketHon.map(toThongTinKetHon),
    };
  },
};

export const civilDeathProvider: ProviderBinding<YeuCauTraCuuHoTich, ThongTinKhaiTu> = {
  service: getDeathRecordRest,
  soapService: getDeathRecordSoap,
  subject,
  resolve(asked, world) {
    const record = matchCivilPersona(asked, world)?.civilStatus?.khaiTu;
    return record && toThongTinKhaiTu(record, dataDateOf(world));
  },
};

/** The civil status database's bindings. */
export const civilStatusProviders: readonly ProviderBinding[] = [
  civilBirthProvider,
  civilMarriageProvider,
  civilMaritalStatusProvider,
  civilDeathProvider,
];
