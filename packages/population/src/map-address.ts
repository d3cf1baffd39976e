/**
 * Reads an address of the population record (`DiaChi`) in the map its codes belong to, and resolves it
 * to today's units with `@onceonly/vn`. Districts were abolished on 2025-07-01, yet answers still carry
 * `MaQuanHuyen`: an address with a district code is in pre-2025 codes; one without is read by the
 * collection's data date (`ThoiDiemDuLieu`), before 2025-07-01 meaning pre-2025 codes.
 * @module
 */
import { getOldProvince, getOldWard, getProvince, getWard, resolveOldAddress, type Ward } from '@onceonly/vn';
import type { Address, CurrentUnits, NamedUnit } from './domain.js';
import type { DiaChi } from './wire.js';

/** The day the two-level map took effect, as yyyyMMdd. */
const MAP_2025 = '20250701';

/**
 * The data date as yyyyMMdd, from `yyyyMMddHHmmss`, `yyyy-MM-dd…` (ISO) or `dd/MM/yyyy…`; `undefined`
 * when absent or unreadable.
 */
export function dataDay(text: string | undefined): string | undefined {
  const value = text?.trim() ?? '';
  const compact = /^(\d{8})(\d{6})?$/.exec(value);
  if (compact) return compact[1];
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}${iso[2]}${iso[3]}`;
  const vn = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(value);
  if (vn) return `${vn[3]}${vn[2]}${vn[1]}`;
  return undefined;
}

const named = (unit: { code: string; fullName: string }): NamedUnit => ({
  code: unit.code,
  name: unit.fullName,
});
/** A wire text trimmed; `''` when absent. */
export const clean = (value: string | undefined): string => value?.trim() ?? '';

function currentOf2025(provinceCode: string, wardCode: string): CurrentUnits | undefined {
  const province = getProvince(provinceCode);
  const ward: Ward | undefined = getWard(wardCode);
  if (province === undefined) return undefined;
  if (ward === undefined || ward.provinceCode !== province.code)
    return { province: named(province), candidates: [] };
  return { province: named(province), ward: named(ward), candidates: [named(ward)] };
}

function currentOfOld(
  provinceCode: string,
  districtCode: string,
  wardCode: string,
): CurrentUnits | undefined {
  const resolved = resolveOldAddress({ provinceCode, districtCode, wardCode });
  if (!resolved.ok) return undefined;
  const { province, ward, candidates } = resolved.value;
  const current: CurrentUnits = { province: named(province), candidates: candidates.map(named) };
  if (ward !== undefined) current.ward = named(ward);
  return current;
}

/**
 * Maps one `DiaChi` to the domain {@link Address}. `dataDate` is the collection's `ThoiDiemDuLieu`.
 *
 * @example
 * ```ts
 * toAddress({ MaTinhThanh: '01', MaQuanHuyen: '001', MaPhuongXa: '00001', ChiTiet: 'Số 3' }, '20240101');
 * // { version: 'pre-2025', provinceCode: '01', districtCode: '001', wardCode: '00001', current: { … } }
 * ```
 */
export function toAddress(wire: DiaChi, dataDate: string | undefined): Address {
  const provinceCode = clean(wire.MaTinhThanh);
  const districtCode = clean(wire.MaQuanHuyen);
  const wardCode = clean(wire.MaPhuongXa);
  const common = {
    provinceCode,
    wardCode,
    detail: clean(wire.ChiTiet),
    country: clean(wire.QuocGia) || 'VN',
  };
  const day = dataDay(dataDate);
  const old = districtCode !== '' || (day !== undefined && day < MAP_2025);
  if (old) {
    const address: Address = { ...common, version: 'pre-2025', districtCode };
    const province = getOldProvince(provinceCode);
    const ward = getOldWard(wardCode);
    if (province) address.provinceName = province.fullName;
    if (ward) address.wardName = ward.fullName;
    const current = provinceCode === '' ? undefined : currentOfOld(provinceCode, districtCode, wardCode);
    if (current) address.current = current;
    return address;
  }
  const address: Address = { ...common, version: '2025' };
  const current = currentOf2025(provinceCode, wardCode);
  if (current) {
    address.provinceName = current.province.name;
    if (current.ward) address.wardName = current.ward.name;
    address.current = current;
  }
  return address;
}
