export { insurance, type InsuranceClient, type InsuranceOptions } from './insurance.js';
export {
  contributionPeriodsLookup,
  getContributionPeriodsRest,
  getContributionPeriodsSoap,
  getHealthInsuranceCardRest,
  getHealthInsuranceCardSoap,
  getParticipantRest,
  getParticipantSoap,
  healthCardLookup,
  INSURANCE_CODES,
  INSURANCE_PROVIDER,
  insuranceOperations,
  insuranceOperationsFor,
  insuranceRestOperations,
  insuranceServices,
  participantLookup,
} from './services.js';
export { toParticipant } from './map-participant.js';
export { toContributionHistory } from './map-periods.js';
export { toHealthInsuranceCard } from './map-card.js';
export { contributionMonthsBetween } from './contribution-months.js';
export {
  type AskerContext,
  type AskerOptions,
  checkInsuranceQuery,
  InsuranceQuery,
  subjectOf,
  toInsuranceWire,
} from './query.js';
export {
  DonViSuDungLaoDong,
  INSURANCE_NAMESPACE,
  NguoiThamGia,
  NoiDangKyKCBBanDau,
  QuaTrinhDong,
  QuaTrinhThamGia,
  TheBHYT,
  YeuCauBaoHiem,
} from './wire.js';
export {
  BENEFIT_LEVELS,
  GENDER_CODES,
  PARTICIPATION_CODES,
  SALARY_BANDS,
  type Gender,
  type ParticipationStatus,
  type SalaryBandCode,
} from './codes.js';
export type {
  ContributionHistory,
  ContributionPeriod,
  HealthInsuranceCard,
  Participant,
  Provenance,
  SalaryBand,
} from './domain.js';
