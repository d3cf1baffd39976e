/**
 * How the synthetic world stores what the land database holds: parcels of the cadastral map and the
 * certificates naming their holders. The world's own storage shape (Vietnamese names, like
 * `record.ts`), pinned by the world-pin test; the mock's land provider writes it out in the modelled
 * wire vocabulary (`ThuaDat`, `GiayChungNhan`, see `providers/land-wire.ts`).
 * @module
 */

/** One use of a parcel: land-use code, area in m², and the term (`yyyy-mm-dd`; absent: long-term). */
export interface LandUseRecord {
  ma: string;
  dienTich: number;
  thoiHan?: string;
}

/** The key of a parcel: 2025 commune, map sheet, parcel number. Unique in the world. */
export interface ParcelKeyRecord {
  maXa: string;
  soTo: number;
  soThua: number;
}

/** A parcel (`thửa đất`), in a 2025 commune. */
export interface LandParcelRecord extends ParcelKeyRecord {
  /** 2025 province code. */
  maTinh: string;
  /** House number and street, or hamlet; for a home, the household's permanent address detail. */
  chiTiet: string;
  /** Area, m², one decimal. */
  dienTich: number;
  mucDich: LandUseRecord[];
}

/** A holder named on a certificate: a persona of the world. */
export interface LandHolderRecord {
  soDinhDanh: string;
  hoVaTen: string;
}

/** A land-use and house ownership certificate (`giấy chứng nhận`). */
export interface LandCertificateRecord {
  /** Serial printed on it (`số phát hành`): `CX 123456`, unique in the world. */
  soPhatHanh: string;
  /** Register number (`số vào sổ`): `CS01234` (from 2014), `CH01234` (before). */
  soVaoSo: string;
  /** Date of issue, `yyyy-mm-dd`. */
  ngayCap: string;
  thuaDat: ParcelKeyRecord;
  /** The parcel's area and uses as the certificate records them (the parcel's own). */
  dienTich: number;
  mucDich: LandUseRecord[];
  /** `chung` when several holders (spouses), else `riêng`. */
  hinhThuc: 'riêng' | 'chung';
  chuSuDung: LandHolderRecord[];
  /** The house on the land, if any. */
  nhaO?: { dienTichXayDung: number; soTang: number };
}
