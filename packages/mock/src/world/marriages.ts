import { addYears, toDayNumber } from './dates.js';
import { drawForeignName } from './foreign-names.js';
import type { Marriage, Person, Ymd } from './model.js';
import { drawFamilyName, drawPersonalName, fullName } from './names.js';
import { addDays, type Builder, dayBetween } from './people-builder.js';

/**
 * The marriage histories of stage one (`Person.marriages`), once every household is built: the couples'
 * marriages, the divorced parents' ended one, the widowed's, the foreign spouses' and some remarriages.
 * A marriage between two persons is one record in both histories (same date and province). Draws from
 * the `people` stream, in the persons' order.
 * @module
 */

const MIN_REMARRIED = 3;
/** Men may marry at 20, women at 18 (Law on Marriage and Family 2014, art. 8). */
const legalAge = (p: Person): Ymd => addYears(p.birth, p.gender === 'male' ? 20 : 18);
const later = (a: Ymd, b: Ymd): Ymd => (toDayNumber(a) >= toDayNumber(b) ? a : b);
const earlier = (a: Ymd, b: Ymd): Ymd => (toDayNumber(a) <= toDayNumber(b) ? a : b);

/** Who a couple's marriage is between, and when it may have been registered. */
interface Couple {
  a: Person;
  b: Person;
  /** Both of legal age. */
  from: Ymd;
  /** Before the first child, when there is one; before the world's date in any case. */
  until: Ymd;
}

/** Children by parent id. */
type Children = ReadonlyMap<string, readonly Person[]>;

function indexChildren(persons: readonly Person[]): Children {
  const childrenOf = new Map<string, Person[]>();
  for (const child of persons) {
    for (const parent of [child.father, child.mother]) {
      if (parent === undefined) continue;
      const list = childrenOf.get(parent);
      if (list) list.push(child);
      else childrenOf.set(parent, [child]);
    }
  }
  return childrenOf;
}

function eldestChildBirth(childrenOf: Children, parents: readonly Person[]): Ymd | undefined {
  let eldest: Ymd | undefined;
  for (const p of parents.flatMap((parent) => childrenOf.get(parent.id) ?? [])) {
    if (eldest === undefined || toDayNumber(p.birth) < toDayNumber(eldest)) eldest = p.birth;
  }
  return eldest;
}

function coupleOf(b: Builder, childrenOf: Children, x: Person, y: Person): Couple {
  const from = later(legalAge(x), legalAge(y));
  const child = eldestChildBirth(childrenOf, [x, y]);
  const latest = addDays(b.asOf, -30);
  const beforeChild = child === undefined ? latest : earlier(addDays(child, -90), latest);
  return { a: x, b: y, from, until: toDayNumber(beforeChild) >= toDayNumber(from) ? beforeChild : latest };
}

function record(x: Person, y: Person | undefined, marriage: Omit<Marriage, 'spouse'>): void {
  x.marriages = [...(x.marriages ?? []), y === undefined ? marriage : { spouse: y.id, ...marriage }];
  if (y !== undefined) y.marriages = [...(y.marriages ?? []), { spouse: x.id, ...marriage }];
}

/** Someone outside the world, of the other gender, about `person`'s age: a Vietnamese name. */
function outsideVietnamese(b: Builder, person: Person, name?: string): Marriage['outsideSpouse'] {
  const gender = person.gender === 'male' ? 'female' : 'male';
  const birthYear = person.birth.year + (gender === 'male' ? b.random.int(0, 6) : -b.random.int(0, 6));
  const fullNameOf =
    name ?? fullName({ family: drawFamilyName(b.random), ...drawPersonalName(b.random, gender, birthYear) });
  return { fullName: fullNameOf, gender, birthYear, nationality: 'VN' };
}

/** The late spouse's name as the children's records have it, when they do. */
function lateSpouseName(childrenOf: Children, widow: Person): string | undefined {
  const child = childrenOf.get(widow.id)?.[0];
  return widow.gender === 'female' ? child?.fatherName : child?.motherName;
}

