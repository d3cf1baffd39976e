export { land, type LandClient, type LandOptions } from './land.js';
export {
  certificatesByOwner,
  getCertificatesByOwnerRest,
  getCertificatesByOwnerSoap,
  getParcelRest,
  getParcelSoap,
  LAND_CODES,
  LAND_PROVIDER,
  landOperations,
  landOperationsFor,
  landRestOperations,
  landServices,
  parcelLookup,
} from './services.js';
export { toArea, toCommune, toLandUse, toParcel, toProvenance } from './map-parcel.js';
export { toCertificate, toCertificateList } from './map-certificates.js';
export {
  type AskerOptions,
  checkOwnerQuery,
  checkParcelQuery,
  OwnerQuery,
  ParcelQuery,
  toOwnerWire,
  toParcelWire,
} from './query.js';
export {
  ChuSuDung,
  DanhSachGiayChungNhan,
  DiaChiThuaDat,
  GiayChungNhan,
  LAND_ANSWER_NAMESPACE,
  LAND_REQUEST_NAMESPACE,
  MucDichSuDung,
  TaiSanGanLienVoiDat,
  ThuaDat,
  TraCuuGiayChungNhanTheoChuSuDung,
  TraCuuThongTinThuaDat,
} from './wire.js';
export { LAND_USE_CODES, type LandUseCode, landUseName, RESIDENTIAL_USES } from './codes.js';
export type {
  AttachedAsset,
  Certificate,
  CertificateList,
  CommuneRef,
  Holder,
  LandUse,
  Parcel,
  ParcelKey,
  Provenance,
} from './domain.js';
