import type { RelationToHead } from '@onceonly/population';
import type { NameParts } from './names.js';

/**
 * The world's own model of people and households, before any database: what stage one (`people.ts`)
 * decides and every database stage reads. Internal to the mock's world.
 * @module
 */

/** A calendar date as plain numbers. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Marital status in the world (a minor is `single`). */
export type WorldMaritalStatus = 'single' | 'married' | 'divorced' | 'widowed';

/** One person, as the world knows them (the truth; databases may hold less). */
export interface Person {
  /** 12-digit personal identification number. */
  id: string;
  name: NameParts;
  gender: 'male' | 'female';
  /** The true date of birth; a database may record only its year. */
  birth: Ymd;
  /** Pre-2025 province code (two digits) where the birth was registered: the id's first digits. */
  birthProvince: string;
  /**
   * Index into `People.households`. For a deceased person, the household they lived in: they are not
   * among its members any more.
   */
  household: number;
  /** Relation to the household head; `other` (and meaningless) for a deceased person. */
  relation: RelationToHead;
  marital: WorldMaritalStatus;
  /** Ids of relatives who are persons of this world; `spouse` is the current spouse only. */
  spouse?: string;
  father?: string;
  mother?: string;
  representative?: string;
  /** Names of parents who are not persons of this world (deceased, abroad); absent when unknown. */
  fatherName?: string;
  motherName?: string;
  /**
   * Date of death, for a person who has died. The population database keeps the record (with no
   * current residence); the civil status database holds the death record.
   */
  death?: Ymd;
  /**
   * Every marriage this person has registered, earliest first: several after a divorce or widowhood and
   * a remarriage; the last one is current when `marital` is `married`. Absent or empty: never married.
   */
  marriages?: Marriage[];
  /**
   * Added by a test (`createWorld(seed, { people })`), after every seeded person. A database stage draws
   * for such people from its own `'<db>:custom'` stream, so the seeded world stays byte-identical.
   */
  custom?: true;
  /** What a test asked a custom person's population record to hold. */
  customRecord?: {
    /** The record holds only the year, or the month and year, of birth. */
    birthPrecision?: 'year' | 'month';
    /** An old 9-digit id the record holds as well. */
    oldId?: string;
    /** Extra tags (beside `custom`) to find them by. */
    tags: readonly string[];
  };
}

/** One registered marriage, as both spouses' histories hold it (same `registered` and `province`). */
export interface Marriage {
  /** The spouse, when they are a person of this world. */
  spouse?: string;
  /** A spouse who is not a person of this world (a foreign national, or someone long gone). */
  outsideSpouse?: {
    fullName: string;
    gender: 'male' | 'female';
    birthYear: number;
    /** ISO 3166-1 alpha-2 nationality: `VN`, or a foreign one (`KR`, `JP`, `CN`, `TW`, `US`, ...). */
    nationality: string;
  };
  /** The date the marriage was registered. */
  registered: Ymd;
  /** Pre-2025 province code where it was registered. */
  province: string;
  /** How and when it ended, if it did: by divorce (the court's decision) or the spouse's death. */
  ended?: { by: 'divorce' | 'death'; date: Ymd };
}

/**
 * An employer as the insurance stage needs it: the enterprise stage's registered enterprises, reduced
 * to what a contribution period names. Insurance never invents an employer.
 */
export interface EmployerRef {
  /** 10-digit enterprise / tax code (`mã số doanh nghiệp`). */
  taxCode: string;
  /** Registered Vietnamese name. */
  name: string;
  /** Date of establishment: no period starts before it. */
  founded: Ymd;
  /** Date of dissolution, if dissolved: no period runs after it. */
  dissolved?: Ymd;
}

/** How a household was put together (for docs and debugging; no database reads it). */
export type HouseholdKind =
  | 'family'
  | 'three-generation'
  | 'elderly-couple'
  | 'widowed-alone'
  | 'single-adult'
  | 'divorced-parent'
  | 'divorced-alone'
  | 'foreign-spouse'
  | 'four-generation'
  | 'custom';

/** One household: a head and members who share a permanent residence. */
export interface HouseholdPlan {
  /** `hh-0001`, in creation order. */
  id: string;
  kind: HouseholdKind;
  /** Personal id of the head. */
  head: string;
  /** Personal ids of every member, head included, head first. */
  members: string[];
  /** Pre-2025 province code of the household's home. */
  homeProvince: string;
  /** The household of people a test added (`Person.custom`). */
  custom?: true;
}

/** The output of stage one. */
export interface People {
  /** Everyone, the deceased included; people a test added (`custom`) come last. */
  persons: Person[];
  households: HouseholdPlan[];
}
