/**
 * The civil status database's wire vocabulary (`cơ sở dữ liệu hộ tịch điện tử`, Bộ Tư pháp).
 *
 * **Modelled, not published**: no public technical description of these services was found
 * (REFERENCE.md §2). The shapes follow the population services' style: Vietnamese field names, dates as
 * `yyyyMMdd`, a date of birth as `NgayThangNamSinh` { `NgayThangNam` | `Nam` }, addresses as `DiaChi`,
 * and a `ThoiDiemDuLieu` on every answer. One declaration per shape serves both encodings (SOAP XML
 * elements and REST JSON keys carry the same names). Answers are lenient (any field may be empty or
 * absent, as real answers are); requests are strict.
 * @module
 */
import { type Static, Type } from '@onceonly/core';

/** Request namespace of the civil status services (modelled). */
export const CIVIL_REQUEST_NAMESPACE = 'http://hotich.moj.gov.vn';
/** Answer namespace of the civil status services (modelled). */
export const CIVIL_ANSWER_NAMESPACE = 'http://hotich.moj.gov.vn/1.0';

const strict = { additionalProperties: false } as const;
const text = (description: string) => Type.Optional(Type.String({ maxLength: 1000, description }));

/** A date of birth: a year (`Nam`, yyyy) or a full date (`NgayThangNam`, yyyyMMdd; `00` day or month = partial). */
export const NgayThangNamSinh = Type.Object(
  {
    Nam: text('Year of birth (năm sinh), yyyy.'),
    NgayThangNam: text('Date of birth (ngày tháng năm sinh), yyyyMMdd.'),
  },
  { description: 'Date of birth (ngày tháng năm sinh): Nam alone, or NgayThangNam.' },
);
export type NgayThangNamSinh = Static<typeof NgayThangNamSinh>;

/** A place (`địa chỉ`): codes and free text; `MaQuanHuyen` only in pre-2025 codes. */
export const DiaChi = Type.Object(
  {
    MaTinhThanh: text('Province code (mã tỉnh/thành phố), 2 digits.'),
    MaQuanHuyen: text('District code (mã quận/huyện), 3 digits: pre-2025 places only.'),
    MaPhuongXa: text('Ward / commune code (mã phường/xã), 5 digits.'),
    ChiTiet: text('Detail (chi tiết): hospital, house number, street, hamlet.'),
    QuocGia: text('Country (quốc gia), ISO 3166-1 alpha-2; may be empty (VN).'),
  },
  { description: 'A place (địa chỉ).' },
);
export type DiaChi = Static<typeof DiaChi>;

/** The registering authority (`cơ quan đăng ký`): the commune's People's Committee (UBND cấp xã). */
export const CoQuanDangKy = Type.Object(
  {
    MaCoQuan: text("The authority's code (mã cơ quan)."),
    TenCoQuan: text('Its name (tên cơ quan): UBND xã/phường …'),
    MaTinhThanh: text('Province code of the authority (pre-2025 code when registered before 2025-07-01).'),
    MaPhuongXa: text('Commune code of the authority.'),
  },
  { description: 'Registering authority (cơ quan đăng ký hộ tịch).' },
);
export type CoQuanDangKy = Static<typeof CoQuanDangKy>;

/** Where an entry stands in the civil status books: number, book, date, authority. */
const dangKy = {
  SoDangKy: text('Registration number (số đăng ký) in the book.'),
  QuyenSo: text('Register book (quyển số sổ hộ tịch).'),
  NgayDangKy: text('Registration date (ngày đăng ký), yyyyMMdd.'),
  CoQuanDangKy: Type.Optional(CoQuanDangKy),
};

/** A parent on a birth record (`cha`, `mẹ`): ids only when held. */
export const NguoiThan = Type.Object(
  {
    HoVaTen: text('Full name (họ và tên).'),
    SoDinhDanh: text('Personal identification number (số định danh cá nhân), when held.'),
    NamSinh: text('Year of birth (năm sinh), yyyy.'),
    DanToc: text('Ethnic group code (dân tộc).'),
    QuocTich: text('Nationality (quốc tịch), ISO alpha-2; may be empty (VN).'),
  },
  { description: 'A parent (cha, mẹ).' },
);
export type NguoiThan = Static<typeof NguoiThan>;

/** The person a record is about: the child of a birth record, the deceased of a death record. */
export const NguoiTrenGiayTo = Type.Object(
  {
    HoVaTen: text('Full name (họ và tên).'),
    SoDinhDanh: text('Personal identification number (số định danh cá nhân).'),
    GioiTinh: text('Gender code (giới tính): 1 male, 2 female.'),
    NgayThangNamSinh: Type.Optional(NgayThangNamSinh),
    DanToc: text('Ethnic group code (dân tộc).'),
    QuocTich: text('Nationality (quốc tịch); may be empty (VN).'),
  },
  { description: 'The person the record is about.' },
);
export type NguoiTrenGiayTo = Static<typeof NguoiTrenGiayTo>;

/** The answer of `TraCuuThongTinKhaiSinh`: the birth registration (`giấy khai sinh`). */
export const ThongTinKhaiSinh = Type.Object(
  {
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu), yyyyMMddHHmmss.'),
    ...dangKy,
    NguoiDuocKhaiSinh: Type.Optional(NguoiTrenGiayTo),
    NoiSinh: Type.Optional(DiaChi),
    Cha: Type.Optional(NguoiThan),
    Me: Type.Optional(NguoiThan),
  },
  { description: 'Birth registration (thông tin khai sinh).' },
);
export type ThongTinKhaiSinh = Static<typeof ThongTinKhaiSinh>;

