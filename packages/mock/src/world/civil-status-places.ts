import { OLD_PROVINCES, OLD_WARDS, WARDS_2025 } from './data/admin-units.js';
import { fromDayNumber, isoDate, toDayNumber } from './dates.js';
import type { Ymd } from './model.js';
import type { CoQuanDangKyRecord, NoiRecord } from './civil-status-record.js';
import type { Random } from './random.js';

/**
 * Where civil status events are registered: a commune's People's Committee (UBND cấp xã) in the map in
 * force on the day (the pre-2025 province → district → commune map before 2025-07-01, the 2025 map
 * after), and the court that decides a divorce there.
 * @module
 */

const NEW_PROVINCE = new Map(OLD_PROVINCES.map(([code, , newCode]) => [code, newCode]));
const PROVINCE_NAME = new Map(OLD_PROVINCES.map(([code, name]) => [code, name]));
/** The day the 2025 two-level map came into force. */
const MAP_2025 = toDayNumber({ year: 2025, month: 7, day: 1 });

/** A commune where something was registered, with what a record needs of it. */
export interface Commune {
  authority: CoQuanDangKyRecord;
  /** The commune as a place (no detail yet). */
  place: NoiRecord;
  /** The divorce court of the commune on that day. */
  court: string;
}

/** A commune of `province` (pre-2025 code) drawn from `random`, in the map in force on `on`. */
export function communeIn(random: Random, province: string, on: Ymd): Commune {
  const provinceName = PROVINCE_NAME.get(province) ?? 'Hà Nội';
  if (toDayNumber(on) < MAP_2025) {
    const [code, name, districtCode, districtName] = random.pick(OLD_WARDS[province] ?? OLD_WARDS['01']!);
    return {
      authority: { maCoQuan: `UBND-${code}`, tenCoQuan: `UBND ${name}`, maTinh: province, maXa: code },
      place: { maTinh: province, maHuyen: districtCode, maXa: code, chiTiet: '' },
      // Until 2025-07-01 divorces were decided by the district people's court.
      court: `Tòa án nhân dân ${districtName}`,
    };
  }
  const newProvince = NEW_PROVINCE.get(province) ?? '01';
  const [code, name] = random.pick(WARDS_2025[newProvince] ?? WARDS_2025['01']!);
  return {
    authority: { maCoQuan: `UBND-${code}`, tenCoQuan: `UBND ${name}`, maTinh: newProvince, maXa: code },
    place: { maTinh: newProvince, maXa: code, chiTiet: '' },
    // Since 2025-07-01 the regional people's courts (tòa án nhân dân khu vực) decide them.
    court: `Tòa án nhân dân khu vực ${random.int(1, 9)} - ${provinceName}`,
  };
}

/** `date` moved by `days`, never after `limit`: a registration follows the event, not the world's today. */
export function daysAfter(date: Ymd, days: number, limit: Ymd): string {
  const day = Math.min(toDayNumber(date) + days, toDayNumber(limit));
  return isoDate(fromDayNumber(day));
}
