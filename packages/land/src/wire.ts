/**
 * The land database's wire vocabulary. **Modelled, not published**: no public technical description of
 * the national land database's services was found (REFERENCE.md §2), so these shapes follow the
 * population services' style (Vietnamese field names, the same envelope, one vocabulary for SOAP and
 * REST) and the land-use certificate's own printed fields (số phát hành, số vào sổ, thửa đất số, tờ bản
 * đồ số, diện tích, mục đích sử dụng, hình thức sử dụng).
 *
 * Answers are lenient (any field may be empty or absent); requests are strict (an unknown field is
 * refused before sending).
 * @module
 */
import { type Static, Type } from '@onceonly/core';

/** Request namespace of the land services (modelled). */
export const LAND_REQUEST_NAMESPACE = 'http://datdai.gov.vn/csdldd/1.0';
/** Answer namespace of the land services (modelled). */
export const LAND_ANSWER_NAMESPACE = 'http://datdai.gov.vn/csdldd/1.0';

const strict = { additionalProperties: false } as const;
const text = (description: string) => Type.Optional(Type.String({ maxLength: 1000, description }));

/** Where a parcel lies: the 2025 commune and the detail (hamlet, street, house number). */
export const DiaChiThuaDat = Type.Object(
  {
    MaTinhThanh: text('Province code (mã tỉnh/thành phố), 2 digits, 2025 map.'),
    MaPhuongXa: text('Commune / ward code (mã phường/xã), 5 digits, 2025 map.'),
    ChiTiet: text('House number, street, hamlet (chi tiết).'),
  },
  { description: 'Address of the parcel (địa chỉ thửa đất).' },
);
export type DiaChiThuaDat = Static<typeof DiaChiThuaDat>;

/** One use of (part of) a parcel: the land-use code and the area under it. */
export const MucDichSuDung = Type.Object(
  {
    MaMucDich: text('Land-use code (mã mục đích sử dụng đất): ODT, ONT, LUC, CLN, …'),
    DienTich: text('Area under this use, m² (diện tích), decimal with a dot.'),
    ThoiHan: text('Term (thời hạn sử dụng): "Lâu dài" or an end date yyyyMMdd.'),
  },
  { description: 'Land use (mục đích sử dụng đất).' },
);
export type MucDichSuDung = Static<typeof MucDichSuDung>;

/** A parcel as the cadastral map holds it: no owner (see the README on consent). */
export const ThuaDat = Type.Object(
  {
    MaXa: text('Commune code (mã xã), 5 digits, 2025 map.'),
    SoTo: text('Map sheet number (số tờ bản đồ).'),
    SoThua: text('Parcel number (số thửa).'),
    DienTich: text('Area, m² (diện tích).'),
    DiaChi: Type.Optional(DiaChiThuaDat),
    MucDichSuDung: Type.Optional(Type.Array(MucDichSuDung, { description: 'The uses (mục đích).' })),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu), yyyyMMddHHmmss or ISO.'),
  },
  {
    $id: 'https://onceonly.dev/schemas/land/thua-dat.json',
    description: 'A land parcel (thửa đất).',
  },
);
export type ThuaDat = Static<typeof ThuaDat>;

/** A holder named on a certificate (`người sử dụng đất, chủ sở hữu`). */
export const ChuSuDung = Type.Object(
  {
    HoVaTen: text('Full name (họ và tên).'),
    SoDinhDanh: text('Personal identification number (số định danh cá nhân), 12 digits.'),
    SoCMND: text('Old identity card number (số CMND), 9 digits, on old certificates.'),
  },
  { description: 'Land user / owner (người sử dụng đất, chủ sở hữu tài sản).' },
);
export type ChuSuDung = Static<typeof ChuSuDung>;

/** A house or other asset attached to the land (`tài sản gắn liền với đất`). */
export const TaiSanGanLienVoiDat = Type.Object(
  {
    LoaiTaiSan: text('Kind of asset (loại tài sản): "Nhà ở".'),
    DienTichXayDung: text('Built area, m² (diện tích xây dựng).'),
    SoTang: text('Number of floors (số tầng).'),
  },
  { description: 'Asset attached to the land (tài sản gắn liền với đất).' },
);
export type TaiSanGanLienVoiDat = Static<typeof TaiSanGanLienVoiDat>;

