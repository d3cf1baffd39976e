import type { Random } from './random.js';

/**
 * Vietnamese name pools for the synthetic world. Family-name weights follow published estimates of
 * their frequency (Nguyễn about 38 %); the pools include names whose letters stress Unicode handling
 * (Lữ, Khổng, Mỹ, Lợi, Hữu) and Đ, which NFD decomposition does not fold to D.
 * @module
 */

type Weighted = readonly (readonly [string, number])[];

/** Family names (`họ`), weights in percent. */
export const FAMILY_NAMES: Weighted = [
  ['Nguyễn', 38.4],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3.5],
  ['Huỳnh', 1.6],
  ['Phan', 4.5],
  ['Vũ', 2.6],
  ['Võ', 1.3],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.6],
  ['Trương', 0.6],
  ['Lương', 0.4],
  ['Mai', 0.4],
  ['Lâm', 0.4],
  ['Cao', 0.3],
  ['Hà', 0.3],
  ['Tạ', 0.2],
  ['Tô', 0.2],
  ['Châu', 0.15],
  ['Lữ', 0.3],
  ['Khổng', 0.2],
  ['Quách', 0.1],
  ['Thái', 0.1],
  ['Ông', 0.1],
  ['Ninh', 0.1],
];

const MALE_MIDDLE_OLD: Weighted = [
  ['Văn', 60],
  ['Đức', 8],
  ['Hữu', 7],
  ['Xuân', 5],
  ['Công', 5],
  ['Đình', 5],
  ['Quang', 4],
  ['Thanh', 3],
  ['Ngọc', 3],
];
const MALE_MIDDLE_YOUNG: Weighted = [
  ['Văn', 22],
  ['Minh', 12],
  ['Đức', 9],
  ['Quang', 7],
  ['Hoàng', 6],
  ['Gia', 6],
  ['Bảo', 6],
  ['Quốc', 6],
  ['Hữu', 5],
  ['Thanh', 5],
  ['Trọng', 4],
  ['Nhật', 4],
  ['Tuấn', 3],
  ['Đăng', 3],
  ['', 2],
];
const FEMALE_MIDDLE_OLD: Weighted = [
  ['Thị', 78],
  ['Ngọc', 6],
  ['Thanh', 4],
  ['Thu', 4],
  ['Kim', 4],
  ['Hồng', 4],
];
const FEMALE_MIDDLE_YOUNG: Weighted = [
  ['Thị', 32],
  ['Ngọc', 10],
  ['Thanh', 7],
  ['Thu', 6],
  ['Minh', 6],
  ['Phương', 5],
  ['Bảo', 5],
  ['Khánh', 5],
  ['Mỹ', 4],
  ['Thị Ngọc', 4],
  ['Thị Mỹ', 3],
  ['Diệu', 3],
  ['Hồng', 3],
  ['Kim', 3],
  ['', 2],
];

const MALE_GIVEN = [
  'Anh',
  'Bảo',
  'Bình',
  'Cường',
  'Dũng',
  'Duy',
  'Đạt',
  'Đông',
  'Giang',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Huy',
  'Hưng',
  'Khang',
  'Khoa',
  'Khôi',
  'Kiên',
  'Long',
  'Lộc',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Quang',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Thịnh',
  'Trung',
  'Tuấn',
  'Tùng',
  'Việt',
  'Vinh',
  'Vũ',
  'Lợi',
  'Sỹ',
  'Mẫn',
  'Thưởng',
  'Hiển',
] as const;
const FEMALE_GIVEN = [
  'An',
  'Anh',
  'Châu',
  'Chi',
  'Diễm',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hương',
  'Huyền',
  'Lan',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Nga',
  'Ngân',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phương',
  'Quyên',
  'Quỳnh',
  'Thảo',
  'Thu',
  'Thủy',
  'Trang',
  'Trinh',
  'Tuyết',
  'Uyên',
  'Vân',
  'Vy',
  'Yến',
  'Xuân',
  'Mỹ',
  'Đào',
  'Nguyệt',
  'Thoa',
  'Hảo',
] as const;

/** Given names used to top up the `rare-diacritics` tag when a small world happens to have too few. */
export const RARE_GIVEN: Readonly<Record<'male' | 'female', readonly string[]>> = {
  male: ['Lợi', 'Sỹ', 'Mẫn', 'Thưởng', 'Hữu'],
  female: ['Mỹ', 'Nhẫn', 'Kỷ', 'Ngữ'],
};

/**
 * Letters that are rare in Vietnamese names and that fonts, keyboards and naive folding get wrong
 * (NFC vs NFD, a tone mark on a horned or breved vowel). Deliberately not `ễ` or `ỗ`,
 * which every `Nguyễn` and `Đỗ` has.
 */
export const RARE_LETTERS = /[ẵẳẫẩẽẻỹỷỵỡởữửợổểẴẲẪẨẼẺỸỶỴỠỞỮỬỢỔỂ]/u;

/** A name in parts. */
export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/** The parts joined with single spaces (an empty middle name leaves no double space). */
export function fullName(name: NameParts): string {
  return [name.family, name.middle, name.given].filter((part) => part !== '').join(' ');
}

/** A family name, by frequency. */
export function drawFamilyName(random: Random): string {
  return random.weighted(FAMILY_NAMES);
}

/**
 * A middle and given name for someone of this gender born in this year: older generations used `Văn`
 * and `Thị` far more often.
 */
export function drawPersonalName(
  random: Random,
  gender: 'male' | 'female',
  birthYear: number,
): Omit<NameParts, 'family'> {
  const young = birthYear >= 1980;
  const middle =
    gender === 'male'
      ? random.weighted(young ? MALE_MIDDLE_YOUNG : MALE_MIDDLE_OLD)
      : random.weighted(young ? FEMALE_MIDDLE_YOUNG : FEMALE_MIDDLE_OLD);
  const pool = gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN;
  let given = random.pick(pool);
  // "Nguyễn Ngọc Ngọc" exists but reads like a bug in a test fixture: draw again.
  while (middle.split(' ').includes(given)) given = random.pick(pool);
  return { middle, given };
}
