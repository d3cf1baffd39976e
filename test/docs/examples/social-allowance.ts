/**
 * The adapter of docs/writing-an-adapter.md: a (fictional) provincial social-protection database,
 * reached through the province's LGSP, that tells whether a citizen receives a monthly social allowance.
 */
// #region types
/** What the provider puts in `data`, in its own names (wire). */
export interface BeneficiaryWire {
  soDinhDanh: string; // personal id
  hoVaTen: string;
  maSoBhxh?: string; // social insurance code
  loaiTroCap: string; // allowance kind code: 'NCT80', 'KT_NANG', 'MO_COI', …
  mucHuong: number; // VND per month
  tuNgay: string; // dd/mm/yyyy
  trangThai: 'DANG_HUONG' | 'TAM_DUNG' | 'CHAM_DUT';
}

/** What the portal uses (domain). */
export interface Beneficiary {
  personalId: string;
  fullName: string;
  insuranceCode: string | undefined;
  allowance: { kind: string; monthlyVnd: number; since: string; status: 'active' | 'suspended' | 'ended' };
}

export interface BeneficiaryQuery {
  personalId: string;
  /** The day the entitlement is asked about (yyyy-mm-dd); today when absent. */
  asOf?: string;
}
// #endregion types

// #region map
const STATUS = { DANG_HUONG: 'active', TAM_DUNG: 'suspended', CHAM_DUT: 'ended' } as const;

/** Wire → domain: the one place that knows the provider's names. */
export function toBeneficiary(wire: BeneficiaryWire): Beneficiary {
  const [day, month, year] = wire.tuNgay.split('/');
  return {
    personalId: wire.soDinhDanh,
    fullName: wire.hoVaTen,
    insuranceCode: wire.maSoBhxh,
    allowance: {
      kind: wire.loaiTroCap,
      monthlyVnd: wire.mucHuong,
      since: `${year}-${month}-${day}`,
      status: STATUS[wire.trangThai],
    },
  };
}
// #endregion map

// #region schemas
import type { JsonSchema } from '@onceonly/core';

export const beneficiaryQuerySchema: JsonSchema = {
  type: 'object',
  required: ['personalId'],
  additionalProperties: false,
  properties: {
    personalId: { type: 'string', format: 'vn-personal-id' },
    asOf: { type: 'string', format: 'date' },
  },
};

export const beneficiaryWireSchema: JsonSchema = {
  type: 'object',
  required: ['soDinhDanh', 'hoVaTen', 'loaiTroCap', 'mucHuong', 'tuNgay', 'trangThai'],
  properties: {
    soDinhDanh: { type: 'string', format: 'vn-personal-id' },
    hoVaTen: { type: 'string', minLength: 1 },
    maSoBhxh: { type: 'string', format: 'vn-insurance-code' },
    loaiTroCap: { type: 'string', pattern: '^[A-Z0-9_]{2,20}$' },
    mucHuong: { type: 'integer', minimum: 0 },
    tuNgay: { type: 'string', pattern: '^\\d{2}/\\d{2}/\\d{4}$' },
    trangThai: { enum: ['DANG_HUONG', 'TAM_DUNG', 'CHAM_DUT'] },
  },
};
// #endregion schemas

// #region service
import { defineService, InputError } from '@onceonly/core';

export const getBeneficiaryService = defineService<BeneficiaryQuery, BeneficiaryWire, Beneficiary>({
  id: 'social.beneficiary.get',
  provider: 'GOV/000.00.00.H29/BTXH',
  code: 'beneficiary.get',
  category: 'social.allowance', // the consent token's scope must include it
  idempotent: true, // a lookup: safe to retry
  request: beneficiaryQuerySchema,
  response: beneficiaryWireSchema,
  cache: { ttlMs: 10 * 60_000 },
  description: 'Monthly social allowance of a citizen (trợ cấp xã hội hằng tháng).',
  subject: (query) => query.personalId, // checked against the consent's `sub`, hashed into the audit record
  check: (query) => {
    if (query.asOf !== undefined && query.asOf > new Date().toISOString().slice(0, 10)) {
      throw new InputError({
        message: 'asOf is in the future: ask about today or a past day.',
        fields: ['/asOf'],
      });
    }
  },
  map: (wire) => toBeneficiary(wire),
});
// #endregion service

// #region factory
import type { AccessContext, Gateway } from '@onceonly/core';

export interface SocialAllowanceOptions {
  /** The provider subsystem in this environment (`CLASS/MEMBER/SUBSYSTEM`), when not the default. */
  provider?: string;
}

export function socialAllowance(gateway: Gateway, options: SocialAllowanceOptions = {}) {
  const callOptions = options.provider ? { provider: options.provider } : undefined;
  return {
    getBeneficiary: (query: BeneficiaryQuery, ctx: AccessContext): Promise<Beneficiary> =>
      gateway.call(getBeneficiaryService, query, ctx, callOptions),
  };
}
// #endregion factory
