import {
  type DanhSachGiayChungNhan,
  getCertificatesByOwnerRest,
  getCertificatesByOwnerSoap,
  getParcelRest,
  getParcelSoap,
  type ThuaDat,
  type TraCuuGiayChungNhanTheoChuSuDung,
  type TraCuuThongTinThuaDat,
} from '@onceonly/land';
import type { LandParcelRecord } from '../world/land-record.js';
import type { World } from '../world/types.js';
import { dataDateOf } from './population-wire.js';
import { parcelKey, toGiayChungNhan, toThuaDat } from './land-wire.js';
import type { ProviderBinding } from './types.js';

/**
 * The land database in the mock: `TraCuuThongTinThuaDat` and `TraCuuGiayChungNhanTheoChuSuDung`, each
 * served over the REST profile and over SOAP from the same world, in the modelled vocabulary.
 *
 * - A request that does not match the wire schema (an unknown field, a `MaXa` that is not 5 digits, a
 *   `SoTo` or `SoThua` that is not a positive number, a `SoDinhDanh` that is not 12 digits) is refused
 *   as `INVALID_REQUEST`, as the platform checks every request against the declaration.
 * - A parcel the map does not hold (including under a commune code that is not a 2025 commune) is a
 *   provider fault `NOT_FOUND`.
 * - The search by holder needs consent `land.basic` for the holder's id; someone who holds no
 *   certificate (a renter, or an id the database does not know) gets an empty list (`SoLuong: '0'`),
 *   not "not found": the search found nothing.
 */

const parcelIndex = new WeakMap<World, Map<string, LandParcelRecord>>();

/** The world's parcels by key, built once per world. */
function parcelsOf(world: World): Map<string, LandParcelRecord> {
  let index = parcelIndex.get(world);
  if (index === undefined) {
    index = new Map(world.parcels.map((p) => [parcelKey(p), p]));
    parcelIndex.set(world, index);
  }
  return index;
}

export const landParcelProvider: ProviderBinding<TraCuuThongTinThuaDat, ThuaDat> = {
  service: getParcelRest,
  soapService: getParcelSoap,
  resolve(asked, world) {
    const key = parcelKey({ maXa: asked.MaXa, soTo: Number(asked.SoTo), soThua: Number(asked.SoThua) });
    const parcel = parcelsOf(world).get(key);
    return parcel && toThuaDat(parcel, dataDateOf(world));
  },
};

export const landCertificatesProvider: ProviderBinding<
  TraCuuGiayChungNhanTheoChuSuDung,
  DanhSachGiayChungNhan
> = {
  service: getCertificatesByOwnerRest,
  soapService: getCertificatesByOwnerSoap,
  subject: (asked) => asked.SoDinhDanh,
  resolve(asked, world) {
    const held = world.byPersonalId(asked.SoDinhDanh)?.land ?? [];
    const parcels = parcelsOf(world);
    return {
      SoDinhDanh: asked.SoDinhDanh,
      SoLuong: String(held.length),
      ThoiDiemDuLieu: dataDateOf(world),
      GiayChungNhan: held.map((c) => toGiayChungNhan(c, parcels.get(parcelKey(c.thuaDat))!)),
    };
  },
};

/** The land database's bindings. */
export const landProviders: readonly ProviderBinding[] = [landParcelProvider, landCertificatesProvider];
