/**
 * Writes the world's population records in the real services' vocabulary (`CongDan`, `HoGiaDinh`, …),
 * the same for the SOAP and the REST encodings. Some records are written as real answers often are:
 * the people who still carry an old 9-digit id get an empty `Ho`/`ChuDem` with the whole name in
 * `Ten`, and an empty `QuocTich` (deterministic: it follows the record, not a random draw).
 * @module
 */
import type {
  CongDan,
  CuTru,
  DiaChi,
  NgayThangNamSinh,
  ThanhVienHo,
  ThanNhan,
  ThongTinCuTru,
} from '@onceonly/population';
import type { PopulationRecord, RecordAddress, RecordRelative, RecordResidence } from '../world/record.js';
import type { Persona, World } from '../world/types.js';

/** The world's data date, as the collection's `ThoiDiemDuLieu` (yyyyMMddHHmmss). */
export function dataDateOf(world: World): string {
  return `${world.asOf.slice(0, 10).replaceAll('-', '')}000000`;
}

/** `dd/mm/yyyy` → `NgayThangNam`; `mm/yyyy` → `NgayThangNam` with day `00`; `yyyy` → `Nam`. */
export function wireBirthDate(text: string): NgayThangNamSinh {
  const parts = text.split('/');
  if (parts.length === 1) return { Nam: text };
  if (parts.length === 2) return { NgayThangNam: `${parts[1]}${parts[0]}00` };
  return { NgayThangNam: `${parts[2]}${parts[1]}${parts[0]}` };
}

function wireAddress(address: RecordAddress): DiaChi {
  const wire: DiaChi = { MaTinhThanh: address.maTinh };
  if (address.phienBan === 'pre-2025') wire.MaQuanHuyen = address.maHuyen;
  wire.MaPhuongXa = address.maXa;
  wire.ChiTiet = address.chiTiet;
  wire.QuocGia = 'VN';
  return wire;
}

function wireRelative(relative: RecordRelative | undefined): ThanNhan | undefined {
  if (relative === undefined) return undefined;
  const wire: ThanNhan = { HoVaTen: relative.hoVaTen, QuocTich: relative.quocTich };
  if (relative.soDinhDanh !== undefined) wire.SoDinhDanh = relative.soDinhDanh;
  if (relative.soCMND !== undefined) wire.SoCMND = relative.soCMND;
  return wire;
}

/** The whole name, as the record's parts joined. */
export function recordName(record: PopulationRecord): string {
  const { ho, chuDem, ten } = record.hoVaTen;
  return [ho, chuDem, ten].filter((part) => part !== '').join(' ');
}

/** One record as `CongDan`. */
export function toCongDan(record: PopulationRecord, householdBook: string): CongDan {
  const sparse = record.soCMND !== undefined;
  const wire: CongDan = { SoDinhDanh: record.soDinhDanh };
  if (record.soCMND !== undefined) wire.SoCMND = record.soCMND;
  wire.HoVaTen = sparse
    ? { Ho: '', ChuDem: '', Ten: recordName(record) }
    : { Ho: record.hoVaTen.ho, ChuDem: record.hoVaTen.chuDem, Ten: record.hoVaTen.ten };
  wire.GioiTinh = record.gioiTinh;
  wire.DanToc = record.danToc;
  wire.TonGiao = record.tonGiao;
  wire.QuocTich = sparse ? '' : record.quocTich;
  wire.TinhTrangHonNhan = record.tinhTrangHonNhan;
  if (record.nhomMau !== undefined) wire.NhomMau = record.nhomMau;
  wire.NgayThangNamSinh = wireBirthDate(record.ngaySinh);
  wire.NoiDangKyKhaiSinh = wireAddress(record.noiDangKyKhaiSinh);
  wire.QueQuan = wireAddress(record.queQuan);
  // A deceased person's record has no current residence and no household.
  if (record.thuongTru !== undefined) wire.ThuongTru = wireAddress(record.thuongTru);
  if (record.noiOHienTai !== undefined) wire.NoiOHienTai = wireAddress(record.noiOHienTai);
  const relatives = [
    ['Cha', record.cha],
    ['Me', record.me],
    ['VoChong', record.voChong],
    ['NguoiDaiDien', record.nguoiDaiDien],
  ] as const;
  for (const [key, value] of relatives) {
    const relative = wireRelative(value);
    if (relative) wire[key] = relative;
  }
  if (record.chuHo !== undefined && record.quanHeVoiChuHo !== undefined) {
    wire.ChuHo = {
      QuanHe: record.quanHeVoiChuHo,
      SoDinhDanh: record.chuHo.soDinhDanh,
      HoVaTen: record.chuHo.hoVaTen,
    };
  }
  wire.SoSoHoKhau = householdBook;
  return wire;
}

/** A household book number derived from the household id (stable across runs). */
export function householdBookOf(persona: Persona): string {
  return `HK${persona.householdId
    .replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase()
    .padStart(10, '0')
    .slice(-10)}`;
}

/** A household member as `ThanhVienHo`. */
export function toThanhVien(persona: Persona): ThanhVienHo {
  const record = persona.population;
  const wire: ThanhVienHo = { SoDinhDanh: record.soDinhDanh };
  if (record.soCMND !== undefined) wire.SoCMND = record.soCMND;
  wire.HoVaTen = recordName(record);
  wire.NgayThangNamSinh = wireBirthDate(record.ngaySinh);
  wire.GioiTinh = record.gioiTinh;
  if (record.quanHeVoiChuHo !== undefined) wire.QuanHe = record.quanHeVoiChuHo;
  return wire;
}

/** `dd/mm/yyyy` → `yyyyMMdd`. */
const wireDay = (text: string) => text.split('/').reverse().join('');

function wireResidence(residence: RecordResidence): CuTru {
  const wire: CuTru = { DiaChi: wireAddress(residence.diaChi), TuNgay: wireDay(residence.tuNgay) };
  if (residence.denNgay !== undefined) wire.DenNgay = wireDay(residence.denNgay);
  return wire;
}

/** A record's residence history as `ThongTinCuTru` (the deceased's has no `ThuongTru` or `TamTru`). */
export function toThongTinCuTru(record: PopulationRecord, dataDate: string): ThongTinCuTru {
  const { thuongTru, thuongTruTruocDay, tamTru } = record.cuTru;
  const wire: ThongTinCuTru = { SoDinhDanh: record.soDinhDanh, ThoiDiemDuLieu: dataDate };
  if (thuongTru !== undefined) wire.ThuongTru = wireResidence(thuongTru);
  if (thuongTruTruocDay.length > 0) wire.ThuongTruTruocDay = thuongTruTruocDay.map(wireResidence);
  if (tamTru !== undefined) wire.TamTru = wireResidence(tamTru);
  return wire;
}
