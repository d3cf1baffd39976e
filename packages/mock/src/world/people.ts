import type { RelationToHead } from '@onceonly/population';
import { OLD_PROVINCES } from './data/admin-units.js';
import { addYears, ageOn, fromDayNumber, toDayNumber } from './dates.js';
import type { HouseholdKind, HouseholdPlan, People, Person, WorldMaritalStatus, Ymd } from './model.js';
import { drawFamilyName, drawPersonalName, fullName, RARE_GIVEN, RARE_LETTERS } from './names.js';
import { createRandom, type Random } from './random.js';

/**
 * Stage one of the world: people and households, with consistent families (spouses point at each other,
 * children at their parents, minors at a legal representative). Draws only from the `people` stream.
 * @module
 */

/** At least this many personas carry each tag that this stage decides. */
const MIN_PER_TAG = 3;

/**
 * The first households of every world, in this order, so that every tag exists whatever the seed:
 * divorced parents, widowed and elderly people, single adults and three generations under one roof.
 */
const OPENING: readonly HouseholdKind[] = [
  'divorced-parent',
  'widowed-alone',
  'elderly-couple',
  'three-generation',
  'single-adult',
  'divorced-parent',
  'widowed-alone',
  'elderly-couple',
  'single-adult',
  'divorced-parent',
  'widowed-alone',
  'elderly-couple',
  'single-adult',
];

/** After the opening, households are drawn with these weights. */
const KIND_WEIGHTS: readonly (readonly [HouseholdKind, number])[] = [
  ['family', 60],
  ['three-generation', 12],
  ['single-adult', 10],
  ['widowed-alone', 6],
  ['elderly-couple', 5],
  ['divorced-parent', 7],
];

/** How many persons a kind needs at least (a world of an exact size ends with one-person households). */
const MIN_SIZE: Record<HouseholdKind, number> = {
  family: 2,
  'three-generation': 3,
  'elderly-couple': 2,
  'widowed-alone': 1,
  'single-adult': 1,
  'divorced-parent': 3,
  'divorced-alone': 1,
};

const CHILD_COUNT: readonly (readonly [number, number])[] = [
  [0, 10],
  [1, 25],
  [2, 40],
  [3, 20],
  [4, 5],
];

const PROVINCE_WEIGHTS = OLD_PROVINCES.map(([code, , , weight]) => [code, weight] as const);

interface Builder {
  random: Random;
  asOf: Ymd;
  persons: Person[];
  households: HouseholdPlan[];
  ids: Set<string>;
}

/** A birth date such that the age on `asOf` is between `minAge` and `maxAge`, both included. */
function birthForAge(b: Builder, minAge: number, maxAge: number): Ymd {
  const latest = toDayNumber(addYears(b.asOf, -minAge));
  const earliest = toDayNumber(addYears(b.asOf, -(maxAge + 1))) + 1;
  return fromDayNumber(b.random.int(earliest, latest));
}

