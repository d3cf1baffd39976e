/**
 * The business registration database's wire vocabulary. No public technical description of its
 * services was found: the shapes are modelled on the population database's real services (Vietnamese
 * field names, the same envelope, SOAP and REST encodings) and on what the national business
 * registration portal publishes about an enterprise. One declaration per shape serves both encodings.
 *
 * Answers are lenient (any field may be empty or absent; the mapping makes sense of it); requests are
 * strict (an unknown field is refused before sending).
 * @module
 */
import { type Static, Type } from '@onceonly/core';

/** Request namespace of the business registration services (modelled). */
export const ENTERPRISE_REQUEST_NAMESPACE = 'http://dangkykinhdoanh.gov.vn';
/** Answer namespace of the business registration services (modelled). */
export const ENTERPRISE_ANSWER_NAMESPACE = 'http://dangkykinhdoanh.gov.vn/csdl/1.0';

const strict = { additionalProperties: false } as const;
const text = (description: string) => Type.Optional(Type.String({ maxLength: 1000, description }));

/** An address (`địa chỉ`) in the 2025 map: province and ward codes, and free text. */
export const DiaChi = Type.Object(
  {
    MaTinhThanh: text('Province code (mã tỉnh/thành phố), 2 digits.'),
    MaPhuongXa: text('Ward / commune code (mã phường/xã), 5 digits.'),
    ChiTiet: text('House number, street, hamlet (chi tiết).'),
    QuocGia: text('Country (quốc gia), ISO 3166-1 alpha-2: VN; may be empty.'),
  },
  { description: 'An address (địa chỉ).' },
);
export type DiaChi = Static<typeof DiaChi>;

/** A business line (`ngành nghề kinh doanh`). */
export const NganhNghe = Type.Object(
  {
    MaNganh: text('VSIC 2018 code (mã ngành), 4 digits.'),
    TenNganh: text('Name of the line (tên ngành).'),
    LaNganhChinh: text('Main line (ngành chính): 1 yes, 0 no.'),
  },
  { description: 'A business line (ngành nghề kinh doanh).' },
);
export type NganhNghe = Static<typeof NganhNghe>;

/** A person the register names: the legal representative, or a household business's owner. */
export const NguoiDangKy = Type.Object(
  {
    HoVaTen: text('Full name (họ và tên).'),
    SoDinhDanh: text('Personal identification number (số định danh cá nhân): in searches by person only.'),
    ChucDanh: text('Title (chức danh): Giám đốc, Tổng giám đốc, Chủ doanh nghiệp, ...'),
  },
  { description: 'A person named in the register (người đại diện theo pháp luật, chủ hộ kinh doanh).' },
);
export type NguoiDangKy = Static<typeof NguoiDangKy>;

/** One enterprise (`doanh nghiệp`). */
export const DoanhNghiep = Type.Object(
  {
    MaSoDoanhNghiep: text('Enterprise code, which is its tax code (mã số doanh nghiệp), 10 digits.'),
    TenTiengViet: text('Vietnamese name (tên doanh nghiệp bằng tiếng Việt).'),
    TenNuocNgoai: text('Name in a foreign language (tên doanh nghiệp bằng tiếng nước ngoài).'),
    TenVietTat: text('Abbreviated name (tên viết tắt).'),
    TinhTrangHoatDong: text('Status code (tình trạng hoạt động): 01 active, 04 dissolved, ...'),
    LoaiHinhDoanhNghiep: text('Legal form code (loại hình doanh nghiệp): 01 single-member LLC, ...'),
    NgayThanhLap: text('Date of establishment (ngày thành lập), yyyyMMdd.'),
    NgayGiaiThe: text('Date of dissolution (ngày giải thể), yyyyMMdd.'),
    DiaChiTruSo: Type.Optional(DiaChi),
    NguoiDaiDien: Type.Optional(NguoiDangKy),
    NganhNghe: Type.Optional(Type.Array(NganhNghe, { description: 'Business lines (ngành nghề).' })),
    VonDieuLe: text('Charter capital in đồng (vốn điều lệ), digits.'),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu), yyyyMMddHHmmss or ISO.'),
  },
  { description: 'An enterprise (doanh nghiệp).' },
);
export type DoanhNghiep = Static<typeof DoanhNghiep>;

