import { type ClientOf, createAdapterClient, type Gateway } from '@onceonly/core';
import { insuranceOperationsFor } from './services.js';

/** Options of {@link insurance}. */
export interface InsuranceOptions {
  /**
   * Which encoding the insurance services speak in this environment: `'soap'` (the default) or
   * `'rest'` (the X-Road REST profile, same field names in JSON). Methods and domain types are the same.
   * @example `insurance(gateway, { encoding: 'rest' })`
   */
  encoding?: 'soap' | 'rest';
  /**
   * Provider subsystem of the insurance database in this environment, `CLASS/MEMBER/SUBSYSTEM`.
   * Default: `GOV/000.00.00.G21/CSDLBH` (modelled).
   * @example `insurance(gateway, { provider: 'GOV/000.00.00.G21/CSDLBH-TEST' })`
   */
  provider?: string;
  /**
   * The officer's unit, sent as `MaDonVi` in every request. Default: none.
   * @example `{ unit: 'H23.01' }`
   */
  unit?: string;
  /**
   * The calling service's code, sent as `MaDVC`. Default: none.
   * @example `{ callerCode: 'VPCP' }`
   */
  callerCode?: string;
}

/**
 * The insurance database's operations, each with its `…WithMeta` twin. Every call takes
 * `{ personalId } | { insuranceCode }` and the access context; `ctx.officerId`, when set, is sent as
 * `MaCanBo` (these services do not require an officer).
 *
 * - `getParticipant(query, ctx)`: the participant (`TraCuuThongTinNguoiThamGia`, consent `insurance.basic`).
 * - `getContributionPeriods(query, ctx)`: the contribution periods (`TraCuuQuaTrinhDongBHXH`, consent
 *   `insurance.social`).
 * - `getHealthInsuranceCard(query, ctx)`: the health card (`TraCuuTheBHYT`, consent `insurance.health`).
 */
export type InsuranceClient = ClientOf<ReturnType<typeof insuranceOperationsFor>>;

/**
 * The insurance database adapter (Bảo hiểm xã hội Việt Nam: BHXH, BHYT), over a gateway.
 *
 * @example
 * ```ts
 * const bhxh = insurance(gateway, { unit: 'H23.01' });
 * const history = await bhxh.getContributionPeriods({ personalId: '001203012345' }, ctx);
 * history.monthsInLast24; // 12 or more: unemployment benefit can be claimed
 * ```
 */
export function insurance(gateway: Gateway, options: InsuranceOptions = {}): InsuranceClient {
  return createAdapterClient(gateway, 'insurance', insuranceOperationsFor, options);
}
