import type { EnterpriseRecord } from './enterprise-record.js';
import type { InsuranceRecord } from './insurance-record.js';
import type { Persona, World } from './types.js';

/**
 * Links from the insurance database to the others: the employer a persona contributes through now.
 * @module
 */

/** The period still running (no `denThang`): the current job, if any. */
export function currentPeriodOf(record: InsuranceRecord | undefined) {
  return record?.quaTrinhDong.find((period) => period.denThang === undefined);
}

/**
 * The enterprise record of the persona's current employer (the running contribution period's tax code),
 * or `undefined` for a persona who does not contribute now.
 *
 * @example
 * ```ts
 * const worker = world.personas.find((p) => p.insurance?.trangThaiThamGia === '1')!;
 * employerOf(world, worker)?.tenTiengViet; // 'CÔNG TY TNHH ...'
 * ```
 */
export function employerOf(world: World, persona: Persona): EnterpriseRecord | undefined {
  return employerAmong(world.enterprises, persona);
}

/** {@link employerOf} over a list of enterprises (the world's, while it is being built). */
export function employerAmong(
  enterprises: readonly EnterpriseRecord[],
  persona: Persona,
): EnterpriseRecord | undefined {
  const period = currentPeriodOf(persona.insurance);
  if (period === undefined) return undefined;
  return enterprises.find((enterprise) => enterprise.maSoDoanhNghiep === period.maSoThue);
}
