/**
 * What a form's source can be: one lookup of one national database, by name. A form names kinds as
 * strings (so it stays JSON), and this table knows, for each kind, the database, the consent category,
 * the answer's type (for typed field paths) and how to fetch it through the gateway.
 * @module
 */
import {
  type BirthRecord,
  type CivilStatusOptions,
  civilStatus,
  type DeathRecord,
  type MaritalStatusConfirmation,
  type MarriageRecord,
} from '@onceonly/civil-status';
import type { AccessContext, CallMeta, Gateway } from '@onceonly/core';
import {
  type Enterprise,
  type EnterpriseOptions,
  enterprise,
  type HouseholdBusiness,
} from '@onceonly/enterprise';
import {
  type ContributionHistory,
  type HealthInsuranceCard,
  type InsuranceOptions,
  insurance,
  type Participant,
} from '@onceonly/insurance';
import { type CertificateList, type LandOptions, land } from '@onceonly/land';
import {
  type Citizen,
  type HouseholdRecord,
  type MaritalStatusRecord,
  population,
  type Residence,
  type PopulationOptions,
} from '@onceonly/population';
import { adapterClient } from './adapter-clients.js';
import type { Bilingual } from './types.js';

/** The answer type of every source kind: what a field's `path` reads. */
export interface SourceKindMap {
  'population.citizen': Citizen;
  'population.household': HouseholdRecord;
  'population.marital': MaritalStatusRecord;
  'population.residence': Residence;
  'civil.birth': BirthRecord;
  'civil.marriages': MarriageRecord[];
  'civil.marital-status': MaritalStatusConfirmation;
  'civil.death': DeathRecord;
  'insurance.participant': Participant;
  'insurance.contributions': ContributionHistory;
  'insurance.health-card': HealthInsuranceCard;
  'enterprise.represented': Enterprise[];
  'enterprise.household-businesses': HouseholdBusiness[];
  'land.certificates': CertificateList;
}

/** A source kind's name: `population.citizen`, ... */
export type SourceKind = keyof SourceKindMap;

/** Whom a lookup is about: what the population lookups need (sign-in gives all three). */
export interface PersonKey {
  /** 12-digit personal id. */
  personalId: string;
  /** Full name as on the id card. */
  fullName: string;
  /** Date of birth: `dd/mm/yyyy`, `yyyy-mm-dd`, or partial (`mm/yyyy`, `yyyy`) as the record holds it. */
  birthDate: string;
}

/** Options for the adapters prefill calls, as each adapter's factory takes them. */
export interface AdapterOptions {
  population?: PopulationOptions;
  civilStatus?: CivilStatusOptions;
  insurance?: InsuranceOptions;
  enterprise?: EnterpriseOptions;
  land?: LandOptions;
}

/** How prefill fetches one kind. */
export interface SourceKindInfo {
  /** The national database, for the document list ("waived: read from the population database"). */
  database: 'population' | 'civil-status' | 'insurance' | 'enterprise' | 'land';
  /** The consent category the lookup needs (what the consent token's scope must cover). */
  category: string;
  label: Bilingual;
  fetch(
    gateway: Gateway,
    about: PersonKey,
    ctx: AccessContext,
    adapters: AdapterOptions,
  ): Promise<{ value: unknown; meta: CallMeta }>;
}

const DATABASE_LABEL = {
  population: { vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'national population database' },
  'civil-status': { vi: 'Cơ sở dữ liệu hộ tịch điện tử', en: 'electronic civil status database' },
  insurance: { vi: 'Cơ sở dữ liệu quốc gia về bảo hiểm', en: 'national insurance database' },
  enterprise: {
    vi: 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
    en: 'national business registration database',
  },
  land: { vi: 'Cơ sở dữ liệu quốc gia về đất đai', en: 'national land database' },
} as const;

const lookup = (about: PersonKey) => ({
  personalId: about.personalId,
  fullName: about.fullName,
  birthDate: about.birthDate,
});
const byName = (about: PersonKey) => ({ personalId: about.personalId, fullName: about.fullName });
const byId = (about: PersonKey) => ({ personalId: about.personalId });
const kind = (
  database: SourceKindInfo['database'],
  category: string,
  fetch: SourceKindInfo['fetch'],
): SourceKindInfo => ({ database, category, label: DATABASE_LABEL[database], fetch });

