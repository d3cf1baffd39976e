import { type ClientOf, createAdapterClient, type Gateway } from '@onceonly/core';
import { populationOperationsFor } from './services.js';

/** Options of {@link population}. */
export interface PopulationOptions {
  /**
   * Which encoding the population services speak in this environment: `'soap'` (the default, as the
   * real services are published) or `'rest'` (the X-Road REST profile, same field names in JSON). The
   * methods and domain types are the same either way.
   *
   * @example
   * ```ts
   * population(gateway, { encoding: 'rest' });
   * ```
   */
  encoding?: 'soap' | 'rest';
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
  /**
   * Provider subsystem of the population database in this environment, `CLASS/MEMBER/SUBSYSTEM`, when it
   * differs from the national one. Default: `GOV/000.00.00.G10/CSDLDC`.
   *
   * @example
   * ```ts
   * population(gateway, { provider: 'GOV/000.00.00.G10/CSDLDC-TEST' });
   * ```
   */
  provider?: string;
}

/**
 * The population database's operations, each with its `…WithMeta` twin (the value with where it came
 * from). Every call takes `{ personalId } | { oldId }` with `fullName` and `birthDate`, and the access
 * context, which must name the officer (`ctx.officerId`, sent as `MaCanBo`).
 *
 * - `getCitizen(query, ctx)`: the citizen's record (`TraCuuThongTinCongDan`, consent `population.basic`).
 * - `verifyCitizen(query, ctx)`: `true` when id, name and date of birth agree (`XacThucThongTinCongDan`,
 *   no consent: it discloses nothing).
 * - `getHousehold(query, ctx)`: the household and each member's relation to the head
 *   (`CungCapThongTinHoGiaDinh`, consent `population.household`).
 * - `checkMaritalStatus(query, ctx)`: marital status and spouse (`XacMinhTinhTrangHonNhan`, consent
 *   `population.marital`).
 */
export type PopulationClient = ClientOf<ReturnType<typeof populationOperationsFor>>;

/**
 * The population database adapter (`CSDLQG về dân cư`), over a gateway.
 *
 * @example
 * ```ts
 * const pop = population(gateway, { unit: 'H23.01', callerCode: 'VPCP' });
 * const citizen = await pop.getCitizen(
 *   { personalId: '001203012345', fullName: 'Nguyễn Văn An', birthDate: '22/11/1992' },
 *   { purpose: '1.001193', caseId: 'H23.01-241122-0001', officerId: '001085001234', consent },
 * );
 * citizen.name.full;
 * ```
 */
export function population(gateway: Gateway, options: PopulationOptions = {}): PopulationClient {
  return createAdapterClient(gateway, 'population', populationOperationsFor, options);
}
