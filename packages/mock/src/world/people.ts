import { BUILDERS } from './households.js';
import { addMarriages } from './marriages.js';
import type { HouseholdKind, People, Person, Ymd } from './model.js';
import { fullName, RARE_GIVEN, RARE_LETTERS } from './names.js';
import type { Builder } from './people-builder.js';
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
 * divorced parents, widowed and elderly people, single adults, three and four generations under one
 * roof, citizens married to foreign nationals. Their optional hard case is forced (`Builder.force`):
 * the widowed's late spouses and the three generations' late grandparents are deceased personas.
 */
const OPENING: readonly HouseholdKind[] = [
  'divorced-parent',
  'widowed-alone',
  'elderly-couple',
  'three-generation',
  'single-adult',
  'four-generation',
  'divorced-parent',
  'foreign-spouse',
  'widowed-alone',
  'three-generation',
  'elderly-couple',
  'single-adult',
  'foreign-spouse',
  'divorced-parent',
  'widowed-alone',
  'three-generation',
  'elderly-couple',
  'single-adult',
  'foreign-spouse',
];

/** After the opening, households are drawn with these weights. */
const KIND_WEIGHTS: readonly (readonly [HouseholdKind, number])[] = [
  ['family', 60],
  ['three-generation', 12],
  ['single-adult', 10],
  ['widowed-alone', 6],
  ['elderly-couple', 5],
  ['divorced-parent', 7],
  ['foreign-spouse', 2],
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
  'foreign-spouse': 1,
  'four-generation': 12,
  custom: 1,
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
  // The living only: a tag finds someone to look up and serve.
  const order = shuffledIndices(b.random, b.persons.length)
    .map((i) => b.persons[i]!)
    .filter((p) => p.death === undefined);
  const rare = (p: Person) => RARE_LETTERS.test(fullName(p.name));
  let missing = MIN_PER_TAG - order.filter(rare).length;
  for (const person of order) {
    if (missing <= 0) break;
    const given = b.random.pick(RARE_GIVEN[person.gender]);
    if (rare(person) || person.name.middle.split(' ').includes(given)) continue;
    person.name.given = given;
    missing--;
  }
  missing = MIN_PER_TAG - order.filter((p) => p.name.middle === '').length;
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
  missing = MIN_PER_TAG - order.filter(noParents).length;
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
 * const { persons, households } = generatePeople(42, 600, { year: 2026, month: 1, day: 1 });
 * ```
 */
export function generatePeople(seed: number, size: number, asOf: Ymd): People {
  const b: Builder = {
    random: createRandom(seed, 'people'),
    asOf,
    persons: [],
    households: [],
    ids: new Set(),
    pastPartner: new Map(),
    force: false,
  };
  for (let n = 0; b.persons.length < size; n++) {
    const room = size - b.persons.length;
    b.force = n < OPENING.length;
    let kind = n < OPENING.length ? OPENING[n]! : b.random.weighted(KIND_WEIGHTS);
    if (MIN_SIZE[kind] > room) kind = room >= 2 ? 'elderly-couple' : 'single-adult';
    BUILDERS[kind](b, room);
  }
  b.force = false;
  addMarriages(b);
  topUpNames(b);
  return { persons: b.persons, households: b.households };
}
