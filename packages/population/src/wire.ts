/**
 * The population database's wire vocabulary, with the real services' field names (REFERENCE.md §2:
 * `TraCuuThongTinCongDan`, integration code 037, and its `CongdanCollection` answer). One declaration
 * per shape serves both encodings: the SOAP profile's XML elements and the REST profile's JSON keys
 * carry exactly these names, so one mapping (`toCitizen`) reads either.
 *
 * Answers are declared leniently, as the real service fills them: any field may be empty or absent
 * (an empty `Ho` with the whole name in `Ten`, an empty `QuocTich`); the mapping makes sense of it.
 * Requests are strict: an unknown field is refused before sending.
 * @module
 */
import { type Static, Type } from '@onceonly/core';

/** Request namespace of the population services (`http://dancuquocgia.bca`). */
export const POPULATION_REQUEST_NAMESPACE = 'http://dancuquocgia.bca';
/** Answer namespace of the population services (`http://www.mic.gov.vn/dancu/1.0`). */
export const POPULATION_ANSWER_NAMESPACE = 'http://www.mic.gov.vn/dancu/1.0';

const strict = { additionalProperties: false } as const;
const text = (description: string) => Type.Optional(Type.String({ maxLength: 1000, description }));
const digits = (n: string, description: string) => Type.String({ pattern: `^[0-9]{${n}}$`, description });

/** A date of birth as the services write it: a year (`Nam`, yyyy) or a full date (`NgayThangNam`, yyyyMMdd). */
export const NgayThangNamSinh = Type.Object(
  {
    Nam: Type.Optional(
      Type.String({ pattern: '^([0-9]{4})?$', description: 'Year of birth (năm sinh), yyyy.' }),
    ),
    NgayThangNam: Type.Optional(
      Type.String({
        pattern: '^([0-9]{8})?$',
        description: 'Date of birth (ngày tháng năm sinh), yyyyMMdd.',
      }),
    ),
  },
  { description: 'Date of birth (ngày tháng năm sinh): Nam alone, or NgayThangNam.' },
);
export type NgayThangNamSinh = Static<typeof NgayThangNamSinh>;

/** A name in three parts; real answers often leave `Ho` and `ChuDem` empty and put the whole name in `Ten`. */
export const HoVaTen = Type.Object(
  {
    Ho: text('Family name (họ); may be empty.'),
    ChuDem: text('Middle name (chữ đệm); may be empty.'),
    Ten: text('Given name (tên), or the whole name when the parts are empty.'),
  },
  { description: 'Full name in parts (họ và tên).' },
);
export type HoVaTen = Static<typeof HoVaTen>;

/**
 * An address (`địa chỉ`): codes and free text. `MaQuanHuyen` (district) only exists in pre-2025 codes;
 * without it, the collection's `ThoiDiemDuLieu` tells which map the codes belong to.
 */
export const DiaChi = Type.Object(
  {
    MaTinhThanh: text('Province code (mã tỉnh/thành phố), 2 digits.'),
    MaQuanHuyen: text('District code (mã quận/huyện), 3 digits: pre-2025 addresses only.'),
    MaPhuongXa: text('Ward / commune code (mã phường/xã), 5 digits.'),
    ChiTiet: text('House number, street, hamlet (chi tiết).'),
    QuocGia: text('Country (quốc gia), ISO 3166-1 alpha-2: VN; may be empty.'),
  },
  { description: 'An address (địa chỉ).' },
);
export type DiaChi = Static<typeof DiaChi>;

/** A relative named in the record (`Cha`, `Me`, `VoChong`, `NguoiDaiDien`). */
export const ThanNhan = Type.Object(
  {
    HoVaTen: text('Full name as one string (họ và tên).'),
    QuocTich: text('Nationality (quốc tịch); may be empty.'),
    SoDinhDanh: text('Personal identification number (số định danh cá nhân), when held.'),
    SoCMND: text('Old 9-digit identity card number (số CMND), when held.'),
  },
  { description: 'A relative (thân nhân: cha, mẹ, vợ/chồng, người đại diện).' },
);
export type ThanNhan = Static<typeof ThanNhan>;

/** The head of the citizen's household and the citizen's relation to them. */
export const ChuHo = Type.Object(
  {
    QuanHe: text('Relation to the head (quan hệ với chủ hộ), 2 digits: 01 is the head.'),
    SoDinhDanh: text('Personal identification number of the head (số định danh chủ hộ).'),
    SoCMND: text('Old identity card number of the head (số CMND chủ hộ).'),
    HoVaTen: text('Full name of the head (họ và tên chủ hộ).'),
  },
  { description: 'Household head (chủ hộ).' },
);
export type ChuHo = Static<typeof ChuHo>;

