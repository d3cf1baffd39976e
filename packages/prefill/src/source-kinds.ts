/**
 * What a form's source can be: one lookup of one national database, by name. A form names kinds as
 * strings (so it stays JSON), and this table knows, for each kind, the database, the consent category,
 * the answer's type (for typed field paths) and how to fetch it through the gateway.
 * @module
 */
import type { AccessContext, CallMeta, Gateway } from '@onceonly/core';
import {
  type Citizen,
  type HouseholdRecord,
  type MaritalStatusRecord,
  population,
  type PopulationOptions,
} from '@onceonly/population';
import type { Bilingual } from './types.js';

/** The answer type of every source kind: what a field's `path` reads. */
export interface SourceKindMap {
  'population.citizen': Citizen;
  'population.household': HouseholdRecord;
  'population.marital': MaritalStatusRecord;
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
} as const;

const lookup = (about: PersonKey) => ({
  personalId: about.personalId,
  fullName: about.fullName,
  birthDate: about.birthDate,
});

/** Every kind prefill knows. */
export const SOURCE_KINDS: { readonly [K in SourceKind]: SourceKindInfo } = {
  'population.citizen': {
    database: 'population',
    category: 'population.basic',
    label: DATABASE_LABEL.population,
    fetch: (gw, about, ctx, options) =>
      population(gw, options.population).getCitizenWithMeta(lookup(about), ctx),
  },
  'population.household': {
    database: 'population',
    category: 'population.household',
    label: DATABASE_LABEL.population,
    fetch: (gw, about, ctx, options) =>
      population(gw, options.population).getHouseholdWithMeta(lookup(about), ctx),
  },
  'population.marital': {
    database: 'population',
    category: 'population.marital',
    label: DATABASE_LABEL.population,
    fetch: (gw, about, ctx, options) =>
      population(gw, options.population).checkMaritalStatusWithMeta(lookup(about), ctx),
  },
};

/** True for a kind prefill knows. */
export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === 'string' && Object.hasOwn(SOURCE_KINDS, value);
}
