import { addYears, fromDayNumber, toDayNumber } from './dates.js';
import type { HouseholdPlan, Person, Ymd } from './model.js';
import { type Place, writePlace } from './places.js';
import type { Random } from './random.js';
import type { RecordAddress, RecordResidence, RecordResidenceHistory } from './record.js';

/**
 * The residence history of the population stage (`cuTru`): since when each person is registered at
 * home, where they were before, and a temporary residence for those living away. Drawn from its own
 * stream (`population:residence`), so the rest of the population record stays as it was.
 * @module
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** `dd/mm/yyyy`, as the record writes dates. */
const day = (date: Ymd) => `${pad(date.day)}/${pad(date.month)}/${pad(date.year, 4)}`;
const between = (random: Random, from: Ymd, to: Ymd): Ymd => {
  const start = toDayNumber(from);
  return fromDayNumber(random.int(start, Math.max(start, toDayNumber(to))));
};
const later = (a: Ymd, b: Ymd) => (toDayNumber(a) >= toDayNumber(b) ? a : b);
const dayBefore = (date: Ymd) => fromDayNumber(toDayNumber(date) - 1);

/** Since when each household is registered at its home: after its head came of age, before the world's date. */
export function householdSince(
  random: Random,
  households: readonly HouseholdPlan[],
  byId: ReadonlyMap<string, Person>,
  asOf: Ymd,
): Ymd[] {
  const latest = fromDayNumber(toDayNumber(asOf) - 90);
  return households.map((h) => {
    const head = byId.get(h.head);
    const earliest =
      head === undefined ? addYears(asOf, -10) : later(addYears(head.birth, 18), addYears(asOf, -40));
    return between(random, toDayNumber(earliest) > toDayNumber(latest) ? latest : earliest, latest);
  });
}

/** What one person's history is drawn from. */
export interface ResidenceFacts {
  person: Person;
  /** The home's address, as the record writes it. */
  home: RecordAddress;
  /** Where they live now, as the record writes it, when it is not home (a city they moved to for work). */
  away: RecordAddress | undefined;
  birthPlace: Place;
  pre2025: boolean;
  /** Since when the household is registered at `home`. */
  since: Ymd;
  asOf: Ymd;
}

/**
 * One person's residence history. Registered at home since the household was (or since birth, when
 * born later); before that, often at their birth place; a temporary residence where they live, for
 * two years, when it is not home.
 */
export function residenceHistory(random: Random, facts: ResidenceFacts): RecordResidenceHistory {
  const { person, pre2025, asOf } = facts;
  // The deceased lived at home for years before they died (the household's date may be later).
  const since =
    person.death === undefined
      ? later(facts.since, person.birth)
      : later(person.birth, addYears(person.death, -random.int(5, 30)));
  const earlier: RecordResidence[] = [];
  if (toDayNumber(since) > toDayNumber(person.birth) && random.chance(0.7)) {
    earlier.push({
      diaChi: writePlace(facts.birthPlace, pre2025, true),
      tuNgay: day(person.birth),
      denNgay: day(dayBefore(since)),
    });
  }
  const home: RecordResidence = { diaChi: facts.home, tuNgay: day(since) };
  if (person.death !== undefined) {
    // The deceased's registration ended with their death (the civil status database holds the death).
    return { thuongTruTruocDay: [{ ...home, denNgay: day(person.death) }, ...earlier] };
  }
  const history: RecordResidenceHistory = { thuongTru: home, thuongTruTruocDay: earlier };
  if (facts.away !== undefined) {
    const from = between(random, since, fromDayNumber(toDayNumber(asOf) - 60));
    history.tamTru = { diaChi: facts.away, tuNgay: day(from), denNgay: day(addYears(from, 2)) };
  }
  return history;
}