/** One citizen's record (`công dân`). */
export const CongDan = Type.Object(
  {
    SoDinhDanh: text('Personal identification number (số định danh cá nhân), 12 digits.'),
    SoCMND: text('Old identity card number (số chứng minh nhân dân), 9 digits.'),
    HoVaTen: Type.Optional(HoVaTen),
    GioiTinh: text('Gender code (giới tính): 1 male, 2 female.'),
    DanToc: text('Ethnic group code (dân tộc): 01 Kinh.'),
    TonGiao: text('Religion code (tôn giáo): 00 none.'),
    QuocTich: text('Nationality (quốc tịch): VN; may be empty.'),
    TinhTrangHonNhan: text('Marital status code (tình trạng hôn nhân): 1 single, 2 married, …'),
    NhomMau: text('Blood type code (nhóm máu): 1 A, 2 B, 3 AB, 4 O.'),
    NgayThangNamSinh: Type.Optional(NgayThangNamSinh),
    NoiDangKyKhaiSinh: Type.Optional(DiaChi),
    QueQuan: Type.Optional(DiaChi),
    ThuongTru: Type.Optional(DiaChi),
    NoiOHienTai: Type.Optional(DiaChi),
    Cha: Type.Optional(ThanNhan),
    Me: Type.Optional(ThanNhan),
    VoChong: Type.Optional(ThanNhan),
    NguoiDaiDien: Type.Optional(ThanNhan),
    ChuHo: Type.Optional(ChuHo),
    SoSoHoKhau: text('Household book number (số sổ hộ khẩu).'),
  },
  { description: 'A citizen as the population database holds them (công dân).' },
);
export type CongDan = Static<typeof CongDan>;

/**
 * The answer of `TraCuuThongTinCongDan` (`CongdanCollection`). `SoCongDan` counts the records (`0`
 * when none matched); `ThoiDiemDuLieu` is when the data was taken (it decides how address codes read).
 */
export const CongdanCollection = Type.Object(
  {
    SoCongDan: Type.Optional(
      Type.String({ pattern: '^[0-9]*$', description: 'Number of citizens (số công dân).' }),
    ),
    GhiChu: text('Note (ghi chú).'),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu), yyyyMMddHHmmss or ISO.'),
    CongDan: Type.Optional(Type.Array(CongDan, { description: 'The matching citizens (công dân).' })),
  },
  { $id: 'https://onceonly.dev/schemas/population/congdan-collection.json' },
);
export type CongdanCollection = Static<typeof CongdanCollection>;

/** Who asks, in every lookup: set by the adapter from its options and the access context. */
const askerFields = {
  MaYeuCau: Type.String({
    minLength: 1,
    maxLength: 100,
    description: 'Request id (mã yêu cầu): the X-Road id.',
  }),
  MaDVC: Type.Optional(
    Type.String({ maxLength: 50, description: 'Calling service code (mã dịch vụ công).' }),
  ),
  MaCanBo: digits('12', "The officer's personal id (mã cán bộ)."),
  MaDonVi: Type.Optional(Type.String({ maxLength: 50, description: "The officer's unit (mã đơn vị)." })),
};
const subjectFields = {
  SoDinhDanh: Type.Optional(digits('12', 'Personal identification number (số định danh cá nhân).')),
  SoCMND: Type.Optional(digits('9', 'Old identity card number (số CMND), when the citizen has no other.')),
  HoVaTen: Type.String({ minLength: 1, maxLength: 150, description: 'Full name (họ và tên).' }),
};

/** The request of lookup 037 (`TraCuuThongTinCongDan`). */
export const TraCuuThongTinCongDan = Type.Object(
  {
    ...askerFields,
    MaTichHop: Type.Literal('037', { description: 'Integration code (mã tích hợp): 037.' }),
    ...subjectFields,
    NgayThangNamSinh,
  },
  { ...strict, description: 'Citizen lookup request (tra cứu thông tin công dân).' },
);
export type TraCuuThongTinCongDan = Static<typeof TraCuuThongTinCongDan>;

