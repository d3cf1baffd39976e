import { type ClientOf, createAdapterClient, type Gateway } from '@onceonly/core';
import { civilStatusOperationsFor } from './services.js';

/** Options of {@link civilStatus}. */
export interface CivilStatusOptions {
  /**
   * Which encoding the civil status services speak in this environment: `'soap'` (the default, as the
   * real services are published) or `'rest'` (the X-Road REST profile, same field names in JSON). The
   * methods and domain types are the same either way.
   *
   * @example
   * ```ts
   * civilStatus(gateway, { encoding: 'rest' });
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
   * Provider subsystem of the civil status database in this environment, `CLASS/MEMBER/SUBSYSTEM`, when it
   * differs from the national one. Default: `GOV/000.00.00.G12/CSDLHT` (modelled).
   *
   * @example
   * ```ts
   * civilStatus(gateway, { provider: 'GOV/000.00.00.G12/CSDLHT-TEST' });
   * ```
   */
  provider?: string;
}

/**
 * The civil status database's operations, each with its `…WithMeta` twin (the value with where it came
 * from). Every call takes `{ personalId, fullName }` of the person the record is about, and the access
 * context, which must name the officer (`ctx.officerId`, sent as `MaCanBo`).
 *
 * - `getBirthRecord(query, ctx)`: the birth registration (`TraCuuThongTinKhaiSinh`, consent `civil.birth`).
 * - `getMarriageRecord(query, ctx)`: every marriage registration, earliest first (`TraCuuThongTinKetHon`,
 *   consent `civil.marriage`).
 * - `getMaritalStatus(query, ctx)`: the status with the records behind it (`XacNhanTinhTrangHonNhan`,
 *   consent `civil.status`).
 * - `getDeathRecord(query, ctx)`: the death registration (`TraCuuThongTinKhaiTu`, consent `civil.death`).
 */
export type CivilStatusClient = ClientOf<ReturnType<typeof civilStatusOperationsFor>>;

/**
 * The civil status database adapter (`cơ sở dữ liệu hộ tịch điện tử`), over a gateway.
 *
 * @example
 * ```ts
 * const civil = civilStatus(gateway, { unit: 'H23.01', callerCode: 'VPCP' });
 * const birth = await civil.getBirthRecord(
 *   { personalId: '001223012345', fullName: 'Nguyễn Văn An' },
 *   { purpose: '1.001193', caseId: 'H23.01-241122-0001', officerId: '001085001234', consent },
 * );
 * birth.registration.authority.name; // 'UBND Phường …'
 * ```
 */
export function civilStatus(gateway: Gateway, options: CivilStatusOptions = {}): CivilStatusClient {
  return createAdapterClient(gateway, 'civilStatus', civilStatusOperationsFor, options);
}
