import { buildCivilStatusRecords } from './civil-status-records.js';
import { isoDate } from './dates.js';
import { buildEnterpriseRecords, employersOf } from './enterprise-records.js';
import { buildInsuranceRecords } from './insurance-records.js';
import type { Ymd } from './model.js';
import { buildLandRecords } from './land-records.js';
import { fullName } from './names.js';
import { addCustomPeople } from './custom-builder.js';
import { type PersonDescription, readPeople } from './custom-people.js';
import { employerAmong } from './insurance-links.js';
import { createLinks } from './linked.js';
import { generatePeople } from './people.js';
import { buildPopulationRecords } from './population-records.js';
import { tagPersona, withCustomTags } from './tag-persona.js';
import { sortTags } from './tags.js';
import type { Persona, World, WorldHousehold } from './types.js';

/** The world's default "today": fixed, so that a seed gives the same world on every day it is run. */
export const DEFAULT_WORLD_DATE = new Date('2026-01-01T00:00:00.000Z');

/** How many citizens a world has unless told otherwise. */
export const DEFAULT_WORLD_SIZE = 600;

/** Options of {@link createWorld}. */
export interface WorldOptions {
  /**
   * How many citizens, exactly (the deceased included). Default `600`; at least 100 keeps every tag at
   * three personas or more.
   * @example createWorld(7, { size: 1000 })
   */
  size?: number;
  /**
   * The world's "today" (its UTC date is used): ages and birth years are drawn relative to it. Default
   * {@link DEFAULT_WORLD_DATE}, 2026-01-01, so that worlds do not change from one day to the next.
   * @example createWorld(7, { now: new Date('2030-06-01') })
   */
  now?: Date;
  /**
   * People a test adds: partial descriptions (or the path of a JSON file holding an array of them, read
   * synchronously), completed consistently from the seed's own `custom` stream and appended after the
   * seeded citizens (`size` counts only those), so the seeded world stays byte-identical. Each carries
   * the tag `custom` and its own `tags`. A bad description throws an `InputError` naming the field.
   * @example createWorld(7, { people: [{ gender: 'female', birthDate: '1950', tags: ['applicant'] }] })
   */
  people?: readonly PersonDescription[] | string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}

/**
 * A seeded, consistent synthetic world: citizens in households, with what each database holds about
 * them. Built in stages, each from its own random stream of `seed` (people → households → one stage per
 * database), so that adding a database stage never changes what earlier stages produced. Deterministic:
 * the same seed and options give a deep-equal world. The world is frozen.
 *
 * @example
 * ```ts
 * const world = createWorld(42);
 * const minor = world.byTag('minor')[0];
 * world.byPersonalId(minor.population.nguoiDaiDien!.soDinhDanh!); // the parent who represents them
 * ```
 */
export function createWorld(seed: number, options: WorldOptions = {}): World {
  const size = options.size ?? DEFAULT_WORLD_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError('createWorld: size must be a positive integer');
  if (!Number.isInteger(seed)) throw new RangeError('createWorld: seed must be an integer');
  const now = options.now ?? DEFAULT_WORLD_DATE;
  const asOf: Ymd = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };

  // Stage 1: people and households; then the people a test added, from their own stream.
  const seeded = generatePeople(seed, size, asOf);
  const people =
    options.people === undefined
      ? seeded
      : addCustomPeople(seed, seeded, readPeople(options.people, isoDate(asOf)), asOf);
  // Stage 2: the population database. Later databases add a stage here, each with its own stream.
  const population = buildPopulationRecords(seed, people, asOf);
  // Stage 3: the civil status database (births, marriages, deaths).
  const civilStatus = buildCivilStatusRecords(seed, people, asOf);
  const land = buildLandRecords(seed, people, population.records, asOf);
  const enterprise = buildEnterpriseRecords(seed, people, asOf);
  // Insurance after enterprise: contribution periods name only employers of the world.
  const insurance = buildInsuranceRecords(seed, people, employersOf(enterprise.enterprises), asOf);

  const households: WorldHousehold[] = people.households.map((h) => ({
    id: h.id,
    kind: h.kind,
    headId: h.head,
    memberIds: h.members,
  }));
  const dead = new Set(people.persons.filter((p) => p.death !== undefined).map((p) => p.id));
  const personas: Persona[] = people.persons.map((person) => {
    const record = population.records.get(person.id)!;
    const decided = [...population.tags.get(person.id)!, ...civilStatus.tags.get(person.id)!];
    const household = people.households[person.household]!;
    const facts = {
      asOf,
      householdSize: household.members.length,
      deceasedParent: dead.has(person.father ?? '') || dead.has(person.mother ?? ''),
    };
    const business = enterprise.byPerson.get(person.id);
    const cover = insurance.records.get(person.id);
    return {
      personalId: person.id,
      tags: withCustomTags(
        person,
        sortTags([
          ...tagPersona(person, record, decided, facts),
          ...land.tags.get(person.id)!,
          ...(enterprise.tags.get(person.id) ?? []),
          ...(insurance.tags.get(person.id) ?? []),
        ]),
      ),
      fullName: fullName(person.name),
      gender: person.gender,
      birthDate: isoDate(person.birth),
      ...(person.death === undefined ? {} : { deathDate: isoDate(person.death) }),
      householdId: household.id,
      population: record,
      land: land.byPerson.get(person.id)!,
      civilStatus: civilStatus.records.get(person.id)!,
      ...(business === undefined ? {} : { enterprise: business }),
      ...(cover === undefined ? {} : { insurance: cover }),
    };
  });
  deepFreeze(households);
  deepFreeze(personas);
  deepFreeze(land.parcels);
  deepFreeze(enterprise.enterprises);
  deepFreeze(enterprise.householdBusinesses);

  const byId = new Map<string, Persona>();
  const byTag = new Map<string, Persona[]>();
  for (const persona of personas) {
    byId.set(persona.personalId, persona);
    if (persona.population.soCMND !== undefined) byId.set(persona.population.soCMND, persona);
    for (const tag of persona.tags) {
      const list = byTag.get(tag) ?? [];
      list.push(persona);
      byTag.set(tag, list);
    }
  }
  return Object.freeze({
    seed,
    asOf: isoDate(asOf),
    personas: Object.freeze(personas),
    households: Object.freeze(households),
    parcels: land.parcels,
    enterprises: enterprise.enterprises,
    householdBusinesses: enterprise.householdBusinesses,
    byPersonalId: (id: string) => byId.get(id),
    byTag: (tag: string) => [...(byTag.get(tag) ?? [])],
    linked: createLinks(
      people,
      (id) => byId.get(id),
      (persona) => employerAmong(enterprise.enterprises, persona),
    ),
  });
}