/** One household business (`hộ kinh doanh`). */
export const HoKinhDoanh = Type.Object(
  {
    SoDangKy: text('Registration number (số đăng ký hộ kinh doanh).'),
    MaSoThue: text('Tax code (mã số thuế), 10 digits.'),
    TenHoKinhDoanh: text('Name (tên hộ kinh doanh).'),
    TinhTrangHoatDong: text('Status code (tình trạng hoạt động): 01 active, 02 suspended, 03 ended.'),
    NgayDangKy: text('Date of registration (ngày đăng ký), yyyyMMdd.'),
    DiaChiKinhDoanh: Type.Optional(DiaChi),
    ChuHoKinhDoanh: Type.Optional(NguoiDangKy),
    NganhNghe: Type.Optional(Type.Array(NganhNghe, { description: 'Business lines (ngành nghề).' })),
    VonKinhDoanh: text('Business capital in đồng (vốn kinh doanh), digits.'),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
  },
  { description: 'A household business (hộ kinh doanh).' },
);
export type HoKinhDoanh = Static<typeof HoKinhDoanh>;

/** The answer of a search by person: the enterprises they represent (`DanhSachDoanhNghiep`). */
export const DanhSachDoanhNghiep = Type.Object(
  {
    SoLuong: Type.Optional(Type.String({ pattern: '^[0-9]*$', description: 'How many (số lượng).' })),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
    DoanhNghiep: Type.Optional(Type.Array(DoanhNghiep, { description: 'The enterprises (doanh nghiệp).' })),
  },
  {
    $id: 'https://onceonly.dev/schemas/enterprise/danh-sach-doanh-nghiep.json',
    description: 'Enterprises found (danh sách doanh nghiệp).',
  },
);
export type DanhSachDoanhNghiep = Static<typeof DanhSachDoanhNghiep>;

/** The answer of a search by owner: their household businesses (`DanhSachHoKinhDoanh`). */
export const DanhSachHoKinhDoanh = Type.Object(
  {
    SoLuong: Type.Optional(Type.String({ pattern: '^[0-9]*$', description: 'How many (số lượng).' })),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu).'),
    HoKinhDoanh: Type.Optional(
      Type.Array(HoKinhDoanh, { description: 'The household businesses (hộ kinh doanh).' }),
    ),
  },
  {
    $id: 'https://onceonly.dev/schemas/enterprise/danh-sach-ho-kinh-doanh.json',
    description: 'Household businesses found (danh sách hộ kinh doanh).',
  },
);
export type DanhSachHoKinhDoanh = Static<typeof DanhSachHoKinhDoanh>;

/** Who asks, in every request: set by the adapter from its options and the access context. */
const askerFields = {
  MaYeuCau: Type.String({
    minLength: 1,
    maxLength: 100,
    description: 'Request id (mã yêu cầu): the X-Road id.',
  }),
  MaDVC: Type.Optional(
    Type.String({ maxLength: 50, description: 'Calling service code (mã dịch vụ công).' }),
  ),
  MaDonVi: Type.Optional(Type.String({ maxLength: 50, description: 'The asking unit (mã đơn vị).' })),
  MaCanBo: Type.Optional(
    Type.String({
      pattern: '^[0-9]{12}$',
      description: "The officer's personal id (mã cán bộ), when one asks.",
    }),
  ),
};

/** The request of `TraCuuThongTinDoanhNghiep` (SOAP): the enterprise's tax code. */
export const TraCuuThongTinDoanhNghiep = Type.Object(
  {
    ...askerFields,
    MaSoDoanhNghiep: Type.String({
      pattern: '^[0-9]{10}(-[0-9]{3})?$',
      description: 'Enterprise / tax code (mã số doanh nghiệp): 10 digits, or a branch XXXXXXXXXX-NNN.',
    }),
  },
  { ...strict, description: 'Enterprise lookup request (tra cứu thông tin doanh nghiệp).' },
);
export type TraCuuThongTinDoanhNghiep = Static<typeof TraCuuThongTinDoanhNghiep>;

/** The request of `TraCuuThongTinHoKinhDoanh` (SOAP): the registration number. */
export const TraCuuThongTinHoKinhDoanh = Type.Object(
  {
    ...askerFields,
    SoDangKy: Type.String({
      pattern: '^[0-9]{2}[A-Z][0-9]{7}$',
      description: 'Registration number (số đăng ký hộ kinh doanh): 2 digits, a letter, 7 digits.',
    }),
  },
  { ...strict, description: 'Household business lookup request (tra cứu thông tin hộ kinh doanh).' },
);
export type TraCuuThongTinHoKinhDoanh = Static<typeof TraCuuThongTinHoKinhDoanh>;

/** The request of a search by person (`TraCuuDoanhNghiepTheoNguoiDaiDien`, `TraCuuHoKinhDoanhTheoChuHo`). */
export const TraCuuTheoCaNhan = Type.Object(
  {
    ...askerFields,
    SoDinhDanh: Type.String({
      pattern: '^[0-9]{12}$',
      description: 'Personal identification number (số định danh cá nhân) of the person searched for.',
    }),
  },
  { ...strict, description: 'A search by person (tra cứu theo cá nhân).' },
);
export type TraCuuTheoCaNhan = Static<typeof TraCuuTheoCaNhan>;
