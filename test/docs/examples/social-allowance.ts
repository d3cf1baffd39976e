/**
 * The adapter of docs/writing-an-adapter.md: a (fictional) provincial social-protection database,
 * reached through the province's LGSP, that tells whether a citizen receives a monthly social allowance.
 */
// #region declarations
import { codeOf, type Static, Type } from '@onceonly/core';

/** The provider's status codes and what they mean: the one list both the schema and the domain use. */
export const STATUS = { DANG_HUONG: 'active', TAM_DUNG: 'suspended', CHAM_DUT: 'ended' } as const;

/** The request: whose allowance, on which day. */
export const BeneficiaryQuery = Type.Object(
  {
    personalId: Type.String({ format: 'vn-personal-id', description: 'Personal id (số định danh cá nhân).' }),
    asOf: Type.Optional(
      Type.String({ format: 'date', description: 'The day asked about; today when absent.' }),
    ),
  },
  { additionalProperties: false },
);
export type BeneficiaryQuery = Static<typeof BeneficiaryQuery>;

/** What the provider puts in `data`, in its own names (wire). */
export const BeneficiaryWire = Type.Object({
  soDinhDanh: Type.String({ format: 'vn-personal-id', description: 'Personal id (số định danh cá nhân).' }),
  hoVaTen: Type.String({ minLength: 1, description: 'Full name (họ và tên).' }),
  maSoBhxh: Type.Optional(Type.String({ format: 'vn-insurance-code', description: 'Mã số BHXH.' })),
  loaiTroCap: Type.String({ pattern: '^[A-Z0-9_]{2,20}$', description: 'Allowance kind (loại trợ cấp).' }),
  mucHuong: Type.Integer({ minimum: 0, description: 'VND per month (mức hưởng).' }),
  tuNgay: Type.String({ pattern: '^\\d{2}/\\d{2}/\\d{4}$', description: 'Since (từ ngày), dd/mm/yyyy.' }),
  trangThai: codeOf(STATUS, { description: 'Status (trạng thái).' }),
});
export type BeneficiaryWire = Static<typeof BeneficiaryWire>;

/** What the portal uses (domain). */
export interface Beneficiary {
  personalId: string;
  fullName: string;
  insuranceCode: string | undefined;
  allowance: {
    kind: string;
    monthlyVnd: number;
    since: string;
    status: (typeof STATUS)[keyof typeof STATUS];
  };
}
// #endregion declarations

// #region map
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

// #region service
import { defineService, InputError } from '@onceonly/core';

export const getBeneficiaryService = defineService({
  id: 'social.beneficiary.get',
  provider: 'GOV/000.00.00.H29/BTXH',
  code: 'beneficiary.get',
  category: 'social.allowance', // the consent token's scope must include it
  idempotent: true, // a lookup: safe to retry
  request: BeneficiaryQuery, // types inferred from the declarations: no generics
  response: BeneficiaryWire,
  personal: ['personalId'], // never in a URL
  cache: { ttlMs: 10 * 60_000 },
  description: 'Monthly social allowance of a citizen (trợ cấp xã hội hằng tháng).',
  subject: (query) => query.personalId, // checked against the consent's `sub`, hashed into the audit record
  answerSubject: (wire) => wire.soDinhDanh, // an answer about someone else is refused
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

// #region path
/** Public reference data: what an allowance kind is. No personal data, so a GET with a path is fine. */
export const getAllowanceKindService = defineService({
  id: 'social.allowance-kind.get',
  provider: 'GOV/000.00.00.H29/BTXH',
  code: 'allowance-kinds',
  method: 'GET',
  path: '/{kind}', // → …/allowance-kinds/NCT80?lang=vi, each value percent-encoded
  query: ['lang'],
  category: 'social.reference',
  requiresConsent: false,
  idempotent: true,
  request: Type.Object(
    { kind: Type.String({ pattern: '^[A-Z0-9_]{2,20}$' }), lang: Type.Optional(Type.Literal('vi')) },
    { additionalProperties: false },
  ),
  response: Type.Object({ ma: Type.String(), ten: Type.String() }),
});
// #endregion path

// #region factory
import { createClient, type Gateway } from '@onceonly/core';

export interface SocialAllowanceOptions {
  /** The provider subsystem in this environment (`CLASS/MEMBER/SUBSYSTEM`), when not the default. */
  provider?: string;
}

/** `getBeneficiary(query, ctx)` and `getBeneficiaryWithMeta(query, ctx)`, typed from the service. */
export function socialAllowance(gateway: Gateway, options: SocialAllowanceOptions = {}) {
  return createClient(gateway, { getBeneficiary: getBeneficiaryService }, options);
}
// #endregion factory