/** A first marriage of `person`, to someone outside the world, ended before `couple` married. */
function addFirstMarriage(b: Builder, person: Person, couple: Couple): Ymd {
  const start = toDayNumber(legalAge(person));
  const span = Math.max(0, toDayNumber(couple.until) - start - 3);
  const [p1, p2, p3] = [b.random.int(0, span), b.random.int(0, span), b.random.int(0, span)].sort(
    (x, y) => x - y,
  ) as [number, number, number];
  const registered = addDays(legalAge(person), p1);
  const ended = addDays(legalAge(person), p2 + 1);
  record(person, undefined, {
    outsideSpouse: outsideVietnamese(b, person),
    registered,
    province: person.birthProvince,
    ended: { by: b.random.chance(0.7) ? 'divorce' : 'death', date: ended },
  });
  // The current marriage: after the first ended, both of legal age.
  return later(addDays(legalAge(person), p3 + 2), later(couple.from, addDays(ended, 1)));
}

/** Fills `marriages` for everyone who has been married. */
export function addMarriages(b: Builder): void {
  const childrenOf = indexChildren(b.persons);
  const byId = new Map(b.persons.map((p) => [p.id, p]));
  const home = (p: Person) => b.households[p.household]!.homeProvince;
  const latest = addDays(b.asOf, -30);
  const couples: Couple[] = [];
  const paired = new Set<string>();
  for (const person of b.persons) {
    if (person.marriages !== undefined || person.death !== undefined) continue;
    if (person.marital === 'married' && person.spouse !== undefined) {
      if (!paired.has(person.id)) couples.push(coupleOf(b, childrenOf, person, byId.get(person.spouse)!));
      paired.add(person.spouse);
      continue;
    }
    if (person.marital === 'married') {
      // Married to a foreign national, who is in no Vietnamese database.
      const gender = person.gender === 'male' ? 'female' : 'male';
      const { fullName: name, nationality } = drawForeignName(b.random, gender);
      const birthYear = person.birth.year + b.random.int(-8, 8);
      const registered = dayBetween(b, later(legalAge(person), addYears(b.asOf, -20)), latest);
      record(person, undefined, {
        outsideSpouse: { fullName: name, gender, birthYear, nationality },
        registered,
        province: home(person),
      });
      continue;
    }
    if (person.marital !== 'divorced' && person.marital !== 'widowed') continue;
    const partner = byId.get(b.pastPartner.get(person.id) ?? '');
    const couple = partner ? coupleOf(b, childrenOf, person, partner) : undefined;
    const from = couple?.from ?? legalAge(person);
    let until = earlier(couple?.until ?? addYears(from, 12), latest);
    // A late spouse married at least a year before they died.
    if (partner?.death !== undefined) until = earlier(until, addDays(partner.death, -365));
    const registered = dayBetween(b, from, until);
    const child = eldestChildBirth(childrenOf, partner ? [person, partner] : [person]);
    const youngest = (childrenOf.get(person.id) ?? []).reduce<Ymd>((y, p) => later(y, p.birth), registered);
    const endedBy = person.marital === 'divorced' ? 'divorce' : 'death';
    // Ended after the youngest child was born (when there was time before the world's date).
    const endFrom = later(
      earlier(addDays(later(youngest, child ?? registered), 180), latest),
      addDays(registered, 1),
    );
    const date = partner?.death ?? dayBetween(b, endFrom, latest);
    const marriage = { registered, province: partner ? home(partner) : home(person) };
    if (partner) record(person, partner, { ...marriage, ended: { by: endedBy, date } });
    else {
      const name = endedBy === 'death' ? lateSpouseName(childrenOf, person) : undefined;
      record(person, undefined, {
        outsideSpouse: outsideVietnamese(b, person, name),
        ...marriage,
        ended: { by: endedBy, date },
      });
    }
  }

  // Some remarried (one spouse's first marriage ended), at least three in any world that can.
  const canRemarry = (c: Couple) => toDayNumber(c.until) - toDayNumber(c.from) > 3 * 365;
  const remarried = couples.map((c) => canRemarry(c) && b.random.chance(0.06));
  for (let i = 0; i < couples.length && remarried.filter(Boolean).length < MIN_REMARRIED; i++) {
    if (canRemarry(couples[i]!)) remarried[i] = true;
  }
  couples.forEach((couple, i) => {
    const registered = remarried[i]
      ? addFirstMarriage(b, b.random.chance(0.5) ? couple.a : couple.b, couple)
      : dayBetween(b, couple.from, couple.until);
    record(couple.a, couple.b, { registered: earlier(registered, latest), province: home(couple.a) });
  });
}
