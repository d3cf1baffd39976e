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
  /** Index into `People.households`. */
  household: number;
  relation: RelationToHead;
  marital: WorldMaritalStatus;
  /** Ids of relatives who are persons of this world. */
  spouse?: string;
  father?: string;
  mother?: string;
  representative?: string;
  /** Names of parents who are not persons of this world (deceased, abroad); absent when unknown. */
  fatherName?: string;
  motherName?: string;
}

/** How a household was put together (for docs and debugging; no database reads it). */
export type HouseholdKind =
  | 'family'
  | 'three-generation'
  | 'elderly-couple'
  | 'widowed-alone'
  | 'single-adult'
  | 'divorced-parent'
  | 'divorced-alone';

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
}

/** The output of stage one. */
export interface People {
  persons: Person[];
  households: HouseholdPlan[];
}
