import { type ClientOf, createAdapterClient, type Gateway } from '@onceonly/core';
import { landOperationsFor } from './services.js';

/** Options of {@link land}. */
export interface LandOptions {
  /**
   * Which encoding the land services speak in this environment: `'soap'` (the default, as the
   * population services are published) or `'rest'` (the X-Road REST profile, same field names in JSON).
   * The methods and domain types are the same either way.
   * @example `land(gateway, { encoding: 'rest' })`
   */
  encoding?: 'soap' | 'rest';
  /**
   * The officer's unit, sent as `MaDonVi`. Default: none.
   * @example `{ unit: 'H23.01' }`
   */
  unit?: string;
  /**
   * The calling service's code, sent as `MaDVC`. Default: none.
   * @example `{ callerCode: 'VPCP' }`
   */
  callerCode?: string;
  /**
   * Provider subsystem of the land database in this environment, `CLASS/MEMBER/SUBSYSTEM`, when it
   * differs from the modelled national one. Default: `GOV/000.00.00.G14/CSDLDD`.
   * @example `land(gateway, { provider: 'GOV/000.00.00.G14/CSDLDD-TEST' })`
   */
  provider?: string;
}

/**
 * The land database's operations, each with its `…WithMeta` twin (the value with where it came from).
 *
 * - `getParcel({ communeCode, sheet, parcel }, ctx)`: the parcel (`TraCuuThongTinThuaDat`); public
 *   cadastral data, no consent (`land.parcel`).
 * - `getCertificatesByOwner({ personalId }, ctx)`: every certificate naming the person
 *   (`TraCuuGiayChungNhanTheoChuSuDung`, consent `land.basic`, subject = the holder).
 *
 * `ctx.officerId`, when given, is sent as `MaCanBo`; the land services do not require it.
 */
export type LandClient = ClientOf<ReturnType<typeof landOperationsFor>>;

/**
 * The land database adapter (`CSDL quốc gia về đất đai`), over a gateway.
 *
 * @example
 * ```ts
 * const parcel = await land(gateway).getParcel(
 *   { communeCode: '00004', sheet: 12, parcel: 345 },
 *   { purpose: '1.004227', caseId: 'H23.01-261123-0003' },
 * );
 * parcel.uses[0]?.code; // 'ODT'
 * ```
 */
export function land(gateway: Gateway, options: LandOptions = {}): LandClient {
  return createAdapterClient(gateway, 'land', landOperationsFor, options);
}
