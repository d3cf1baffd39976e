import { OLD_PROVINCES, OLD_WARDS, SPLIT_OLD_WARDS, WARDS_2025 } from './data/admin-units.js';
import type { Random } from './random.js';
import type { RecordAddress as AddressWire } from './record.js';

/**
 * Places of the population stage, drawn once and written in either map: the same place reads the same
 * in the 2025 map (province → ward) and the pre-2025 one (province → district → ward).
 * @module
 */

/** A place before it is written in one map or the other: the same place reads the same in both. */
export interface Place {
  /** Pre-2025 province code. */
  province: string;
  /** Which of the sampled wards. */
  ward: number;
  house: number;
  street: number;
  hamlet: number;
  /** In a commune split in 2025 (its pre-2025 code has several 2025 candidates), when the province has one. */
  split?: boolean;
}

const NEW_PROVINCE = new Map(OLD_PROVINCES.map(([code, , newCode]) => [code, newCode]));
export const PROVINCE_WEIGHTS = OLD_PROVINCES.map(([code, , , weight]) => [code, weight] as const);
/** Where people move for work: current residence differs from the permanent one. */
export const CITIES: readonly (readonly [string, number])[] = [
  ['79', 5],
  ['01', 4],
  ['74', 2],
  ['75', 1.5],
  ['48', 1],
];
const SOUTH = new Set([
  '79',
  '80',
  '82',
  '83',
  '84',
  '86',
  '87',
  '89',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '72',
  '74',
  '75',
  '77',
  '70',
]);
const STREETS = [
  'Lê Lợi',
  'Trần Hưng Đạo',
  'Nguyễn Huệ',
  'Hai Bà Trưng',
  'Lý Thường Kiệt',
  'Quang Trung',
  'Nguyễn Trãi',
  'Lê Duẩn',
  'Phan Đình Phùng',
  'Điện Biên Phủ',
  'Hùng Vương',
  'Võ Thị Sáu',
  'Nguyễn Thị Minh Khai',
  'Bạch Đằng',
] as const;

export function drawPlace(random: Random, province: string): Place {
  return {
    province,
    ward: random.int(0, 7),
    house: random.int(1, 320),
    street: random.int(0, STREETS.length - 1),
    hamlet: random.int(1, 12),
  };
}

/** Writes a place in the 2025 map (province → ward) or the pre-2025 one (province → district → ward). */
export function writePlace(place: Place, pre2025: boolean, withDetail: boolean): AddressWire {
  if (pre2025) {
    const split = SPLIT_OLD_WARDS[place.province] ?? [];
    const wards = place.split === true && split.length > 0 ? split : OLD_WARDS[place.province]!;
    const [code, name, district] = wards[place.ward % wards.length]!;
    return {
      maTinh: place.province,
      maHuyen: district,
      maXa: code,
      chiTiet: withDetail ? detail(place, name) : '',
      phienBan: 'pre-2025',
    };
  }
  const province = NEW_PROVINCE.get(place.province)!;
  const wards = WARDS_2025[province]!;
  const [code, name] = wards[place.ward % wards.length]!;
  return { maTinh: province, maXa: code, chiTiet: withDetail ? detail(place, name) : '', phienBan: '2025' };
}

/** House and street in a town ward; hamlet in a rural commune (`ấp` in the south, `thôn` elsewhere). */
function detail(place: Place, wardName: string): string {
  if (/^(Phường|Thị trấn)/.test(wardName)) return `Số ${place.house} đường ${STREETS[place.street]}`;
  return `${SOUTH.has(place.province) ? 'Ấp' : 'Thôn'} ${place.hamlet}`;
}
