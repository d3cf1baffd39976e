/**
 * The insurance database's wire vocabulary (Bảo hiểm xã hội Việt Nam: social insurance, BHXH, and
 * health insurance, BHYT). No public description of these services was found (REFERENCE.md §2): the
 * shapes are modelled on the population database's real services (Vietnamese field names, the same
 * envelope, one vocabulary for the SOAP and the REST encodings), with the names the insurance agency
 * prints on its own documents (`MaSoBHXH`, `SoTheBHYT`, `NoiDangKyKCBBanDau`, ...).
 *
 * Answers are declared leniently (any field may be empty or absent; the mapping makes sense of it).
 * Requests are strict: an unknown field, or a request naming both keys or neither, is refused.
 * @module
 */
import { type Static, Type } from '@onceonly/core';

/** Namespace of the insurance services' requests and answers (modelled). */
export const INSURANCE_NAMESPACE = 'http://csdlbh.baohiemxahoi.gov.vn/1.0';

const text = (description: string) => Type.Optional(Type.String({ maxLength: 1000, description }));
const digits = (n: string, description: string) => Type.String({ pattern: `^[0-9]{${n}}$`, description });
const dataTime = text('When the data was taken (thời điểm dữ liệu), yyyyMMddHHmmss or ISO.');
const personFields = {
  MaSoBHXH: text('Social insurance code (mã số BHXH): 10 digits, or the personal id since 2025.'),
  SoDinhDanh: text('Personal identification number (số định danh cá nhân), 12 digits.'),
  HoVaTen: text('Full name (họ và tên).'),
  NgaySinh: text('Date of birth (ngày sinh): yyyyMMdd, or yyyy when only the year is recorded.'),
  GioiTinh: text('Gender code (giới tính): 1 male, 2 female.'),
};

/** A participant (`người tham gia`): who the insurance database knows, and whether they contribute. */
export const NguoiThamGia = Type.Object(
  {
    ...personFields,
    TrangThaiThamGia: text(
      'Participation status (trạng thái tham gia): 1 contributing, 2 stopped, 3 health insurance only.',
    ),
    TongSoThangDong: Type.Optional(
      Type.String({
        pattern: '^[0-9]*$',
        description: 'Months of social insurance contributions in all (tổng số tháng đóng BHXH).',
      }),
    ),
    ThoiDiemDuLieu: dataTime,
  },
  { $id: 'https://onceonly.dev/schemas/insurance/nguoi-tham-gia.json', description: 'A participant.' },
);
export type NguoiThamGia = Static<typeof NguoiThamGia>;

/** The employer of a contribution period (`đơn vị sử dụng lao động`). */
export const DonViSuDungLaoDong = Type.Object(
  {
    MaSoThue: text('Tax code of the employer (mã số thuế), 10 digits or 10 + "-" + 3 for a branch.'),
    TenDonVi: text('Name of the employer (tên đơn vị).'),
  },
  { description: 'Employer (đơn vị sử dụng lao động).' },
);
export type DonViSuDungLaoDong = Static<typeof DonViSuDungLaoDong>;

/** One contribution period (`quá trình đóng`): an employer, months, and the salary band. */
export const QuaTrinhDong = Type.Object(
  {
    DonViSuDungLaoDong: Type.Optional(DonViSuDungLaoDong),
    TuThang: text('First month contributed (từ tháng), yyyyMM.'),
    DenThang: text('Last month contributed (đến tháng), yyyyMM; empty while the period runs.'),
    MucLuong: text('Salary band of the contributions (mức lương đóng, bậc): 01 to 05.'),
  },
  { description: 'A contribution period (quá trình đóng BHXH).' },
);
export type QuaTrinhDong = Static<typeof QuaTrinhDong>;

/** The answer of the contribution history (`QuaTrinhThamGia`): the periods, earliest first. */
export const QuaTrinhThamGia = Type.Object(
  {
    MaSoBHXH: personFields.MaSoBHXH,
    SoDinhDanh: personFields.SoDinhDanh,
    ThoiDiemDuLieu: dataTime,
    QuaTrinhDong: Type.Optional(
      Type.Array(QuaTrinhDong, { description: 'The contribution periods (quá trình đóng).' }),
    ),
  },
  {
    $id: 'https://onceonly.dev/schemas/insurance/qua-trinh-tham-gia.json',
    description: 'Contribution history (quá trình tham gia BHXH).',
  },
);
export type QuaTrinhThamGia = Static<typeof QuaTrinhThamGia>;

/** The primary care clinic the card holder registered with (`nơi đăng ký khám chữa bệnh ban đầu`). */
export const NoiDangKyKCBBanDau = Type.Object(
  {
    MaCoSo: text('Code of the health facility (mã cơ sở KCB), 5 characters: province + number.'),
    TenCoSo: text('Name of the health facility (tên cơ sở KCB).'),
  },
  { description: 'Registered primary care clinic (nơi đăng ký KCB ban đầu).' },
);
export type NoiDangKyKCBBanDau = Static<typeof NoiDangKyKCBBanDau>;

/** A health insurance card (`thẻ BHYT`). */
export const TheBHYT = Type.Object(
  {
    SoTheBHYT: text('Card number (số thẻ BHYT), 15 characters: group, benefit level, province, code.'),
    ...personFields,
    GiaTriTu: text('Valid from (giá trị từ ngày), yyyyMMdd.'),
    GiaTriDen: text('Valid until (giá trị đến ngày), yyyyMMdd; empty when open-ended.'),
    MucHuong: text('Benefit level (mức hưởng), 1 to 5.'),
    NoiDangKyKCBBanDau: Type.Optional(NoiDangKyKCBBanDau),
    ThoiDiemDuLieu: dataTime,
  },
  {
    $id: 'https://onceonly.dev/schemas/insurance/the-bhyt.json',
    description: 'Health insurance card (thẻ bảo hiểm y tế).',
  },
);
export type TheBHYT = Static<typeof TheBHYT>;

/**
 * Every request: who asks (`MaYeuCau`, and when given `MaDVC`, `MaDonVi`, `MaCanBo`) and about whom,
 * by exactly one key: the personal id (`SoDinhDanh`) or the 10-digit insurance code (`MaSoBHXH`).
 */
export const YeuCauBaoHiem = Type.Object(
  {
    MaYeuCau: Type.String({ minLength: 1, maxLength: 100, description: 'Request id (mã yêu cầu).' }),
    MaDVC: Type.Optional(Type.String({ maxLength: 50, description: 'Calling service code (mã DVC).' })),
    MaDonVi: Type.Optional(Type.String({ maxLength: 50, description: "The officer's unit (mã đơn vị)." })),
    MaCanBo: Type.Optional(digits('12', "The officer's personal id (mã cán bộ), when an officer asks.")),
    SoDinhDanh: Type.Optional(digits('12', 'Personal identification number (số định danh cá nhân).')),
    MaSoBHXH: Type.Optional(digits('10', 'Social insurance code (mã số BHXH), 10 digits.')),
  },
  {
    additionalProperties: false,
    // Exactly one key: a request by both, or by neither, is not a question the database answers.
    oneOf: [{ required: ['SoDinhDanh'] }, { required: ['MaSoBHXH'] }],
    description: 'A request about one insured person (yêu cầu thông tin bảo hiểm).',
  },
);
export type YeuCauBaoHiem = Static<typeof YeuCauBaoHiem>;
