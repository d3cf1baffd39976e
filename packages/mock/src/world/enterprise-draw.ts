import { LEGAL_FORM_CODES, type LegalFormCode } from '@onceonly/enterprise';
import { taxCodeCheckDigit, toAsciiUpper } from '@onceonly/vn';
import { OLD_PROVINCES, WARDS_2025 } from './data/admin-units.js';
import { BRANDS, type Sector } from './enterprise-data.js';
import type { RecordAddress2025 } from './enterprise-record.js';
import type { Random } from './random.js';

/**
 * The small draws of the enterprise stage: tax codes with a valid check digit, names in the three
 * forms the register holds, and head-office addresses in the 2025 map.
 * @module
 */

const NEW_PROVINCE = new Map(OLD_PROVINCES.map(([code, , newCode]) => [code, newCode]));
const STREETS = [
  'Lê Lợi',
  'Trần Phú',
  'Nguyễn Văn Linh',
  'Cách Mạng Tháng Tám',
  'Phạm Văn Đồng',
  'Lý Thái Tổ',
  'Nguyễn Tất Thành',
  'Võ Văn Kiệt',
  'Hoàng Quốc Việt',
  'Trường Chinh',
] as const;

/**
 * A 10-digit tax code: `prefix`, random digits, the check digit; never one in `used` (added to it).
 * Nine digits whose check sum gives 10, or digits 3–9 all zero, have no valid code: drawn again.
 */
export function drawTaxCode(random: Random, prefix: string, used: Set<string>): string {
  for (;;) {
    const nine = prefix + random.digits(9 - prefix.length);
    const check = taxCodeCheckDigit(nine);
    if (check === undefined || /^.{2}0{7}/.test(nine)) continue;
    const code = `${nine}${check}`;
    if (used.has(code)) continue;
    used.add(code);
    return code;
  }
}

/** An address in the 2025 map, in the 2025 province that now holds the pre-2025 `oldProvince`. */
export function drawAddress(random: Random, oldProvince: string): RecordAddress2025 {
  const province = NEW_PROVINCE.get(oldProvince)!;
  const [maXa, wardName] = random.pick(WARDS_2025[province]!);
  const house = random.int(1, 450);
  const street = random.pick(STREETS);
  const hamlet = random.int(1, 15);
  const chiTiet = /^Phường/.test(wardName) ? `Số ${house} đường ${street}` : `Thôn ${hamlet}`;
  return { maTinh: province, maXa, chiTiet };
}

/** The names of an enterprise: Vietnamese (upper case, as registered), foreign and abbreviated. */
export interface EnterpriseNames {
  tenTiengViet: string;
  tenNuocNgoai?: string;
  tenVietTat?: string;
}

const VI_PREFIX: Record<LegalFormCode, string> = {
  '01': 'Công ty TNHH',
  '02': 'Công ty TNHH',
  '03': 'Công ty cổ phần',
  '04': 'Công ty hợp danh',
  '05': 'Doanh nghiệp tư nhân',
};
const EN_SUFFIX: Record<LegalFormCode, readonly [full: string, short: string] | undefined> = {
  '01': ['COMPANY LIMITED', 'CO., LTD'],
  '02': ['COMPANY LIMITED', 'CO., LTD'],
  '03': ['JOINT STOCK COMPANY', 'JSC'],
  '04': ['PARTNERSHIP', 'PARTNERSHIP'],
  '05': undefined,
};

/**
 * Names built from a sector word and a trade name: `CÔNG TY TNHH XÂY DỰNG MINH PHÁT`,
 * `MINH PHAT CONSTRUCTION COMPANY LIMITED`, `MINH PHAT CONSTRUCTION CO., LTD`. A private enterprise
 * (`doanh nghiệp tư nhân`) has no foreign name. Vietnamese names are unique in `used` (added to it).
 */
export function drawNames(
  random: Random,
  form: LegalFormCode,
  sector: Sector,
  withForeign: boolean,
  used: Set<string>,
): EnterpriseNames {
  let brand = random.pick(BRANDS);
  for (let n = 2; used.has(`${sector.vi} ${brand}`); n++) {
    const next = random.pick(BRANDS);
    brand = used.has(`${sector.vi} ${next}`) ? `${next} ${n}` : next;
  }
  used.add(`${sector.vi} ${brand}`);
  const tenTiengViet = `${VI_PREFIX[form]} ${sector.vi} ${brand}`.toUpperCase();
  const suffix = EN_SUFFIX[form];
  if (!withForeign || suffix === undefined) return { tenTiengViet };
  const stem = `${toAsciiUpper(brand)} ${sector.en.toUpperCase()}`;
  return { tenTiengViet, tenNuocNgoai: `${stem} ${suffix[0]}`, tenVietTat: `${stem} ${suffix[1]}` };
}

/** The representative's title (`chức danh`) as the legal form names it. */
export function titleOf(random: Random, form: LegalFormCode): string {
  if (form === '05') return 'Chủ doanh nghiệp';
  if (form === '04') return 'Thành viên hợp danh';
  if (form === '03') return random.chance(0.6) ? 'Tổng giám đốc' : 'Chủ tịch Hội đồng quản trị';
  return random.chance(0.8) ? 'Giám đốc' : 'Chủ tịch Hội đồng thành viên';
}

/** Every legal form code, in table order (a weighted draw's items). */
export const LEGAL_FORMS = Object.keys(LEGAL_FORM_CODES) as LegalFormCode[];