/** One certificate (`giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất`). */
export const GiayChungNhan = Type.Object(
  {
    SoPhatHanh: text('Serial printed on the certificate (số phát hành): two letters and six digits.'),
    SoVaoSo: text('Register number (số vào sổ cấp giấy chứng nhận): CS01234.'),
    NgayCap: text('Date of issue (ngày cấp), yyyyMMdd.'),
    ThuaDat: Type.Optional(
      Type.Object(
        {
          MaXa: text('Commune code (mã xã), 2025 map.'),
          SoTo: text('Map sheet number (số tờ bản đồ).'),
          SoThua: text('Parcel number (số thửa).'),
          DiaChi: Type.Optional(DiaChiThuaDat),
        },
        { description: 'The parcel the certificate covers (thửa đất).' },
      ),
    ),
    DienTich: text('Area, m² (diện tích).'),
    MucDichSuDung: Type.Optional(Type.Array(MucDichSuDung, { description: 'The uses (mục đích).' })),
    HinhThucSuDung: text('Form of use (hình thức sử dụng): "Riêng" (sole) or "Chung" (joint).'),
    ChuSuDung: Type.Optional(Type.Array(ChuSuDung, { description: 'The holders (người sử dụng đất).' })),
    TaiSan: Type.Optional(Type.Array(TaiSanGanLienVoiDat, { description: 'Attached assets (tài sản).' })),
  },
  { description: 'A land-use and house ownership certificate (giấy chứng nhận).' },
);
export type GiayChungNhan = Static<typeof GiayChungNhan>;

/** The answer of the search by holder: every certificate naming the person, `SoLuong` of them. */
export const DanhSachGiayChungNhan = Type.Object(
  {
    SoDinhDanh: text('The holder asked about (số định danh cá nhân), echoed.'),
    SoLuong: Type.Optional(
      Type.String({ pattern: '^[0-9]*$', description: 'Number of certificates (số lượng).' }),
    ),
    ThoiDiemDuLieu: text('When the data was taken (thời điểm dữ liệu), yyyyMMddHHmmss or ISO.'),
    GiayChungNhan: Type.Optional(Type.Array(GiayChungNhan, { description: 'The certificates.' })),
  },
  {
    $id: 'https://onceonly.dev/schemas/land/danh-sach-giay-chung-nhan.json',
    description: 'Certificates held by one person (danh sách giấy chứng nhận).',
  },
);
export type DanhSachGiayChungNhan = Static<typeof DanhSachGiayChungNhan>;

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
  MaCanBo: Type.Optional(
    Type.String({
      pattern: '^[0-9]{12}$',
      description: "The officer's personal id (mã cán bộ), when given.",
    }),
  ),
  MaDonVi: Type.Optional(Type.String({ maxLength: 50, description: "The officer's unit (mã đơn vị)." })),
};

/** The request of `TraCuuThongTinThuaDat`: a parcel by commune, map sheet and parcel number. */
export const TraCuuThongTinThuaDat = Type.Object(
  {
    ...askerFields,
    MaXa: Type.String({ pattern: '^[0-9]{5}$', description: 'Commune code (mã xã), 2025 map.' }),
    SoTo: Type.String({ pattern: '^[1-9][0-9]{0,3}$', description: 'Map sheet number (số tờ bản đồ).' }),
    SoThua: Type.String({ pattern: '^[1-9][0-9]{0,4}$', description: 'Parcel number (số thửa).' }),
  },
  { ...strict, description: 'Parcel lookup request (tra cứu thông tin thửa đất).' },
);
export type TraCuuThongTinThuaDat = Static<typeof TraCuuThongTinThuaDat>;

/** The request of `TraCuuGiayChungNhanTheoChuSuDung`: certificates by the holder's personal id. */
export const TraCuuGiayChungNhanTheoChuSuDung = Type.Object(
  {
    ...askerFields,
    SoDinhDanh: Type.String({
      pattern: '^[0-9]{12}$',
      description: "The holder's personal identification number (số định danh cá nhân).",
    }),
  },
  { ...strict, description: 'Certificate search by holder (tra cứu giấy chứng nhận theo chủ sử dụng).' },
);
export type TraCuuGiayChungNhanTheoChuSuDung = Static<typeof TraCuuGiayChungNhanTheoChuSuDung>;
