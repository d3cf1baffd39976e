/**
 * The labels the catalog's forms share (Vietnamese as on the procedure forms, English beside it), and
 * the references every entry cites.
 * @module
 */
import type { Bilingual } from '../types.js';

const l = (vi: string, en: string): Bilingual => ({ vi, en });

export const LABEL = {
  fullName: l('Họ, chữ đệm và tên', 'Full name'),
  birthDate: l('Ngày, tháng, năm sinh', 'Date of birth'),
  gender: l('Giới tính', 'Sex'),
  ethnicity: l('Dân tộc', 'Ethnicity'),
  nationality: l('Quốc tịch', 'Nationality'),
  personalId: l('Số định danh cá nhân', 'Personal id number'),
  permanent: l('Nơi thường trú', 'Permanent residence'),
  current: l('Nơi ở hiện tại', 'Current residence'),
  homeTown: l('Quê quán', 'Home town'),
  phone: l('Số điện thoại', 'Phone number'),
  email: l('Thư điện tử', 'E-mail'),
  copies: l('Số bản sao yêu cầu', 'Number of copies'),
  powerOfAttorney: l('Văn bản ủy quyền', 'Power of attorney'),
  notReplaceable: l(
    'Không có trong cơ sở dữ liệu quốc gia: người nộp hồ sơ vẫn phải cung cấp.',
    'Not held by any national database: the applicant must still provide it.',
  ),
} as const;

/** The public copies of the national portal's procedure records the catalog's facts come from. */
export const RECORD_COPIES = (code: string): string[] => [
  `suzynotsusie/data-pipeline raw_data/${code}/${code}_procedure_detail.md`,
  `hdtruong802/Vietnam-AI-Innovation-Challenge-2026 data/Data_DVC/${code}.txt`,
];