/** A spouse on a marriage record: a foreign spouse has a passport (`HoChieu`) and no personal id. */
export const BenKetHon = Type.Object(
  {
    HoVaTen: text('Full name (họ và tên).'),
    SoDinhDanh: text('Personal identification number (số định danh cá nhân); empty for a foreigner.'),
    HoChieu: text('Passport number (số hộ chiếu), for a foreign spouse.'),
    QuocTich: text('Nationality (quốc tịch), ISO alpha-2.'),
    NgayThangNamSinh: Type.Optional(NgayThangNamSinh),
  },
  { description: 'A party to the marriage (bên kết hôn).' },
);
export type BenKetHon = Static<typeof BenKetHon>;

/** The divorce recorded against a marriage (`ghi chú ly hôn`): the court's decision. */
export const GhiChuLyHon = Type.Object(
  {
    SoQuyetDinh: text("The court's judgment or decision number (số bản án/quyết định)."),
    NgayQuyetDinh: text('Its date (ngày bản án/quyết định), yyyyMMdd.'),
    ToaAn: text('The court (tòa án).'),
    NgayGhiChu: text('When it was noted in the book (ngày ghi chú), yyyyMMdd.'),
  },
  { description: 'Divorce note (ghi chú ly hôn).' },
);
export type GhiChuLyHon = Static<typeof GhiChuLyHon>;

/** One marriage registration (`đăng ký kết hôn`). */
export const ThongTinKetHon = Type.Object(
  {
    ...dangKy,
    Chong: Type.Optional(BenKetHon),
    Vo: Type.Optional(BenKetHon),
    TrangThai: text('State (trạng thái): 1 in force, 2 divorced, 3 ended by a spouse’s death.'),
    NgayChamDut: text('When it ended (ngày chấm dứt), yyyyMMdd.'),
    GhiChuLyHon: Type.Optional(GhiChuLyHon),
  },
  { description: 'Marriage registration (thông tin đăng ký kết hôn).' },
);
export type ThongTinKetHon = Static<typeof ThongTinKetHon>;

/** The answer of `TraCuuThongTinKetHon`: every marriage the person registered, earliest first. */
export const DanhSachKetHon = Type.Object(
  {
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
    SoDinhDanh: text('The person asked about (số định danh cá nhân).'),
    SoBanGhi: text('Number of records (số bản ghi).'),
    KetHon: Type.Optional(Type.Array(ThongTinKetHon, { description: 'The marriages (kết hôn).' })),
  },
  { description: 'Marriage registrations of one person (danh sách đăng ký kết hôn).' },
);
export type DanhSachKetHon = Static<typeof DanhSachKetHon>;

/**
 * The answer of `XacNhanTinhTrangHonNhan`: what a marital status confirmation rests on: the current
 * status and every marriage registration behind it, in whichever commune it was registered.
 */
export const ThongTinTinhTrangHonNhan = Type.Object(
  {
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
    SoDinhDanh: text('The person asked about (số định danh cá nhân).'),
    HoVaTen: text('Full name (họ và tên).'),
    TinhTrangHonNhan: text(
      'Marital status code (tình trạng hôn nhân): 1 single, 2 married, 3 divorced, 4 widowed.',
    ),
    KetHon: Type.Optional(Type.Array(ThongTinKetHon, { description: 'The records behind it (kết hôn).' })),
  },
  { description: 'Marital status (thông tin tình trạng hôn nhân).' },
);
export type ThongTinTinhTrangHonNhan = Static<typeof ThongTinTinhTrangHonNhan>;

/** The answer of `TraCuuThongTinKhaiTu`: the death registration (`khai tử`). The cause is not disclosed. */
export const ThongTinKhaiTu = Type.Object(
  {
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
    ...dangKy,
    NguoiDaKhuat: Type.Optional(NguoiTrenGiayTo),
    NgayChet: text('Date of death (ngày chết), yyyyMMdd.'),
    NoiChet: Type.Optional(DiaChi),
  },
  { description: 'Death registration (thông tin khai tử).' },
);
export type ThongTinKhaiTu = Static<typeof ThongTinKhaiTu>;

/** The request of every civil status lookup: who asks, and the person the record is about. */
export const YeuCauTraCuuHoTich = Type.Object(
  {
    MaYeuCau: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Request id (mã yêu cầu): the X-Road id.',
    }),
    MaDVC: Type.Optional(
      Type.String({ maxLength: 50, description: 'Calling service code (mã dịch vụ công).' }),
    ),
    MaCanBo: Type.String({ pattern: '^[0-9]{12}$', description: "The officer's personal id (mã cán bộ)." }),
    MaDonVi: Type.Optional(Type.String({ maxLength: 50, description: "The officer's unit (mã đơn vị)." })),
    SoDinhDanh: Type.String({
      pattern: '^[0-9]{12}$',
      description: 'Personal identification number (số định danh cá nhân).',
    }),
    HoVaTen: Type.String({ minLength: 1, maxLength: 150, description: 'Full name (họ và tên).' }),
  },
  { ...strict, description: 'Civil status lookup request (yêu cầu tra cứu hộ tịch).' },
);
export type YeuCauTraCuuHoTich = Static<typeof YeuCauTraCuuHoTich>;
