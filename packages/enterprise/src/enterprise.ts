import { type ClientOf, createAdapterClient, type Gateway } from '@onceonly/core';
import { enterpriseOperationsFor } from './services.js';

/** Options of {@link enterprise}. */
export interface EnterpriseOptions {
  /**
   * Which encoding the business registration services speak in this environment: `'soap'` (the
   * default) or `'rest'` (the X-Road REST profile: lookups by key are `GET`s with the key in the path).
   * The methods and domain types are the same either way.
   * @example `enterprise(gateway, { encoding: 'rest' })`
   */
  encoding?: 'soap' | 'rest';
  /**
   * The asking unit, sent as `MaDonVi` in SOAP and POST bodies. Default: none.
   * @example `{ unit: 'H23.01' }`
   */
  unit?: string;
  /**
   * The calling service's code, sent as `MaDVC` in SOAP and POST bodies. Default: none.
   * @example `{ callerCode: 'VPCP' }`
   */
  callerCode?: string;
  /**
   * Provider subsystem of the business registration database in this environment, `CLASS/MEMBER/SUBSYSTEM`,
   * when it differs from the modelled national one. Default: `GOV/000.00.00.G09/CSDLDKDN`.
   * @example `enterprise(gateway, { provider: 'GOV/000.00.00.G09/CSDLDKDN-TEST' })`
   */
  provider?: string;
}

/**
 * The business registration database's operations, each with its `…WithMeta` twin.
 *
 * - `getEnterprise({ taxCode }, ctx)`: an enterprise by its tax code (`TraCuuThongTinDoanhNghiep`, public).
 * - `getHouseholdBusiness({ registrationNumber }, ctx)`: a household business by its registration number
 *   (`TraCuuThongTinHoKinhDoanh`, public).
 * - `findByRepresentative({ personalId }, ctx)`: the enterprises a person legally represents
 *   (`TraCuuDoanhNghiepTheoNguoiDaiDien`, consent `enterprise.basic`).
 * - `findHouseholdBusinesses({ personalId }, ctx)`: the household businesses a person owns
 *   (`TraCuuHoKinhDoanhTheoChuHo`, consent `enterprise.basic`).
 */
export type EnterpriseClient = ClientOf<ReturnType<typeof enterpriseOperationsFor>>;

/**
 * The business registration database adapter (`cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp`), over
 * a gateway.
 *
 * @example
 * ```ts
 * const biz = enterprise(gateway);
 * const company = await biz.getEnterprise({ taxCode: '0100109106' }, { purpose: '1.001193', caseId: 'H23-1' });
 * company.names.vietnamese;
 * ```
 */
export function enterprise(gateway: Gateway, options: EnterpriseOptions = {}): EnterpriseClient {
  return createAdapterClient(gateway, 'enterprise', enterpriseOperationsFor, options);
}
