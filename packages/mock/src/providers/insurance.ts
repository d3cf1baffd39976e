import {
  getContributionPeriodsRest,
  getContributionPeriodsSoap,
  getHealthInsuranceCardRest,
  getHealthInsuranceCardSoap,
  getParticipantRest,
  getParticipantSoap,
  type NguoiThamGia,
  type QuaTrinhThamGia,
  type TheBHYT,
  type YeuCauBaoHiem,
} from '@onceonly/insurance';
import type { InsuranceRecord } from '../world/insurance-record.js';
import type { Persona, World } from '../world/types.js';
import { toNguoiThamGia, toQuaTrinhThamGia, toTheBHYT } from './insurance-wire.js';
import type { ProviderBinding } from './types.js';

/**
 * The insurance database in the mock (modelled): `TraCuuThongTinNguoiThamGia`, `TraCuuQuaTrinhDongBHXH`
 * and `TraCuuTheBHYT`, each over the REST profile and over SOAP from the same world.
 *
 * A request names the person by exactly one key, `SoDinhDanh` (personal id) or `MaSoBHXH` (10-digit
 * code); a request with both, neither, or an unknown field is refused (`INVALID_REQUEST`, the wire
 * schema). A key the database does not hold is "not found" (provider fault `NOT_FOUND`), and so is the
 * health card of someone who holds none. Someone who never contributed has an empty history, not a
 * "not found". No officer is required; `MaCanBo` is accepted when sent.
 */

/** The persona and their record, by the key the request names. */
export function findInsured(asked: YeuCauBaoHiem, world: World): [Persona, InsuranceRecord] | undefined {
  const persona =
    asked.SoDinhDanh !== undefined
      ? world.byPersonalId(asked.SoDinhDanh)
      : world.personas.find((p) => p.insurance?.maSoBHXH === asked.MaSoBHXH);
  if (persona === undefined || persona.insurance === undefined) return undefined;
  if (asked.SoDinhDanh !== undefined && persona.personalId !== asked.SoDinhDanh) return undefined;
  return [persona, persona.insurance];
}

const subject = (asked: YeuCauBaoHiem) => asked.SoDinhDanh ?? asked.MaSoBHXH;

export const insuranceParticipantProvider: ProviderBinding<YeuCauBaoHiem, NguoiThamGia> = {
  service: getParticipantRest,
  soapService: getParticipantSoap,
  subject,
  resolve(asked, world) {
    const found = findInsured(asked, world);
    return found && toNguoiThamGia(found[0], found[1], world);
  },
};

export const insuranceContributionsProvider: ProviderBinding<YeuCauBaoHiem, QuaTrinhThamGia> = {
  service: getContributionPeriodsRest,
  soapService: getContributionPeriodsSoap,
  subject,
  resolve(asked, world) {
    const found = findInsured(asked, world);
    return found && toQuaTrinhThamGia(found[0], found[1], world);
  },
};

export const insuranceHealthCardProvider: ProviderBinding<YeuCauBaoHiem, TheBHYT> = {
  service: getHealthInsuranceCardRest,
  soapService: getHealthInsuranceCardSoap,
  subject,
  resolve(asked, world) {
    const found = findInsured(asked, world);
    return found && toTheBHYT(found[0], found[1], world);
  },
};

/** The insurance database's bindings. */
export const insuranceProviders: readonly ProviderBinding[] = [
  insuranceParticipantProvider,
  insuranceContributionsProvider,
  insuranceHealthCardProvider,
];
