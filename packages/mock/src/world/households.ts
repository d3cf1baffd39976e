import type { HouseholdKind } from './model.js';
import { drawFamilyName, drawPersonalName, fullName } from './names.js';
import { buildForeignSpouse, buildFourGenerations } from './households-extended.js';
import {
  addChildren,
  addLateSpouse,
  addPerson,
  addWifeAndChildren,
  type Builder,
  birthForAge,
  finishHousehold,
  marry,
  startHousehold,
} from './people-builder.js';
import { addYears, ageOn } from './dates.js';

/**
 * The kinds of household of stage one, each a short recipe of persons, marriages and children.
 * @module
 */

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
  const { wife, children } = addWifeAndChildren(b, husband, husbandAge, {
    household: index,
    home,
    wifeRelation: 'wife',
    childRelation: 'child',
    youngerBy: [-2, 8],
    minWifeAge: 20,
    maxChildren: room - 2,
    family: husband.name.family,
  });
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
  // The son's other parent has died: a deceased persona (always in the opening households), or a name.
  const late =
    room >= 4 && (b.force || b.random.chance(0.4))
      ? addLateSpouse(b, elder, {
          household: index,
          home,
          notBefore: son.birth,
          ...(elderGender === 'female' ? { family: sonFamily } : {}),
        })
      : undefined;
  if (late !== undefined) {
    if (elderGender === 'male') son.mother = late.id;
    else son.father = late.id;
  } else if (elderGender === 'male') {
    son.father = elder.id;
    son.motherName = fullName({
      family: drawFamilyName(b.random),
      ...drawPersonalName(b.random, 'female', lateParentYear),
    });
  } else {
    son.mother = elder.id;
    son.fatherName = fullName({ family: sonFamily, ...drawPersonalName(b.random, 'male', lateParentYear) });
  }
  const { wife, children } = addWifeAndChildren(b, son, sonAge, {
    household: index,
    home,
    wifeRelation: 'child-in-law',
    childRelation: 'grandchild',
    youngerBy: [-2, 6],
    minWifeAge: 22,
    maxChildren: room - 3 - (late === undefined ? 0 : 1),
    family: sonFamily,
  });
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

function buildAlone(b: Builder, kind: 'widowed-alone' | 'single-adult', room: number): void {
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
  // Some late spouses are deceased personas (the civil status database holds their death).
  if (widowed && room >= 2 && (b.force || b.random.chance(0.3))) {
    addLateSpouse(b, person, { household: index, home, notBefore: addYears(person.birth, 30) });
  }
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
  b.pastPartner.set(custodian.id, ex.id);
  b.pastPartner.set(ex.id, custodian.id);
  finishHousehold(b, index, custodian, [custodian, ...children]);
  finishHousehold(b, other.index, ex, [ex]);
}

export const BUILDERS: Record<HouseholdKind, (b: Builder, room: number) => void> = {
  family: buildFamily,
  'three-generation': buildThreeGenerations,
  'elderly-couple': (b) => buildElderlyCouple(b),
  'widowed-alone': (b, room) => buildAlone(b, 'widowed-alone', room),
  'single-adult': (b, room) => buildAlone(b, 'single-adult', room),
  'foreign-spouse': buildForeignSpouse,
  'four-generation': buildFourGenerations,
  'divorced-parent': buildDivorcedParent,
  // Only ever made by buildDivorcedParent, beside the other parent's household.
  'divorced-alone': buildDivorcedParent,
  // Never drawn: the households of people a test adds are built by custom-builder.ts.
  custom: (b, room) => buildAlone(b, 'single-adult', room),
};
