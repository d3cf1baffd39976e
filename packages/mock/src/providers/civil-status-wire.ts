/**
 * Writes the world's civil status records in the (modelled) wire vocabulary of the civil status
 * services (`ThongTinKhaiSinh`, `ThongTinKetHon`, `ThongTinKhaiTu`, …), the same for SOAP and REST.
 * @module
 */
import type {
  BenKetHon,
  CoQuanDangKy,
  DiaChi,
  NgayThangNamSinh,
  NguoiTrenGiayTo,
  ThongTinKetHon,
  ThongTinKhaiSinh,
  ThongTinKhaiTu,
} from '@onceonly/civil-status';
import type {
  BenKetHonRecord,
  DangKyRecord,
  KetHonRecord,
  KhaiSinhRecord,
  KhaiTuRecord,
  NguoiRecord,
  NoiRecord,
} from '../world/civil-status-record.js';

/** `yyyy-mm-dd` → `yyyyMMdd`. */
export const wireDate = (iso: string): string => iso.replaceAll('-', '');

/** `yyyy` → `Nam`; `yyyy-mm-dd` → `NgayThangNam`. */
function wireBirth(date: string): NgayThangNamSinh {
  return date.length === 4 ? { Nam: date } : { NgayThangNam: wireDate(date) };
}

function wirePlace(place: NoiRecord): DiaChi {
  const wire: DiaChi = { MaTinhThanh: place.maTinh };
  if (place.maHuyen !== undefined) wire.MaQuanHuyen = place.maHuyen;
  wire.MaPhuongXa = place.maXa;
  wire.ChiTiet = place.chiTiet;
  wire.QuocGia = 'VN';
  return wire;
}

function wireRegistration(record: DangKyRecord) {
  const authority: CoQuanDangKy = {
    MaCoQuan: record.coQuanDangKy.maCoQuan,
    TenCoQuan: record.coQuanDangKy.tenCoQuan,
    MaTinhThanh: record.coQuanDangKy.maTinh,
    MaPhuongXa: record.coQuanDangKy.maXa,
  };
  return {
    SoDangKy: record.soDangKy,
    QuyenSo: record.quyenSo,
    NgayDangKy: wireDate(record.ngayDangKy),
    CoQuanDangKy: authority,
  };
}

function wirePerson(person: NguoiRecord): NguoiTrenGiayTo {
  return {
    HoVaTen: person.hoVaTen,
    SoDinhDanh: person.soDinhDanh,
    GioiTinh: person.gioiTinh,
    NgayThangNamSinh: wireBirth(person.ngaySinh),
    QuocTich: person.quocTich,
  };
}

function wireParty(party: BenKetHonRecord): BenKetHon {
  const wire: BenKetHon = { HoVaTen: party.hoVaTen };
  if (party.soDinhDanh !== undefined) wire.SoDinhDanh = party.soDinhDanh;
  if (party.hoChieu !== undefined) wire.HoChieu = party.hoChieu;
  wire.QuocTich = party.quocTich;
  wire.NgayThangNamSinh = wireBirth(party.ngaySinh);
  return wire;
}

/** A birth registration as `ThongTinKhaiSinh`. */
export function toThongTinKhaiSinh(record: KhaiSinhRecord, dataDate: string): ThongTinKhaiSinh {
  const wire: ThongTinKhaiSinh = {
    ThoiDiemDuLieu: dataDate,
    ...wireRegistration(record),
    NguoiDuocKhaiSinh: wirePerson(record.nguoiDuocKhaiSinh),
    NoiSinh: wirePlace(record.noiSinh),
  };
  for (const [key, parent] of [
    ['Cha', record.cha],
    ['Me', record.me],
  ] as const) {
    if (parent === undefined) continue;
    wire[key] = { HoVaTen: parent.hoVaTen, QuocTich: parent.quocTich };
    if (parent.soDinhDanh !== undefined) wire[key].SoDinhDanh = parent.soDinhDanh;
    if (parent.namSinh !== undefined) wire[key].NamSinh = parent.namSinh;
  }
  return wire;
}

/** A marriage registration as `ThongTinKetHon`, its divorce note included. */
export function toThongTinKetHon(record: KetHonRecord): ThongTinKetHon {
  const wire: ThongTinKetHon = {
    ...wireRegistration(record),
    Chong: wireParty(record.chong),
    Vo: wireParty(record.vo),
    TrangThai: record.trangThai,
  };
  if (record.ngayChamDut !== undefined) wire.NgayChamDut = wireDate(record.ngayChamDut);
  const note = record.ghiChuLyHon;
  if (note !== undefined) {
    wire.GhiChuLyHon = {
      SoQuyetDinh: note.soQuyetDinh,
      NgayQuyetDinh: wireDate(note.ngayQuyetDinh),
      ToaAn: note.toaAn,
      NgayGhiChu: wireDate(note.ngayGhiChu),
    };
  }
  return wire;
}

/** A death registration as `ThongTinKhaiTu` (no cause of death: the world holds none). */
export function toThongTinKhaiTu(record: KhaiTuRecord, dataDate: string): ThongTinKhaiTu {
  return {
    ThoiDiemDuLieu: dataDate,
    ...wireRegistration(record),
    NguoiDaKhuat: wirePerson(record.nguoiDaKhuat),
    NgayChet: wireDate(record.ngayChet),
    NoiChet: wirePlace(record.noiChet),
  };
}
