import { ageOn } from './dates.js';
import {
  addChildren,
  addPerson,
  type Builder,
  birthForAge,
  finishHousehold,
  marry,
  startHousehold,
} from './people-builder.js';

/**
 * Two rarer kinds of household: a citizen married to a foreign national (who is in no Vietnamese
 * database, so only their marriage names them), and four generations of twelve under one head.
 * @module
 */

/** A citizen married to a foreign national; the spouse is not a persona (see `marriages.ts`). */
export function buildForeignSpouse(b: Builder): void {
  const { index, home } = startHousehold(b, 'foreign-spouse');
  const person = addPerson(b, {
    gender: b.random.chance(0.7) ? 'female' : 'male',
    birth: birthForAge(b, 24, 55),
    household: index,
    relation: 'head',
    marital: 'married',
    home,
  });
  finishHousehold(b, index, person, [person]);
}

/**
 * Twelve people in four generations under one head (the grandfather): his widowed mother, his wife,
 * their two sons with their wives, and five grandchildren. Needs room for 12.
 */
export function buildFourGenerations(b: Builder): void {
  const { index, home } = startHousehold(b, 'four-generation');
  const headAge = b.random.int(62, 70);
  const head = addPerson(b, {
    gender: 'male',
    birth: birthForAge(b, headAge, headAge),
    household: index,
    relation: 'head',
    marital: 'married',
    home,
    bornAtHome: 0.9,
  });
  const greatGrandmother = addPerson(b, {
    gender: 'female',
    birth: birthForAge(b, headAge + 21, headAge + 28),
    household: index,
    relation: 'mother',
    marital: 'widowed',
    home,
    bornAtHome: 0.9,
  });
  head.mother = greatGrandmother.id;
  const wifeAge = headAge - b.random.int(0, 4);
  const wife = addPerson(b, {
    gender: 'female',
    birth: birthForAge(b, wifeAge, wifeAge),
    household: index,
    relation: 'wife',
    marital: 'married',
    home,
  });
  marry(head, wife);
  const members = [head, greatGrandmother, wife];
  // Two sons (born when their mother was 22–30), each married, with three and two children.
  for (const [gap, grandchildren] of [
    [b.random.int(22, 26), 3],
    [b.random.int(28, 30), 2],
  ] as const) {
    const sonAge = ageOn(wife.birth, b.asOf) - gap;
    const son = addPerson(b, {
      gender: 'male',
      birth: birthForAge(b, sonAge, sonAge),
      household: index,
      relation: 'child',
      marital: 'married',
      family: head.name.family,
      home,
      bornAtHome: 0.95,
    });
    son.father = head.id;
    son.mother = wife.id;
    const daughterInLawAge = Math.max(27, sonAge - b.random.int(0, 4));
    const daughterInLaw = addPerson(b, {
      gender: 'female',
      birth: birthForAge(b, daughterInLawAge, daughterInLawAge),
      household: index,
      relation: 'child-in-law',
      marital: 'married',
      home,
    });
    marry(son, daughterInLaw);
    const children = addChildren(
      b,
      grandchildren,
      { father: son, mother: daughterInLaw, family: head.name.family },
      { household: index, home, relation: 'grandchild', maxAge: 8 },
    );
    members.push(son, daughterInLaw, ...children);
  }
  finishHousehold(b, index, head, members);
}
