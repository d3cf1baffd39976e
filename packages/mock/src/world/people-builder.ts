import type { RelationToHead } from '@onceonly/population';
import { OLD_PROVINCES } from './data/admin-units.js';
import { addYears, ageOn, fromDayNumber, toDayNumber } from './dates.js';
import type { HouseholdKind, HouseholdPlan, Person, WorldMaritalStatus, Ymd } from './model.js';
import { drawFamilyName, drawPersonalName, fullName } from './names.js';
import type { Random } from './random.js';

/**
 * The building blocks of stage one: persons, households, marriages and children, each drawing from the
 * builder's `people` stream. The household kinds (households.ts) are made of these.
 * @module
 */

const CHILD_COUNT: readonly (readonly [number, number])[] = [
  [0, 10],
  [1, 25],
  [2, 40],
  [3, 20],
  [4, 5],
];

const PROVINCE_WEIGHTS = OLD_PROVINCES.map(([code, , , weight]) => [code, weight] as const);

export interface Builder {
  random: Random;
  asOf: Ymd;
  persons: Person[];
  households: HouseholdPlan[];
  ids: Set<string>;
  /** Ended marriages between two persons of the world (divorced parents, a widow and her late husband), both ways. */
  pastPartner: Map<string, string>;
  /** Set while an opening household is built: its optional hard case (a deceased spouse) is not left to chance. */
  force: boolean;
}

/** A day between `from` and `to` (both included); `from` when the range is empty. */
export function dayBetween(b: Builder, from: Ymd, to: Ymd): Ymd {
  const start = toDayNumber(from);
  return fromDayNumber(b.random.int(start, Math.max(start, toDayNumber(to))));
}

/** `date` moved by whole days. */
export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * A deceased person of the world: the late spouse of `widow`, the other parent of `children` (who
 * then have a deceased parent). Died after the youngest child was born, before the world's date. Lives
 * in no household (the index is the one they lived in; they are not among its members).
 */
export function addLateSpouse(
  b: Builder,
  widow: Person,
  where: { household: number; home: string; notBefore: Ymd; family?: string },
): Person {
  const { household, home, notBefore } = where;
  const widowAge = ageOn(widow.birth, b.asOf);
  // A husband a little older than his wife, a wife a little younger than her husband.
  const [youngest, oldest] = widow.gender === 'female' ? [widowAge, widowAge + 6] : [widowAge - 4, widowAge];
  // Born at least 21 years before `notBefore` (their child's birth), and at least 40 now.
  const minAge = Math.max(youngest, ageOn(notBefore, b.asOf) + 21, 40);
  const late = addPerson(b, {
    gender: widow.gender === 'male' ? 'female' : 'male',
    birth: birthForAge(b, minAge, Math.max(oldest, minAge)),
    household,
    relation: 'other',
    marital: 'married',
    ...(where.family === undefined ? {} : { family: where.family }),
    home,
    bornAtHome: 0.8,
  });
  const latest = addDays(b.asOf, -30);
  const wedding = addYears(late.birth, 25);
  const from = [notBefore, wedding].reduce((a, d) => (toDayNumber(d) > toDayNumber(a) ? d : a));
  late.death = dayBetween(b, toDayNumber(from) > toDayNumber(latest) ? latest : from, latest);
  b.pastPartner.set(widow.id, late.id);
  b.pastPartner.set(late.id, widow.id);
  return late;
}

/** A birth date such that the age on `asOf` is between `minAge` and `maxAge`, both included. */
export function birthForAge(b: Builder, minAge: number, maxAge: number): Ymd {
  const latest = toDayNumber(addYears(b.asOf, -minAge));
  const earliest = toDayNumber(addYears(b.asOf, -(maxAge + 1))) + 1;
  return fromDayNumber(b.random.int(earliest, latest));
}

/** `PPP G YY NNNNNN`: birth-registration province, gender and century, year, six random digits. */
export function newPersonalId(b: Builder, province: string, gender: 'male' | 'female', year: number): string {
  const centuryDigit = year < 1900 ? 8 : year < 2000 ? 0 : year < 2100 ? 2 : year < 2200 ? 4 : 6;
  const prefix = `0${province}${centuryDigit + (gender === 'female' ? 1 : 0)}${String(year % 100).padStart(2, '0')}`;
  for (;;) {
    const id = prefix + b.random.digits(6);
    if (!b.ids.has(id)) {
      b.ids.add(id);
      return id;
    }
  }
}

export interface NewPerson {
  gender: 'male' | 'female';
  birth: Ymd;
  household: number;
  relation: RelationToHead;
  marital: WorldMaritalStatus;
  family?: string;
  /** Pre-2025 province of the household's home: most people are born near it. */
  home: string;
  /** Share of people whose birth was registered at home; the rest moved since. */
  bornAtHome?: number;
}

