import type { VnDate } from '@onceonly/vn';

/** Assurance level of the citizen's account: VNeID level 1 (registered online) or 2 (verified in person). */
export type AssuranceLevel = 1 | 2;

/** The signed-in citizen, whatever the identity provider called its claims. */
export interface SignedInCitizen {
  /** The 12-digit personal identification number (`SoDinhDanh` / `citizenPid`). */
  personalId: string;
  /** Full name as the population database holds it (`HoVaTen` / `fullName`). */
  fullName: string;
  /**
   * Date of birth, as precise as the provider knows it (`NgayThangNamSinh` / `birthDate`). For a
   * population lookup: `formatDate(citizen.birthDate)` from `@onceonly/vn`.
   */
  birthDate: VnDate;
  /** Account assurance level (`loAs` / `accountLevel`); `undefined` when the provider did not say. */
  assuranceLevel: AssuranceLevel | undefined;
  /** The identity provider's subject (`sub`), or the personal id where the provider issues none. */
  subject: string;
  /** Which profile signed the citizen in. */
  provider: 'oidc' | 'vneid-direct';
}
