/**
 * Writes the world's insurance records in the services' vocabulary (`NguoiThamGia`, `QuaTrinhThamGia`,
 * `TheBHYT`), the same for the SOAP and the REST encodings. Names and dates of birth come from the
 * population record, as the insurance agency's records are matched against it.
 * @module
 */
import type { NguoiThamGia, QuaTrinhDong, QuaTrinhThamGia, TheBHYT } from '@onceonly/insurance';
import type { InsuranceRecord, RecordContributionPeriod } from '../world/insurance-record.js';
import type { Persona, World } from '../world/types.js';
import { dataDateOf, recordName } from './population-wire.js';

const compactDay = (iso: string) => iso.replaceAll('-', '');
const compactMonth = (month: string) => month.replace('-', '');

/** The person's identity fields: `MaSoBHXH`, `SoDinhDanh`, `HoVaTen`, `NgaySinh`, `GioiTinh`. */
function personOf(persona: Persona, record: InsuranceRecord) {
  const recorded = persona.population.ngaySinh;
  return {
    MaSoBHXH: record.maSoBHXH,
    SoDinhDanh: persona.personalId,
    HoVaTen: recordName(persona.population),
    // A year alone where the population record holds only the year; the full date otherwise.
    NgaySinh: /^\d{4}$/.test(recorded) ? recorded : compactDay(persona.birthDate),
    GioiTinh: persona.population.gioiTinh,
  };
}

/** The participant answer. */
export function toNguoiThamGia(persona: Persona, record: InsuranceRecord, world: World): NguoiThamGia {
  const months = record.quaTrinhDong.reduce((sum, period) => sum + monthsOf(period, world), 0);
  return {
    ...personOf(persona, record),
    TrangThaiThamGia: record.trangThaiThamGia,
    TongSoThangDong: String(months),
    ThoiDiemDuLieu: dataDateOf(world),
  };
}

/** Months of one period, both ends included; a running one up to the world's month. */
function monthsOf(period: RecordContributionPeriod, world: World): number {
  const month = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7));
  return month(period.denThang ?? world.asOf.slice(0, 7)) - month(period.tuThang) + 1;
}

/** One period as `QuaTrinhDong`; a running period has an empty `DenThang`. */
function toQuaTrinhDong(period: RecordContributionPeriod): QuaTrinhDong {
  return {
    DonViSuDungLaoDong: { MaSoThue: period.maSoThue, TenDonVi: period.tenDonVi },
    TuThang: compactMonth(period.tuThang),
    DenThang: period.denThang === undefined ? '' : compactMonth(period.denThang),
    MucLuong: period.mucLuong,
  };
}

/** The contribution history answer (an empty list for someone who never contributed). */
export function toQuaTrinhThamGia(persona: Persona, record: InsuranceRecord, world: World): QuaTrinhThamGia {
  return {
    MaSoBHXH: record.maSoBHXH,
    SoDinhDanh: persona.personalId,
    ThoiDiemDuLieu: dataDateOf(world),
    QuaTrinhDong: record.quaTrinhDong.map(toQuaTrinhDong),
  };
}

/** The health card answer, or `undefined` when the person holds no card. */
export function toTheBHYT(persona: Persona, record: InsuranceRecord, world: World): TheBHYT | undefined {
  const card = record.theBHYT;
  if (card === undefined) return undefined;
  return {
    SoTheBHYT: card.soThe,
    ...personOf(persona, record),
    GiaTriTu: compactDay(card.giaTriTu),
    GiaTriDen: card.giaTriDen === undefined ? '' : compactDay(card.giaTriDen),
    MucHuong: card.mucHuong,
    NoiDangKyKCBBanDau: { MaCoSo: card.noiDangKyKCB.maCoSo, TenCoSo: card.noiDangKyKCB.tenCoSo },
    ThoiDiemDuLieu: dataDateOf(world),
  };
}
