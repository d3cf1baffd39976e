export { civilStatus, type CivilStatusClient, type CivilStatusOptions } from './civil-status.js';
export {
  birthRecordLookup,
  CIVIL_STATUS_CODES,
  CIVIL_STATUS_PROVIDER,
  civilStatusOperations,
  civilStatusOperationsFor,
  civilStatusRestOperations,
  civilStatusServices,
  deathRecordLookup,
  getBirthRecordRest,
  getBirthRecordSoap,
  getDeathRecordRest,
  getDeathRecordSoap,
  getMaritalStatusRest,
  getMaritalStatusSoap,
  getMarriageRecordRest,
  getMarriageRecordSoap,
  maritalStatusLookup,
  marriageRecordLookup,
} from './services.js';
export { toBirthRecord } from './map-birth.js';
export { toDeathRecord } from './map-death.js';
export { toMaritalStatus, toMarriageRecord, toMarriageRecords } from './map-marriage.js';
export {
  type AskerContext,
  type AskerOptions,
  CivilQuery,
  checkCivilQuery,
  subjectOf,
  toCivilWire,
} from './query.js';
export {
  BenKetHon,
  CIVIL_ANSWER_NAMESPACE,
  CIVIL_REQUEST_NAMESPACE,
  CoQuanDangKy,
  DanhSachKetHon,
  DiaChi,
  GhiChuLyHon,
  NgayThangNamSinh,
  NguoiThan,
  NguoiTrenGiayTo,
  ThongTinKetHon,
  ThongTinKhaiSinh,
  ThongTinKhaiTu,
  ThongTinTinhTrangHonNhan,
  YeuCauTraCuuHoTich,
} from './wire.js';
export {
  GENDER_CODES,
  MARITAL_STATUS_CODES,
  MARRIAGE_STATE_CODES,
  type Gender,
  type MaritalStatus,
  type MarriageState,
} from './codes.js';
export type {
  BirthRecord,
  DeathRecord,
  DivorceNote,
  MaritalStatusConfirmation,
  MarriageRecord,
  Parent,
  PartialDate,
  Place,
  Provenance,
  RecordedPerson,
  Registration,
  RegisteringAuthority,
  Spouse,
} from './domain.js';