export function addPerson(b: Builder, spec: NewPerson): Person {
  const birthProvince = b.random.chance(spec.bornAtHome ?? 0.6)
    ? spec.home
    : b.random.weighted(PROVINCE_WEIGHTS);
  const family = spec.family ?? drawFamilyName(b.random);
  const person: Person = {
    id: newPersonalId(b, birthProvince, spec.gender, spec.birth.year),
    name: { family, ...drawPersonalName(b.random, spec.gender, spec.birth.year) },
    gender: spec.gender,
    birth: spec.birth,
    birthProvince,
    household: spec.household,
    relation: spec.relation,
    marital: spec.marital,
  };
  b.persons.push(person);
  return person;
}

/** Names of parents who are not in the world; older people's records often hold none. */
export function addOutsideParents(b: Builder, person: Person): void {
  const age = ageOn(person.birth, b.asOf);
  if (b.random.chance(age >= 70 ? 0.5 : 0.08)) return;
  const parentYear = person.birth.year - b.random.int(22, 35);
  if (person.father === undefined) {
    person.fatherName = fullName({
      family: person.name.family,
      ...drawPersonalName(b.random, 'male', parentYear),
    });
  }
  if (person.mother === undefined) {
    person.motherName = fullName({
      family: drawFamilyName(b.random),
      ...drawPersonalName(b.random, 'female', parentYear),
    });
  }
}

export function marry(husband: Person, wife: Person): void {
  husband.spouse = wife.id;
  wife.spouse = husband.id;
}

export function startHousehold(b: Builder, kind: HouseholdKind): { index: number; home: string } {
  const index = b.households.length;
  const home = b.random.weighted(PROVINCE_WEIGHTS);
  b.households.push({
    id: `hh-${String(index + 1).padStart(4, '0')}`,
    kind,
    head: '',
    members: [],
    homeProvince: home,
  });
  return { index, home };
}

export function finishHousehold(b: Builder, index: number, head: Person, members: Person[]): void {
  const household = b.households[index]!;
  household.head = head.id;
  household.members = [head.id, ...members.filter((m) => m !== head).map((m) => m.id)];
  for (const member of members) {
    if (member.father === undefined && member.mother === undefined) addOutsideParents(b, member);
    if (ageOn(member.birth, b.asOf) < 18) member.representative = member.father ?? member.mother;
  }
}

/** Children of a mother (and a father, when in the world), aged between 0 and 35, born when she was 19–42. */
export function addChildren(
  b: Builder,
  count: number,
  parents: { father: Person | undefined; mother: Person; family: string },
  where: { household: number; home: string; relation: RelationToHead; maxAge?: number },
): Person[] {
  const motherAge = ageOn(parents.mother.birth, b.asOf);
  // Born when the mother was 19 or more, and the father 21 or more (when he is in the world).
  const fatherAge =
    parents.father === undefined ? Number.POSITIVE_INFINITY : ageOn(parents.father.birth, b.asOf);
  const oldest = Math.min(where.maxAge ?? 35, motherAge - 19, fatherAge - 21);
  const youngest = Math.max(0, motherAge - 42);
  const children: Person[] = [];
  if (oldest < youngest) return children;
  for (let i = 0; i < count; i++) {
    const child = addPerson(b, {
      gender: b.random.chance(0.51) ? 'male' : 'female',
      birth: birthForAge(b, youngest, oldest),
      household: where.household,
      relation: where.relation,
      marital: 'single',
      family: parents.family,
      home: where.home,
      bornAtHome: 0.85,
    });
    if (parents.father) child.father = parents.father.id;
    child.mother = parents.mother.id;
    children.push(child);
  }
  return children;
}

/** What a couple's household needs to know to add the wife and the children. */
export interface CoupleSpec {
  household: number;
  home: string;
  wifeRelation: RelationToHead;
  childRelation: RelationToHead;
  /** The wife's age: the husband's less a draw from this range, but at least `minWifeAge`. */
  youngerBy: readonly [number, number];
  minWifeAge: number;
  /** At most this many children (room left in the world). */
  maxChildren: number;
  /** The children's family name: their father's. */
  family: string;
}

/**
 * The wife of `husband`, married to him, and their children. Draws in this order, always: her age,
 * her, the number of children, the children (the seeded worlds depend on it).
 */
export function addWifeAndChildren(
  b: Builder,
  husband: Person,
  husbandAge: number,
  spec: CoupleSpec,
): { wife: Person; children: Person[] } {
  const wifeAge = Math.max(spec.minWifeAge, husbandAge - b.random.int(spec.youngerBy[0], spec.youngerBy[1]));
  const wife = addPerson(b, {
    gender: 'female',
    birth: birthForAge(b, wifeAge, wifeAge),
    household: spec.household,
    relation: spec.wifeRelation,
    marital: 'married',
    home: spec.home,
  });
  marry(husband, wife);
  const count = Math.min(spec.maxChildren, b.random.weighted(CHILD_COUNT));
  const children = addChildren(
    b,
    count,
    { father: husband, mother: wife, family: spec.family },
    { household: spec.household, home: spec.home, relation: spec.childRelation },
  );
  return { wife, children };
}
