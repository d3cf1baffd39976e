/**
 * Writes the world's land records in the land services' modelled vocabulary (`ThuaDat`,
 * `GiayChungNhan`), the same for the SOAP and the REST encodings.
 * @module
 */
import type { DiaChiThuaDat, GiayChungNhan, MucDichSuDung, ThuaDat } from '@onceonly/land';
import type {
  LandCertificateRecord,
  LandParcelRecord,
  LandUseRecord,
  ParcelKeyRecord,
} from '../world/land-record.js';

/** `yyyy-mm-dd` → `yyyyMMdd`. */
const compactDay = (iso: string) => iso.replaceAll('-', '');
/** An area as the services write it: a decimal with a dot, no trailing `.0`. */
const area = (m2: number) => String(m2);

function wireUse(use: LandUseRecord): MucDichSuDung {
  return {
    MaMucDich: use.ma,
    DienTich: area(use.dienTich),
    ThoiHan: use.thoiHan === undefined ? 'Lâu dài' : compactDay(use.thoiHan),
  };
}

function wireAddress(parcel: LandParcelRecord): DiaChiThuaDat {
  return { MaTinhThanh: parcel.maTinh, MaPhuongXa: parcel.maXa, ChiTiet: parcel.chiTiet };
}

/** The key a parcel is filed under, as text (`00004/12/345`). */
export function parcelKey(key: ParcelKeyRecord): string {
  return `${key.maXa}/${key.soTo}/${key.soThua}`;
}

/** One parcel as `ThuaDat`: no holder. */
export function toThuaDat(parcel: LandParcelRecord, dataTime: string): ThuaDat {
  return {
    MaXa: parcel.maXa,
    SoTo: String(parcel.soTo),
    SoThua: String(parcel.soThua),
    DienTich: area(parcel.dienTich),
    DiaChi: wireAddress(parcel),
    MucDichSuDung: parcel.mucDich.map(wireUse),
    ThoiDiemDuLieu: dataTime,
  };
}

/** One certificate as `GiayChungNhan`, with the parcel it covers. */
export function toGiayChungNhan(certificate: LandCertificateRecord, parcel: LandParcelRecord): GiayChungNhan {
  const wire: GiayChungNhan = {
    SoPhatHanh: certificate.soPhatHanh,
    SoVaoSo: certificate.soVaoSo,
    NgayCap: compactDay(certificate.ngayCap),
    ThuaDat: {
      MaXa: parcel.maXa,
      SoTo: String(parcel.soTo),
      SoThua: String(parcel.soThua),
      DiaChi: wireAddress(parcel),
    },
    DienTich: area(certificate.dienTich),
    MucDichSuDung: certificate.mucDich.map(wireUse),
    HinhThucSuDung: certificate.hinhThuc === 'chung' ? 'Chung' : 'Riêng',
    ChuSuDung: certificate.chuSuDung.map((h) => ({ HoVaTen: h.hoVaTen, SoDinhDanh: h.soDinhDanh })),
  };
  if (certificate.nhaO) {
    wire.TaiSan = [
      {
        LoaiTaiSan: 'Nhà ở',
        DienTichXayDung: area(certificate.nhaO.dienTichXayDung),
        SoTang: String(certificate.nhaO.soTang),
      },
    ];
  }
  return wire;
}