/** `PPP G YY NNNNNN`: birth-registration province, gender and century, year, six random digits. */
function newPersonalId(b: Builder, province: string, gender: 'male' | 'female', year: number): string {
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

interface NewPerson {
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

function addPerson(b: Builder, spec: NewPerson): Person {
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
function addOutsideParents(b: Builder, person: Person): void {
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

function marry(husband: Person, wife: Person): void {
  husband.spouse = wife.id;
  wife.spouse = husband.id;
}

function startHousehold(b: Builder, kind: HouseholdKind): { index: number; home: string } {
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

function finishHousehold(b: Builder, index: number, head: Person, members: Person[]): void {
  const household = b.households[index]!;
  household.head = head.id;
  household.members = [head.id, ...members.filter((m) => m !== head).map((m) => m.id)];
  for (const member of members) {
    if (member.father === undefined && member.mother === undefined) addOutsideParents(b, member);
    if (ageOn(member.birth, b.asOf) < 18) member.representative = member.father ?? member.mother;
  }
}

/** Children of a mother (and a father, when in the world), aged between 0 and 35, born when she was 19–42. */
function addChildren(
  b: Builder,
  count: number,
  parents: { father: Person | undefined; mother: Person; family: string },
  where: { household: number; home: string; relation: RelationToHead; maxAge?: number },
): Person[] {
  const motherAge = ageOn(parents.mother.birth, b.asOf);
  const oldest = Math.min(where.maxAge ?? 35, motherAge - 19);
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

function buildFamily(b: Builder, room: number): void {
  const { index, home } = startHousehold(b, 'family');
  const husbandAge = b.random.int(22, 68);
  const husband = addPerson(b, {
    gender: 'male',
    birth: birthForAge(b, husbandAge, husbandAge),
    household: index,
    relation: 'head',
    marital: 'married',
    home,
  });
  const wifeAge = Math.max(20, husbandAge - b.random.int(-2, 8));
  const wife = addPerson(b, {
    gender: 'female',
    birth: birthForAge(b, wifeAge, wifeAge),
    household: index,
    relation: 'wife',
    marital: 'married',
    home,
  });
  marry(husband, wife);
  const count = Math.min(room - 2, b.random.weighted(CHILD_COUNT));
  const children = addChildren(
    b,
    count,
    { father: husband, mother: wife, family: husband.name.family },
    { household: index, home, relation: 'child' },
  );
  // Now and then the wife heads the household.
  let head = husband;
  if (b.random.chance(0.1)) {
    head = wife;
    wife.relation = 'head';
    husband.relation = 'husband';
  }
  finishHousehold(b, index, head, [husband, wife, ...children]);
}

function buildThreeGenerations(b: Builder, room: number): void {
  const { index, home } = startHousehold(b, 'three-generation');
  const elderAge = b.random.int(72, 96);
  const elderGender = b.random.chance(0.65) ? 'female' : 'male';
  const elder = addPerson(b, {
    gender: elderGender,
    birth: birthForAge(b, elderAge, elderAge),
    household: index,
    relation: 'head',
    marital: 'widowed',
    home,
    bornAtHome: 0.8,
  });
  // The son carries his father's family name; when the elder is the widow, that is her late husband's.
  const sonFamily = elderGender === 'male' ? elder.name.family : drawFamilyName(b.random);
  const sonAge = Math.max(25, elderAge - b.random.int(24, 40));
  const son = addPerson(b, {
    gender: 'male',
    birth: birthForAge(b, sonAge, sonAge),
    household: index,
    relation: 'child',
    marital: 'married',
    family: sonFamily,
    home,
    bornAtHome: 0.9,
  });
  const lateParentYear = elder.birth.year + b.random.int(-4, 4);
  if (elderGender === 'male') {
    son.father = elder.id;
    son.motherName = fullName({
      family: drawFamilyName(b.random),
      ...drawPersonalName(b.random, 'female', lateParentYear),
    });
  } else {
    son.mother = elder.id;
    son.fatherName = fullName({ family: sonFamily, ...drawPersonalName(b.random, 'male', lateParentYear) });
  }
  const wifeAge = Math.max(22, sonAge - b.random.int(-2, 6));
  const wife = addPerson(b, {
    gender: 'female',
    birth: birthForAge(b, wifeAge, wifeAge),
    household: index,
    relation: 'child-in-law',
    marital: 'married',
    home,
  });
  marry(son, wife);
  const count = Math.min(room - 3, b.random.weighted(CHILD_COUNT));
  const children = addChildren(
    b,
    count,
    { father: son, mother: wife, family: sonFamily },
    { household: index, home, relation: 'grandchild' },
  );
  let head = elder;
  if (b.random.chance(0.6)) {
    // The son has taken over as head: everyone's relation is re-read from him.
    head = son;
    son.relation = 'head';
    wife.relation = 'wife';
    elder.relation = elderGender === 'male' ? 'father' : 'mother';
    for (const child of children) child.relation = 'child';
  }
  finishHousehold(b, index, head, [elder, son, wife, ...children]);
}

function buildElderlyCouple(b: Builder): void {
  const { index, home } = startHousehold(b, 'elderly-couple');
  const husband = addPerson(b, {
    gender: 'male',
    birth: birthForAge(b, 82, 96),
    household: index,
    relation: 'head',
    marital: 'married',
    home,
    bornAtHome: 0.8,
  });
  const wife = addPerson(b, {
    gender: 'female',
    birth: birthForAge(b, 82, Math.max(82, ageOn(husband.birth, b.asOf))),
    household: index,
    relation: 'wife',
    marital: 'married',
    home,
    bornAtHome: 0.8,
  });
  marry(husband, wife);
  finishHousehold(b, index, husband, [husband, wife]);
}

function buildAlone(b: Builder, kind: 'widowed-alone' | 'single-adult'): void {
  const { index, home } = startHousehold(b, kind);
  const widowed = kind === 'widowed-alone';
  const person = addPerson(b, {
    gender: b.random.chance(widowed ? 0.7 : 0.5) ? 'female' : 'male',
    birth: widowed ? birthForAge(b, 66, 96) : birthForAge(b, 18, 45),
    household: index,
    relation: 'head',
    marital: widowed ? 'widowed' : 'single',
    home,
  });
  finishHousehold(b, index, person, [person]);
}

/** A divorced parent with their minor children, and the other parent living alone in a second household. */
function buildDivorcedParent(b: Builder, room: number): void {
  const { index, home } = startHousehold(b, 'divorced-parent');
  const custodianGender = b.random.chance(0.75) ? 'female' : 'male';
  const custodianAge = b.random.int(27, 48);
  const custodian = addPerson(b, {
    gender: custodianGender,
    birth: birthForAge(b, custodianAge, custodianAge),
    household: index,
    relation: 'head',
    marital: 'divorced',
    home,
  });
  const exAge = Math.max(25, custodianAge + b.random.int(-4, 6) * (custodianGender === 'female' ? 1 : -1));
  // The other parent is created first in the draw order of their own household, below.
  const other = startHousehold(b, 'divorced-alone');
  const ex = addPerson(b, {
    gender: custodianGender === 'female' ? 'male' : 'female',
    birth: birthForAge(b, exAge, exAge),
    household: other.index,
    relation: 'head',
    marital: 'divorced',
    home: other.home,
  });
  const father = custodianGender === 'male' ? custodian : ex;
  const mother = custodianGender === 'female' ? custodian : ex;
  const count = Math.max(1, Math.min(room - 2, b.random.int(1, 2)));
  const children = addChildren(
    b,
    count,
    { father, mother, family: father.name.family },
    { household: index, home, relation: 'child', maxAge: 17 },
  );
  for (const child of children) child.representative = custodian.id;
  finishHousehold(b, index, custodian, [custodian, ...children]);
  finishHousehold(b, other.index, ex, [ex]);
}

const BUILDERS: Record<HouseholdKind, (b: Builder, room: number) => void> = {
  family: buildFamily,
  'three-generation': buildThreeGenerations,
  'elderly-couple': (b) => buildElderlyCouple(b),
  'widowed-alone': (b) => buildAlone(b, 'widowed-alone'),
  'single-adult': (b) => buildAlone(b, 'single-adult'),
  'divorced-parent': buildDivorcedParent,
  // Only ever made by buildDivorcedParent, beside the other parent's household.
  'divorced-alone': buildDivorcedParent,
};

/** Deterministic shuffle of indices (Fisher–Yates) for picking people to top up a tag. */
function shuffledIndices(random: Random, length: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Names only change where nobody else's record repeats them yet: this runs before any database stage. */
function topUpNames(b: Builder): void {
  const order = shuffledIndices(b.random, b.persons.length).map((i) => b.persons[i]!);
  const rare = (p: Person) => RARE_LETTERS.test(fullName(p.name));
  let missing = MIN_PER_TAG - b.persons.filter(rare).length;
  for (const person of order) {
    if (missing <= 0) break;
    const given = b.random.pick(RARE_GIVEN[person.gender]);
    if (rare(person) || person.name.middle.split(' ').includes(given)) continue;
    person.name.given = given;
    missing--;
  }
  missing = MIN_PER_TAG - b.persons.filter((p) => p.name.middle === '').length;
  for (const person of order) {
    if (missing <= 0) break;
    if (person.name.middle === '' || person.birth.year < 1980) continue;
    person.name.middle = '';
    missing--;
  }
  const noParents = (p: Person) =>
    p.father === undefined &&
    p.mother === undefined &&
    p.fatherName === undefined &&
    p.motherName === undefined;
  missing = MIN_PER_TAG - b.persons.filter(noParents).length;
  for (const person of order) {
    if (missing <= 0) break;
    if (person.father !== undefined || person.mother !== undefined || noParents(person)) continue;
    delete person.fatherName;
    delete person.motherName;
    missing--;
  }
}

/**
 * Stage one: `size` people (exactly) in households, from the `people` stream of `seed`.
 *
 * @example
 * ```ts
 * const { persons, households } = generatePeople(42, 240, { year: 2026, month: 1, day: 1 });
 * ```
 */
export function generatePeople(seed: number, size: number, asOf: Ymd): People {
  const b: Builder = {
    random: createRandom(seed, 'people'),
    asOf,
    persons: [],
    households: [],
    ids: new Set(),
  };
  for (let n = 0; b.persons.length < size; n++) {
    const room = size - b.persons.length;
    let kind = n < OPENING.length ? OPENING[n]! : b.random.weighted(KIND_WEIGHTS);
    if (MIN_SIZE[kind] > room) kind = room >= 2 ? 'elderly-couple' : 'single-adult';
    BUILDERS[kind](b, room);
  }
  topUpNames(b);
  return { persons: b.persons, households: b.households };
}
