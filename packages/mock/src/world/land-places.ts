import { getWard, listWards, resolveOldAddress } from '@onceonly/vn';
import { WARDS_2025 } from './data/admin-units.js';
import type { LandUseRecord, ParcelKeyRecord } from './land-record.js';
import type { Random } from './random.js';
import type { RecordAddress } from './record.js';

/**
 * Where the land stage puts parcels: a permanent address (2025 or pre-2025 form) read as a 2025 commune
 * with `@onceonly/vn`, unique parcel keys, and the uses and areas of homes and farm land.
 * @module
 */

/** A 2025 commune: its code, province, and whether it is a town ward (`phường`). */
export interface Commune {
  maXa: string;
  maTinh: string;
  urban: boolean;
}

function communeOf(code: string): Commune | undefined {
  const ward = getWard(code);
  return ward && { maXa: ward.code, maTinh: ward.provinceCode, urban: ward.type !== 'xã' };
}

/**
 * The 2025 commune of an address. A pre-2025 address is converted with `resolveOldAddress`; when its
 * old commune was split, `split` (a number in [0, 1) drawn by the caller, so the draw count never
 * depends on the map) picks one of the candidates; when it cannot be resolved, the first commune of
 * its 2025 province.
 */
export function communeOfAddress(address: RecordAddress, split: number): Commune {
  if (address.phienBan === '2025') {
    const found = communeOf(address.maXa);
    if (found) return found;
    return communeOf(listWards(address.maTinh)[0]!.code)!;
  }
  const resolved = resolveOldAddress({
    provinceCode: address.maTinh,
    districtCode: address.maHuyen,
    wardCode: address.maXa,
  });
  if (resolved.ok) {
    const { ward, candidates, province } = resolved.value;
    const chosen = ward ?? candidates[Math.floor(split * candidates.length)];
    const found = chosen && communeOf(chosen.code);
    if (found) return found;
    return communeOf(listWards(province.code)[0]!.code)!;
  }
  return communeOf(listWards()[0]!.code)!;
}

/** A rural commune of the world's sample in a 2025 province (farm land), or any of its communes. */
export function farmCommune(maTinh: string, pick: number): Commune {
  const rows = WARDS_2025[maTinh] ?? [];
  const rural = rows.filter(([, name]) => name.startsWith('Xã '));
  const pool = rural.length > 0 ? rural : rows;
  const row = pool[Math.floor(pick * pool.length)];
  return (row && communeOf(row[0])) ?? communeOf(listWards(maTinh)[0]!.code)!;
}

/** Hands out parcel keys, unique per commune: a taken key moves to the next free parcel number. */
export class ParcelKeys {
  readonly #taken = new Set<string>();

  take(maXa: string, soTo: number, soThua: number): ParcelKeyRecord {
    let parcel = soThua;
    while (this.#taken.has(`${maXa}/${soTo}/${parcel}`)) parcel++;
    this.#taken.add(`${maXa}/${soTo}/${parcel}`);
    return { maXa, soTo, soThua: parcel };
  }
}

/** Hands out certificate serials, unique in the world: a taken serial moves to the next number. */
export class Serials {
  readonly #taken = new Set<string>();

  take(series: string, number: number): string {
    let n = number;
    while (this.#taken.has(`${series} ${String(n).padStart(6, '0')}`)) n = (n + 1) % 1_000_000;
    const serial = `${series} ${String(n).padStart(6, '0')}`;
    this.#taken.add(serial);
    return serial;
  }
}

/** The two-letter series printed before a certificate's serial number. */
export const SERIES = [
  'BA',
  'BB',
  'BD',
  'BE',
  'BG',
  'BH',
  'BK',
  'BL',
  'BM',
  'BN',
  'BP',
  'BS',
  'BT',
  'BU',
  'BV',
  'BX',
  'BY',
  'CA',
  'CB',
  'CD',
  'CE',
  'CG',
  'CH',
  'CK',
  'CL',
  'CM',
  'CN',
  'CP',
  'CS',
  'CT',
  'CU',
  'CV',
  'CX',
  'CY',
  'DA',
  'DB',
  'DC',
  'DD',
  'DE',
] as const;

const tenth = (value: number) => Math.round(value * 10) / 10;

/** Uses of a home: urban land alone (`ODT`); rural land (`ONT`), often with a garden (`CLN`). */
export function homeUses(random: Random, urban: boolean): LandUseRecord[] {
  const residential = tenth(urban ? 35 + random.next() * 125 : 150 + random.next() * 250);
  const garden = tenth(random.next() * 900);
  const withGarden = random.chance(0.6);
  if (urban) return [{ ma: 'ODT', dienTich: residential }];
  const uses: LandUseRecord[] = [{ ma: 'ONT', dienTich: residential }];
  if (withGarden && garden >= 50) uses.push({ ma: 'CLN', dienTich: garden, thoiHan: '2064-10-15' });
  return uses;
}

/** Farm land elsewhere: rice in the north and centre, perennial trees in the south; a 50-year term. */
export function farmUses(random: Random, south: boolean, issuedYear: number): LandUseRecord[] {
  const area = tenth(300 + random.next() * 2700);
  const rice = random.chance(0.7); // drawn either way: the count of draws never depends on the place
  const ma = south ? 'CLN' : rice ? 'LUC' : 'HNK';
  return [{ ma, dienTich: area, thoiHan: `${issuedYear + 50}-12-31` }];
}

/** The parcel's area: the sum of its uses, one decimal. */
export function areaOf(uses: readonly LandUseRecord[]): number {
  return tenth(uses.reduce((sum, use) => sum + use.dienTich, 0));
}