/** Every kind prefill knows. */
export const SOURCE_KINDS: { readonly [K in SourceKind]: SourceKindInfo } = {
  'population.citizen': {
    database: 'population',
    category: 'population.basic',
    label: DATABASE_LABEL.population,
    fetch: (gw, about, ctx, options) =>
      adapterClient(gw, population, options.population).getCitizenWithMeta(lookup(about), ctx),
  },
  'population.household': {
    database: 'population',
    category: 'population.household',
    label: DATABASE_LABEL.population,
    fetch: (gw, about, ctx, options) =>
      adapterClient(gw, population, options.population).getHouseholdWithMeta(lookup(about), ctx),
  },
  'population.marital': {
    database: 'population',
    category: 'population.marital',
    label: DATABASE_LABEL.population,
    fetch: (gw, about, ctx, options) =>
      adapterClient(gw, population, options.population).checkMaritalStatusWithMeta(lookup(about), ctx),
  },
  'population.residence': kind('population', 'population.residence', (gw, about, ctx, o) =>
    adapterClient(gw, population, o.population).getResidenceWithMeta(lookup(about), ctx),
  ),
  'civil.birth': kind('civil-status', 'civil.birth', (gw, about, ctx, o) =>
    adapterClient(gw, civilStatus, o.civilStatus).getBirthRecordWithMeta(byName(about), ctx),
  ),
  'civil.marriages': kind('civil-status', 'civil.marriage', (gw, about, ctx, o) =>
    adapterClient(gw, civilStatus, o.civilStatus).getMarriageRecordWithMeta(byName(about), ctx),
  ),
  'civil.marital-status': kind('civil-status', 'civil.status', (gw, about, ctx, o) =>
    adapterClient(gw, civilStatus, o.civilStatus).getMaritalStatusWithMeta(byName(about), ctx),
  ),
  'civil.death': kind('civil-status', 'civil.death', (gw, about, ctx, o) =>
    adapterClient(gw, civilStatus, o.civilStatus).getDeathRecordWithMeta(byName(about), ctx),
  ),
  'insurance.participant': kind('insurance', 'insurance.basic', (gw, about, ctx, o) =>
    adapterClient(gw, insurance, o.insurance).getParticipantWithMeta(byId(about), ctx),
  ),
  'insurance.contributions': kind('insurance', 'insurance.social', (gw, about, ctx, o) =>
    adapterClient(gw, insurance, o.insurance).getContributionPeriodsWithMeta(byId(about), ctx),
  ),
  'insurance.health-card': kind('insurance', 'insurance.health', (gw, about, ctx, o) =>
    adapterClient(gw, insurance, o.insurance).getHealthInsuranceCardWithMeta(byId(about), ctx),
  ),
  'enterprise.represented': kind('enterprise', 'enterprise.basic', (gw, about, ctx, o) =>
    adapterClient(gw, enterprise, o.enterprise).findByRepresentativeWithMeta(byId(about), ctx),
  ),
  'enterprise.household-businesses': kind('enterprise', 'enterprise.basic', (gw, about, ctx, o) =>
    adapterClient(gw, enterprise, o.enterprise).findHouseholdBusinessesWithMeta(byId(about), ctx),
  ),
  'land.certificates': kind('land', 'land.basic', (gw, about, ctx, o) =>
    adapterClient(gw, land, o.land).getCertificatesByOwnerWithMeta(byId(about), ctx),
  ),
};

/**
 * The consent categories a form's sources read: what the consent asked of the citizen must cover
 * (the scope of the sign-in and of the consent token).
 *
 * @example
 * ```ts
 * consentScopes(catalog['1.004873']); // ['population.basic', 'civil.status', 'population.residence']
 * ```
 */
export function consentScopes(form: { sources: Readonly<Record<string, { kind: SourceKind }>> }): string[] {
  return [...new Set(Object.values(form.sources).map((source) => SOURCE_KINDS[source.kind].category))];
}

/** True for a kind prefill knows. */
export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === 'string' && Object.hasOwn(SOURCE_KINDS, value);
}
