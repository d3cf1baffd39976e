import type { BloodType, Gender, MaritalStatus, RelationToHead } from './domain.js';

/**
 * Code tables of the population record. The ethnic groups follow the GSO list of Vietnam's 54 ethnic
 * groups (Decision 121-TCTK/PPCĐ); the other tables are the codes onceonly reads. A code missing here
 * is kept as-is by the mapping (label `undefined`, or `unknown` / `other`), never dropped.
 * @module
 */

/** Gender codes (`giới tính`). */
export const GENDER_CODES: Readonly<Record<string, Gender>> = { '1': 'male', '2': 'female' };

/** Marital status codes (`tình trạng hôn nhân`). */
export const MARITAL_STATUS_CODES: Readonly<Record<string, MaritalStatus>> = {
  '0': 'unknown',
  '1': 'single',
  '2': 'married',
  '3': 'divorced',
  '4': 'widowed',
};

/** Blood type codes (`nhóm máu`); `0` (unknown) has no entry. */
export const BLOOD_TYPE_CODES: Readonly<Record<string, BloodType>> = {
  '1': 'A',
  '2': 'B',
  '3': 'AB',
  '4': 'O',
};

/** Relation-to-head codes (`quan hệ với chủ hộ`). */
export const RELATION_CODES: Readonly<Record<string, RelationToHead>> = {
  '01': 'head',
  '02': 'wife',
  '03': 'husband',
  '04': 'child',
  '05': 'father',
  '06': 'mother',
  '07': 'grandchild',
  '08': 'child-in-law',
  '09': 'sibling',
  '10': 'grandparent',
  '99': 'other',
};

/** Religion codes (`tôn giáo`). */
export const RELIGION_CODES: Readonly<Record<string, string>> = {
  '00': 'Không',
  '01': 'Phật giáo',
  '02': 'Công giáo',
  '03': 'Tin lành',
  '04': 'Cao Đài',
  '05': 'Phật giáo Hòa Hảo',
  '06': 'Hồi giáo',
  '07': 'Tôn giáo Baha’i',
  '99': 'Khác',
};

/** Ethnic group codes (`dân tộc`), the GSO list. */
export const ETHNICITY_CODES: Readonly<Record<string, string>> = {
  '01': 'Kinh',
  '02': 'Tày',
  '03': 'Thái',
  '04': 'Hoa',
  '05': 'Khơ-me',
  '06': 'Mường',
  '07': 'Nùng',
  '08': 'HMông',
  '09': 'Dao',
  '10': 'Gia-rai',
  '11': 'Ngái',
  '12': 'Ê-đê',
  '13': 'Ba-na',
  '14': 'Xơ-đăng',
  '15': 'Sán Chay',
  '16': 'Cơ-ho',
  '17': 'Chăm',
  '18': 'Sán Dìu',
  '19': 'Hrê',
  '20': 'Mnông',
  '21': 'Ra-glai',
  '22': 'Xtiêng',
  '23': 'Bru-Vân Kiều',
  '24': 'Thổ',
  '25': 'Giáy',
  '26': 'Cơ-tu',
  '27': 'Gié-Triêng',
  '28': 'Mạ',
  '29': 'Khơ-mú',
  '30': 'Co',
  '31': 'Tà-ôi',
  '32': 'Chơ-ro',
  '33': 'Kháng',
  '34': 'Xinh-mun',
  '35': 'Hà Nhì',
  '36': 'Chu-ru',
  '37': 'Lào',
  '38': 'La Chí',
  '39': 'La Ha',
  '40': 'Phù Lá',
  '41': 'La Hủ',
  '42': 'Lự',
  '43': 'Lô Lô',
  '44': 'Chứt',
  '45': 'Mảng',
  '46': 'Pà Thẻn',
  '47': 'Cơ Lao',
  '48': 'Cống',
  '49': 'Bố Y',
  '50': 'Si La',
  '51': 'Pu Péo',
  '52': 'Brâu',
  '53': 'Ơ Đu',
  '54': 'Rơ-măm',
  '55': 'Người nước ngoài',
};
