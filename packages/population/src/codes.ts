/**
 * Code tables of the population record, each `as const`: the wire schema's codes and the domain's
 * unions are derived from them, never restated. The ethnic groups follow the GSO list of Vietnam's 54
 * ethnic groups (Decision 121-TCTK/PPCĐ); the other tables are the codes onceonly reads. A code missing
 * here is kept as-is by the mapping (label `undefined`, or `unknown` / `other`), never dropped.
 * @module
 */

/** Gender codes (`giới tính`). */
export const GENDER_CODES = { '1': 'male', '2': 'female' } as const;

/** Marital status codes (`tình trạng hôn nhân`). */
export const MARITAL_STATUS_CODES = {
  '0': 'unknown',
  '1': 'single',
  '2': 'married',
  '3': 'divorced',
  '4': 'widowed',
} as const;

/** Blood type codes (`nhóm máu`); `0` (unknown) has no entry. */
export const BLOOD_TYPE_CODES = { '1': 'A', '2': 'B', '3': 'AB', '4': 'O' } as const;

/** Relation-to-head codes (`quan hệ với chủ hộ`). */
export const RELATION_CODES = {
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
} as const;

/** Gender as the population database records it. */
export type Gender = (typeof GENDER_CODES)[keyof typeof GENDER_CODES];
/** Marital status (`tình trạng hôn nhân`); `unknown` when the record says it has no information. */
export type MaritalStatus = (typeof MARITAL_STATUS_CODES)[keyof typeof MARITAL_STATUS_CODES];
/** ABO blood group. */
export type BloodType = (typeof BLOOD_TYPE_CODES)[keyof typeof BLOOD_TYPE_CODES];
/** Relation to the household head (`quan hệ với chủ hộ`). `head` is the head themself. */
export type RelationToHead = (typeof RELATION_CODES)[keyof typeof RELATION_CODES];

/** Religion codes (`tôn giáo`). */
export const RELIGION_CODES = {
  '00': 'Không',
  '01': 'Phật giáo',
  '02': 'Công giáo',
  '03': 'Tin lành',
  '04': 'Cao Đài',
  '05': 'Phật giáo Hòa Hảo',
  '06': 'Hồi giáo',
  '07': 'Tôn giáo Baha’i',
  '99': 'Khác',
} as const;

/** Ethnic group codes (`dân tộc`), the GSO list. */
export const ETHNICITY_CODES = {
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
} as const;
