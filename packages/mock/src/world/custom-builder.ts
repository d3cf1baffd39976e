import { InputError } from '@onceonly/core';
import { daysInMonth } from '@onceonly/vn';
import { OLD_PROVINCES } from './data/admin-units.js';
import { addYears, ageOn, fromDayNumber, toDayNumber } from './dates.js';
import type { CheckedDescription } from './custom-people.js';
import type { People, Person, Ymd } from './model.js';
import { drawFamilyName, drawPersonalName, fullName } from './names.js';
import {
  addPerson,
  type Builder,
  birthForAge,
  dayBetween,
  finishHousehold,
  newPersonalId,
  startHousehold,
} from './people-builder.js';
import { createRandom } from './random.js';

/**
 * Completes the people a test described (`custom-people.ts`) and appends them, each in a household of
 * their own (a minor with a parent who represents them), after every seeded person and household. Draws
 * only from the `custom` stream: the seeded people are untouched.
 * @module
 */

const PROVINCE_WEIGHTS = OLD_PROVINCES.map(([code, , , weight]) => [code, weight] as const);

/** The true date of birth: the described one, or drawn within what was described (and before `asOf`). */
function birthOf(b: Builder, d: CheckedDescription, idYear: number | undefined): Ymd {
  const birth = d.birth;
  if (birth?.precision === 'day') return { year: birth.year, month: birth.month, day: birth.day };
  const year = birth?.year ?? idYear;
  if (year === undefined) return birthForAge(b, 18, 70);
  const first: Ymd = { year, month: birth?.precision === 'month' ? birth.month : 1, day: 1 };
  const last: Ymd =
    birth?.precision === 'month'
      ? { year, month: birth.month, day: daysInMonth(year, birth.month) }
      : { year, month: 12, day: 31 };
  const latest = Math.min(toDayNumber(last), toDayNumber(b.asOf));
  return fromDayNumber(b.random.int(toDayNumber(first), Math.max(toDayNumber(first), latest)));
}

function nameParts(text: string): Person['name'] {
  const words = text.split(' ');
  return { family: words[0]!, middle: words.slice(1, -1).join(' '), given: words.at(-1)! };
}

/** An earlier or current marriage to someone outside the world, as the described status needs. */
function marryOutside(b: Builder, person: Person, home: string): void {
  const gender = person.gender === 'male' ? 'female' : 'male';
  const birthYear = person.birth.year + (gender === 'male' ? b.random.int(0, 5) : -b.random.int(0, 5));
  const spouseName = fullName({
    family: drawFamilyName(b.random),
    ...drawPersonalName(b.random, gender, birthYear),
  });
  const legal = addYears(person.birth, person.gender === 'male' ? 20 : 18);
  const latest = fromDayNumber(toDayNumber(b.asOf) - 60);
  const registered = dayBetween(b, legal, latest);
  person.marriages = [
    {
      outsideSpouse: { fullName: spouseName, gender, birthYear, nationality: 'VN' },
      registered,
      province: home,
      ...(person.marital === 'married'
        ? {}
        : {
            ended: {
              by: person.marital === 'divorced' ? ('divorce' as const) : ('death' as const),
              date: dayBetween(
                b,
                fromDayNumber(toDayNumber(registered) + 1),
                fromDayNumber(toDayNumber(b.asOf) - 1),
              ),
            },
          }),
    },
  ];
}

function addDescribed(b: Builder, d: CheckedDescription): void {
  const idYear = d.personalId === undefined ? undefined : Number(d.personalId.slice(4, 6));
  const idGender =
    d.personalId === undefined ? undefined : Number(d.personalId[3]) % 2 === 1 ? 'female' : 'male';
  const century =
    d.personalId === undefined
      ? 0
      : [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800][Number(d.personalId[3])]!;
  const gender = d.gender ?? idGender ?? (b.random.chance(0.5) ? 'female' : 'male');
  const birth = birthOf(b, d, idYear === undefined ? undefined : century + idYear);
  const province = d.province ?? d.personalId?.slice(1, 3) ?? b.random.weighted(PROVINCE_WEIGHTS);
  const minor = ageOn(birth, b.asOf) < 18;
  const { index, home } = startHousehold(b, 'custom');
  b.households[index]!.custom = true;
  const members: Person[] = [];
  let parent: Person | undefined;
  if (minor) {
    // A minor lives with a parent, who heads the household and represents them.
    const parentAge = Math.max(ageOn(birth, b.asOf) + b.random.int(22, 35), 22);
    parent = addPerson(b, {
      gender: 'female',
      birth: birthForAge(b, parentAge, parentAge),
      household: index,
      relation: 'head',
      marital: 'single',
      home,
    });
    parent.custom = true;
    parent.customRecord = { tags: [] };
    members.push(parent);
  }
  const person = addPerson(b, {
    gender,
    birth,
    household: index,
    relation: minor ? 'child' : 'head',
    marital: minor ? 'single' : (d.marital ?? 'single'),
    home,
  });
  // The id as described, or one that agrees with the described province, gender and year.
  b.ids.delete(person.id);
  person.id = d.personalId ?? newPersonalId(b, province, gender, birth.year);
  b.ids.add(person.id);
  person.birthProvince = province;
  if (d.fullName !== undefined) person.name = nameParts(d.fullName);
  person.custom = true;
  person.customRecord = {
    ...(d.birth === undefined || d.birth.precision === 'day' ? {} : { birthPrecision: d.birth.precision }),
    ...(d.oldId === undefined ? {} : { oldId: d.oldId }),
    tags: d.tags,
  };
  if (parent !== undefined) {
    person.mother = parent.id;
    person.fatherName = fullName({
      family: person.name.family,
      ...drawPersonalName(b.random, 'male', parent.birth.year),
    });
  }
  if (person.marital !== 'single') marryOutside(b, person, home);
  members.push(person);
  finishHousehold(b, index, members[0]!, members);
}

/** `people` with the described persons appended, completed from the `custom` stream of `seed`. */
export function addCustomPeople(
  seed: number,
  people: People,
  described: readonly CheckedDescription[],
  asOf: Ymd,
): People {
  const b: Builder = {
    random: createRandom(seed, 'custom'),
    asOf,
    persons: [...people.persons],
    households: [...people.households],
    ids: new Set(people.persons.map((p) => p.id)),
    pastPartner: new Map(),
    force: false,
  };
  // A described id must not be a seeded person's (or another described one's).
  const taken = new Set(b.ids);
  for (const [i, d] of described.entries()) {
    if (d.personalId === undefined) continue;
    if (taken.has(d.personalId)) {
      throw new InputError({
        code: 'INVALID_INPUT',
        message: `createWorld: people[${i}].personalId is already a persona of this world.`,
        fields: [`/people/${i}/personalId`],
      });
    }
    taken.add(d.personalId);
  }
  for (const id of taken) b.ids.add(id);
  for (const d of described) addDescribed(b, d);
  return { persons: b.persons, households: b.households };
}
