import type { DiaChi, DoanhNghiep, HoKinhDoanh, NganhNghe } from '@onceonly/enterprise';
import type {
  EnterpriseRecord,
  HouseholdBusinessRecord,
  RecordAddress2025,
  RecordBusinessLine,
} from '../world/enterprise-record.js';

/**
 * Writes the world's business registration records (`world/enterprise-record.ts`) in the services'
 * vocabulary (`DoanhNghiep`, `HoKinhDoanh`). A public lookup names people by name and title only; a
 * search by person (consent given) also carries their personal id.
 * @module
 */

/** Whether the answer may carry the personal ids of the people it names. */
export type Disclosure = 'public' | 'by-person';

const wireDate = (iso: string) => iso.replaceAll('-', '');

function toDiaChi(address: RecordAddress2025): DiaChi {
  return { MaTinhThanh: address.maTinh, MaPhuongXa: address.maXa, ChiTiet: address.chiTiet, QuocGia: 'VN' };
}

function toNganhNghe(lines: readonly RecordBusinessLine[]): NganhNghe[] {
  return lines.map((line) => ({
    MaNganh: line.maNganh,
    TenNganh: line.tenNganh,
    LaNganhChinh: line.laNganhChinh ? '1' : '0',
  }));
}

/** One enterprise as `DoanhNghiep`. */
export function toDoanhNghiep(
  record: EnterpriseRecord,
  dataDate: string,
  disclosure: Disclosure,
): DoanhNghiep {
  const wire: DoanhNghiep = {
    MaSoDoanhNghiep: record.maSoDoanhNghiep,
    TenTiengViet: record.tenTiengViet,
    TenNuocNgoai: record.tenNuocNgoai ?? '',
    TenVietTat: record.tenVietTat ?? '',
    TinhTrangHoatDong: record.tinhTrang,
    LoaiHinhDoanhNghiep: record.loaiHinh,
    NgayThanhLap: wireDate(record.ngayThanhLap),
    DiaChiTruSo: toDiaChi(record.truSoChinh),
    NguoiDaiDien: {
      HoVaTen: record.nguoiDaiDien.hoVaTen,
      ChucDanh: record.nguoiDaiDien.chucDanh,
      ...(disclosure === 'by-person' ? { SoDinhDanh: record.nguoiDaiDien.soDinhDanh } : {}),
    },
    NganhNghe: toNganhNghe(record.nganhNghe),
    VonDieuLe: String(record.vonDieuLe),
    ThoiDiemDuLieu: dataDate,
  };
  if (record.ngayGiaiThe !== undefined) wire.NgayGiaiThe = wireDate(record.ngayGiaiThe);
  return wire;
}

/** One household business as `HoKinhDoanh`. */
export function toHoKinhDoanh(
  record: HouseholdBusinessRecord,
  dataDate: string,
  disclosure: Disclosure,
): HoKinhDoanh {
  return {
    SoDangKy: record.soDangKy,
    MaSoThue: record.maSoThue,
    TenHoKinhDoanh: record.tenHoKinhDoanh,
    TinhTrangHoatDong: record.tinhTrang,
    NgayDangKy: wireDate(record.ngayDangKy),
    DiaChiKinhDoanh: toDiaChi(record.diaChi),
    ChuHoKinhDoanh: {
      HoVaTen: record.chuHo.hoVaTen,
      ...(disclosure === 'by-person' ? { SoDinhDanh: record.chuHo.soDinhDanh } : {}),
    },
    NganhNghe: toNganhNghe(record.nganhNghe),
    VonKinhDoanh: String(record.vonKinhDoanh),
    ThoiDiemDuLieu: dataDate,
  };
}