/** The request of `XacThucThongTinCongDan` (does this person exist with these details?). */
export const XacThucThongTinCongDan = Type.Object(
  {
    ...askerFields,
    MaDichVu: Type.Optional(Type.String({ maxLength: 50, description: 'Service code (mã dịch vụ).' })),
    ...subjectFields,
    NgayThangNamSinh: Type.Optional(NgayThangNamSinh),
  },
  { ...strict, description: 'Citizen verification request (xác thực thông tin công dân).' },
);
export type XacThucThongTinCongDan = Static<typeof XacThucThongTinCongDan>;

/** The answer of `XacThucThongTinCongDan`: `TonTai` (exists), a boolean (`true`/`false` in XML). */
export const KetQuaXacThucResponse = Type.Object(
  {
    TonTai: Type.Union([Type.Boolean(), Type.Literal('true'), Type.Literal('false')], {
      description: 'Whether a citizen with these details exists (tồn tại).',
    }),
  },
  { description: 'Verification answer (kết quả xác thực).' },
);
export type KetQuaXacThucResponse = Static<typeof KetQuaXacThucResponse>;

/** The request of `CungCapThongTinHoGiaDinh` and `XacMinhTinhTrangHonNhan`: a lookup without `MaTichHop`. */
export const YeuCauCongDan = Type.Object(
  { ...askerFields, ...subjectFields, NgayThangNamSinh },
  { ...strict, description: 'A request about one citizen (yêu cầu thông tin công dân).' },
);
export type YeuCauCongDan = Static<typeof YeuCauCongDan>;

/** A member of a household, as the household answer lists them (modelled on `ChuHo` and `CongDan`). */
export const ThanhVienHo = Type.Object(
  {
    SoDinhDanh: text('Personal identification number (số định danh cá nhân).'),
    SoCMND: text('Old identity card number (số CMND).'),
    HoVaTen: text('Full name (họ và tên).'),
    NgayThangNamSinh: Type.Optional(NgayThangNamSinh),
    GioiTinh: text('Gender code (giới tính).'),
    QuanHe: text('Relation to the head (quan hệ với chủ hộ): 01 is the head.'),
  },
  { description: 'A household member (thành viên hộ gia đình).' },
);
export type ThanhVienHo = Static<typeof ThanhVienHo>;

/** The answer of `CungCapThongTinHoGiaDinh` (modelled: no public XSD was found). */
export const HoGiaDinh = Type.Object(
  {
    SoSoHoKhau: text('Household book number (số sổ hộ khẩu).'),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
    ThuongTru: Type.Optional(DiaChi),
    ThanhVien: Type.Optional(Type.Array(ThanhVienHo, { description: 'The members (thành viên).' })),
  },
  { description: 'A household (hộ gia đình).' },
);
export type HoGiaDinh = Static<typeof HoGiaDinh>;

/** The answer of `XacMinhTinhTrangHonNhan` (modelled on `CongDan`'s fields). */
export const KetQuaXacMinhHonNhan = Type.Object(
  {
    SoDinhDanh: text('Personal identification number (số định danh cá nhân).'),
    TinhTrangHonNhan: text('Marital status code (tình trạng hôn nhân).'),
    VoChong: Type.Optional(ThanNhan),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
  },
  { description: 'Marital status answer (kết quả xác minh tình trạng hôn nhân).' },
);
export type KetQuaXacMinhHonNhan = Static<typeof KetQuaXacMinhHonNhan>;

/** One registered residence with its dates (modelled: no public XSD was found). */
export const CuTru = Type.Object(
  {
    DiaChi: Type.Optional(DiaChi),
    TuNgay: text('Registered since (từ ngày), yyyyMMdd.'),
    DenNgay: text('Until (đến ngày), yyyyMMdd: when it ended, or when a temporary residence expires.'),
  },
  { description: 'A residence (cư trú) and its dates.' },
);
export type CuTru = Static<typeof CuTru>;

/** The answer of `CungCapThongTinCuTru` (modelled on `CongDan` and `HoGiaDinh`). */
export const ThongTinCuTru = Type.Object(
  {
    SoDinhDanh: text('Personal identification number (số định danh cá nhân).'),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
    ThuongTru: Type.Optional(CuTru),
    ThuongTruTruocDay: Type.Optional(
      Type.Array(CuTru, { description: 'Earlier permanent residences (thường trú trước đây).' }),
    ),
    TamTru: Type.Optional(CuTru),
  },
  { description: 'Residence information (thông tin cư trú).' },
);
export type ThongTinCuTru = Static<typeof ThongTinCuTru>;
