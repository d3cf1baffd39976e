/**
 * The insurance database's operations, each declared twice over one vocabulary: for the SOAP profile
 * and for the REST profile (the same field names in JSON). The pair shares the request schema, the
 * wire builder, the answer schema and the mapping; only the encoding differs. `insurance()` picks one
 * set by its `encoding` option. Modelled: no public description of these services was found.
 * @module
 */
import { defineService } from '@onceonly/core';
import type { ContributionHistory, HealthInsuranceCard, Participant } from './domain.js';
import { toHealthInsuranceCard } from './map-card.js';
import { toParticipant } from './map-participant.js';
import { toContributionHistory } from './map-periods.js';
import {
  type AskerOptions,
  checkInsuranceQuery,
  InsuranceQuery,
  subjectOf,
  toInsuranceWire,
} from './query.js';
import { checkAnswerKey } from './read-wire.js';
import { INSURANCE_NAMESPACE, NguoiThamGia, QuaTrinhThamGia, TheBHYT, YeuCauBaoHiem } from './wire.js';

/** Default provider subsystem: Bảo hiểm xã hội Việt Nam, the insurance database (modelled). */
export const INSURANCE_PROVIDER = 'GOV/000.00.00.G21/CSDLBH';

/** The X-Road service codes (modelled in the population services' style). */
export const INSURANCE_CODES = {
  getParticipant: 'TraCuuThongTinNguoiThamGia',
  getContributionPeriods: 'TraCuuQuaTrinhDongBHXH',
  getHealthInsuranceCard: 'TraCuuTheBHYT',
} as const;

type Encoding = 'soap' | 'rest';
const idOf = (base: string, encoding: Encoding) => (encoding === 'soap' ? base : `${base}.rest`);
const encoded = (
  encoding: Encoding,
  code: string,
  responseElement: string,
  arrays: readonly string[] = [],
) =>
  encoding === 'soap'
    ? ({
        profile: 'soap',
        soap: {
          namespace: INSURANCE_NAMESPACE,
          operation: code,
          responseElement,
          responseNamespace: INSURANCE_NAMESPACE,
          arrays,
        },
      } as const)
    : ({ profile: 'rest' } as const);

// What every operation shares: the key, its check, the consent subject, who asks.
const common = (asker: AskerOptions) =>
  ({
    provider: INSURANCE_PROVIDER,
    idempotent: true,
    request: InsuranceQuery,
    wireRequest: YeuCauBaoHiem,
    toWire: (query: InsuranceQuery, call: { xroadId: string; officerId?: string }) =>
      toInsuranceWire(query, call, asker),
    subject: subjectOf,
    check: checkInsuranceQuery,
  }) as const;

/** `TraCuuThongTinNguoiThamGia`: who the database knows, and whether they contribute (`insurance.basic`). */
export function participantLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('insurance.participant.get', encoding),
    code: INSURANCE_CODES.getParticipant,
    category: 'insurance.basic',
    ...common(asker),
    ...encoded(encoding, INSURANCE_CODES.getParticipant, 'NguoiThamGia'),
    response: NguoiThamGia,
    map: (wire, query, source): Participant => {
      checkAnswerKey(wire, query);
      return toParticipant(wire, source);
    },
    description:
      'Participant (tra cứu thông tin người tham gia BHXH, BHYT): insurance code, name, date of birth, ' +
      'participation status and months contributed.',
  });
}

/** `TraCuuQuaTrinhDongBHXH`: the contribution periods, employer by employer (`insurance.social`). */
export function contributionPeriodsLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('insurance.contributions.get', encoding),
    code: INSURANCE_CODES.getContributionPeriods,
    category: 'insurance.social',
    ...common(asker),
    ...encoded(encoding, INSURANCE_CODES.getContributionPeriods, 'QuaTrinhThamGia', ['QuaTrinhDong']),
    response: QuaTrinhThamGia,
    map: (wire, query, source): ContributionHistory => {
      checkAnswerKey(wire, query);
      return toContributionHistory(wire, source);
    },
    description:
      'Contribution history (quá trình đóng BHXH): employer and tax code, from and to month, salary ' +
      'band; months contributed in all and in the last 24.',
  });
}

/** `TraCuuTheBHYT`: the health insurance card and the registered clinic (`insurance.health`). */
export function healthCardLookup(encoding: Encoding, asker: AskerOptions = {}) {
  return defineService({
    id: idOf('insurance.health-card.get', encoding),
    code: INSURANCE_CODES.getHealthInsuranceCard,
    category: 'insurance.health',
    ...common(asker),
    ...encoded(encoding, INSURANCE_CODES.getHealthInsuranceCard, 'TheBHYT'),
    response: TheBHYT,
    map: (wire, query, source): HealthInsuranceCard => {
      checkAnswerKey(wire, query);
      return toHealthInsuranceCard(wire, source);
    },
    description:
      'Health insurance card (thẻ BHYT): card number, validity and the registered primary care clinic ' +
      '(nơi đăng ký khám chữa bệnh ban đầu).',
  });
}

/** The three operations in one encoding, for one asker (`unit`, `callerCode`). */
export function insuranceOperationsFor(encoding: Encoding, asker: AskerOptions = {}) {
  return {
    getParticipant: participantLookup(encoding, asker),
    getContributionPeriods: contributionPeriodsLookup(encoding, asker),
    getHealthInsuranceCard: healthCardLookup(encoding, asker),
  } as const;
}

/** The operations over SOAP (the default), without `unit` or `callerCode`. */
export const insuranceOperations = insuranceOperationsFor('soap');
/** The operations over the REST profile, without `unit` or `callerCode`. */
export const insuranceRestOperations = insuranceOperationsFor('rest');

/** The SOAP definitions, one per operation. */
export const getParticipantSoap = insuranceOperations.getParticipant;
export const getContributionPeriodsSoap = insuranceOperations.getContributionPeriods;
export const getHealthInsuranceCardSoap = insuranceOperations.getHealthInsuranceCard;
/** The REST definitions, one per operation. */
export const getParticipantRest = insuranceRestOperations.getParticipant;
export const getContributionPeriodsRest = insuranceRestOperations.getContributionPeriods;
export const getHealthInsuranceCardRest = insuranceRestOperations.getHealthInsuranceCard;

/** Every service of this adapter in both encodings, for the mock platform and the catalog. */
export const insuranceServices = [
  ...Object.values(insuranceOperations),
  ...Object.values(insuranceRestOperations),
] as const;
