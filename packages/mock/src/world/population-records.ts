import { formatDate, type VnDate } from '@onceonly/vn';
import { RELATION_CODES } from '@onceonly/population';
import type { PopulationRecord as CitizenWire, RecordRelative as RelativeWire } from './record.js';
import { SPLIT_OLD_WARDS } from './data/admin-units.js';
import { CITIES, drawPlace, PROVINCE_WEIGHTS, type Place, writePlace } from './places.js';
import type { People, Person, WorldMaritalStatus, Ymd } from './model.js';
import { householdSince, residenceHistory } from './residence-records.js';
import { fullName } from './names.js';
import { createRandom } from './random.js';

/**
 * Stage two: what the population database holds about each person (the world's `PopulationRecord`, served as `CongDan`).
 * Decides what only this database knows or loses (partial dates of birth, old 9-digit ids, addresses
 * still in the pre-2025 form, ethnicity, religion, blood type) and draws only from the `population`
 * stream, so stage one's people stay the same when this stage changes, and later stages can be added
 * beside it.
 * @module
 */

const MIN_PER_TAG = 3;

/** What stage two adds per person, besides the record: the tags it decided. */
export type PopulationTag =
  | 'year-only-birth'
  | 'month-year-birth'
  | 'old-id'
  | 'pre-2025-address'
  | 'split-commune';

/** Stage two's output, by personal id. */
export interface PopulationRecords {
  records: Map<string, CitizenWire>;
  tags: Map<string, PopulationTag[]>;
}

const ETHNICITIES: readonly (readonly [string, number])[] = [
  ['01', 85.3],
  ['02', 1.9],
  ['03', 1.9],
  ['06', 1.5],
  ['05', 1.4],
  ['08', 1.4],
  ['07', 1.1],
  ['04', 0.8],
  ['09', 0.9],
  ['10', 0.5],
  ['12', 0.4],
  ['17', 0.2],
  ['44', 0.05],
  ['42', 0.05],
];
const RELIGIONS: readonly (readonly [string, number])[] = [
  ['00', 80],
  ['01', 8],
  ['02', 7],
  ['03', 1.5],
  ['04', 1.5],
  ['05', 1.5],
  ['06', 0.1],
];
const BLOOD_TYPES: readonly (readonly [string, number])[] = [
  ['4', 42],
  ['2', 30],
  ['1', 21],
  ['3', 7],
  ['0', 5],
];
const MARITAL_CODES: Record<WorldMaritalStatus, string> = {
  single: '1',
  married: '2',
  divorced: '3',
  widowed: '4',
};
const RELATION_TO_CODE = new Map(Object.entries(RELATION_CODES).map(([code, relation]) => [relation, code]));

function relative(person: Person): RelativeWire {
  return { hoVaTen: fullName(person.name), soDinhDanh: person.id, quocTich: 'VN' };
}

/**
 * Picks living people until `MIN_PER_TAG` of the living are in `tagged`, oldest first among those
 * `eligible` (the deceased carry no such tag: a tag finds someone to look up).
 */
function topUp(people: readonly Person[], tagged: Set<string>, eligible: (p: Person) => boolean): void {
  const living = people.filter((p) => p.death === undefined);
  let count = living.filter((p) => tagged.has(p.id)).length;
  const candidates = living.filter((p) => !tagged.has(p.id) && eligible(p));
  // Ids are digit strings of one length: code-unit order is their numeric order (and cheaper than localeCompare).
  candidates.sort((a, b) => a.birth.year - b.birth.year || (a.id < b.id ? -1 : 1));
  for (const person of candidates) {
    if (count >= MIN_PER_TAG) break;
    tagged.add(person.id);
    count++;
  }
}

/** The current spouse as the record names them: a person of the world, or a foreign national. */
function spouseOf(person: Person, byId: ReadonlyMap<string, Person>): RelativeWire | undefined {
  if (person.spouse !== undefined) return relative(byId.get(person.spouse)!);
  const current = person.marital === 'married' ? person.marriages?.at(-1) : undefined;
  const outside = current?.ended === undefined ? current?.outsideSpouse : undefined;
  return outside && { hoVaTen: outside.fullName, quocTich: outside.nationality };
}

/**
 * Stage two: the population database's record of every person.
 *
 * @example
 * ```ts
 * const { records, tags } = buildPopulationRecords(42, people, { year: 2026, month: 1, day: 1 });
 * records.get(people.persons[0].id)?.ngaySinh; // '17/04/1990'
 * ```
 */
export function buildPopulationRecords(seed: number, people: People, asOf: Ymd): PopulationRecords {
  const random = createRandom(seed, 'population');
  const residenceRandom = createRandom(seed, 'population:residence');
  // People a test added draw from streams of their own: the seeded records stay byte-identical.
  const customRandom = createRandom(seed, 'population:custom');
  const randomOf = (custom: true | undefined) => (custom ? customRandom : random);
  const seeded = people.persons.filter((p) => !p.custom);
  const byId = new Map(people.persons.map((p) => [p.id, p]));
  const bornBefore2000 = (p: Person) => p.birth.year < 2000;

  // Per household: which map its addresses are written in, its home, ethnicity and religion.
  const households = people.households.map((h) => {
    const r = randomOf(h.custom);
    return {
      pre2025: r.chance(0.1),
      home: drawPlace(r, h.homeProvince),
      ethnicity: r.weighted(ETHNICITIES),
      religion: r.weighted(RELIGIONS),
    };
  });
  for (
    let i = 0;
    i < households.length &&
    seeded.filter((p) => p.death === undefined && households[p.household]!.pre2025).length < MIN_PER_TAG;
    i++
  ) {
    households[i]!.pre2025 = true;
  }
  // Some pre-2025 homes are in a commune that was split in 2025: at least three living people's.
  const canSplit = (h: (typeof households)[number]) =>
    h.pre2025 && (SPLIT_OLD_WARDS[h.home.province]?.length ?? 0) > 0;
  households.forEach((household, i) => {
    household.home.split = canSplit(household) && randomOf(people.households[i]!.custom).chance(0.4);
  });
  const livingIn = (i: number) => (people.households[i]!.custom ? 0 : people.households[i]!.members.length);
  for (
    let i = 0;
    i < households.length &&
    households.reduce((n, h, j) => n + (h.home.split ? livingIn(j) : 0), 0) < MIN_PER_TAG;
    i++
  ) {
    const household = households[i]!;
    if (!SPLIT_OLD_WARDS[household.home.province]?.length) continue;
    household.pre2025 = true;
    household.home.split = true;
  }

  // Per person: what the record lost or kept.
  const yearOnly = new Set<string>();
  const monthYear = new Set<string>();
  const withOldId = new Set<string>();
  for (const person of seeded) {
    if (person.birth.year < 1960) {
      const roll = random.next();
      if (roll < 0.25) yearOnly.add(person.id);
      else if (roll < 0.4) monthYear.add(person.id);
    }
    if (bornBefore2000(person) && random.chance(0.35)) withOldId.add(person.id);
  }
  topUp(seeded, yearOnly, (p) => p.birth.year < 1975 && !monthYear.has(p.id));
  topUp(seeded, monthYear, (p) => p.birth.year < 1975 && !yearOnly.has(p.id));
  topUp(seeded, withOldId, bornBefore2000);
  // Old 9-digit numbers, unique, handed out in a fixed order so that the draw does not depend on Set order.
  const oldIds = new Map<string, string>();
  const usedOldIds = new Set<string>();
  for (const person of people.persons) {
    if (!withOldId.has(person.id)) continue;
    let oldId = '';
    while (oldId === '' || usedOldIds.has(oldId)) oldId = String(random.int(1, 3)) + random.digits(8);
    usedOldIds.add(oldId);
    oldIds.set(person.id, oldId);
  }
  // What a test asked the records of its people to hold.
  for (const person of people.persons) {
    const asked = person.customRecord;
    if (asked?.birthPrecision === 'year') yearOnly.add(person.id);
    if (asked?.birthPrecision === 'month') monthYear.add(person.id);
    if (asked?.oldId !== undefined) oldIds.set(person.id, asked.oldId);
  }

  const homeProvinceOf = (person: Person) => {
    const r = randomOf(person.custom);
    return r.chance(0.6) ? person.birthProvince : r.weighted(PROVINCE_WEIGHTS);
  };
  // Home towns follow the father's line: a child's is the father's, when he is in the world.
  const homeTowns = new Map<string, Place>();
  const homeTown = (person: Person): Place => {
    const known = homeTowns.get(person.id);
    if (known) return known;
    const father = person.father === undefined ? undefined : byId.get(person.father);
    const place = father ? homeTown(father) : drawPlace(randomOf(person.custom), homeProvinceOf(person));
    homeTowns.set(person.id, place);
    return place;
  };

  const customResidence = createRandom(seed, 'population:residence:custom');
  const since = [
    ...householdSince(
      residenceRandom,
      people.households.filter((h) => !h.custom),
      byId,
      asOf,
    ),
    ...householdSince(
      customResidence,
      people.households.filter((h) => h.custom),
      byId,
      asOf,
    ),
  ];
  const records = new Map<string, CitizenWire>();
  const tags = new Map<string, PopulationTag[]>();
  for (const person of people.persons) {
    const household = households[person.household]!;
    const head = byId.get(people.households[person.household]!.head)!;
    const pre2025 = household.pre2025;
    const r = randomOf(person.custom);
    const birthPlace = drawPlace(r, person.birthProvince);
    const moved = person.relation === 'head' || person.relation === 'wife' || person.relation === 'husband';
    const current = moved && r.chance(0.12) ? drawPlace(r, r.weighted(CITIES)) : household.home;
    const bloodType = r.chance(0.65) ? r.weighted(BLOOD_TYPES) : undefined;
    const date: VnDate = yearOnly.has(person.id)
      ? { precision: 'year', year: person.birth.year }
      : monthYear.has(person.id)
        ? { precision: 'month', year: person.birth.year, month: person.birth.month }
        : { precision: 'day', ...person.birth };

    const parent = (id: string | undefined, name: string | undefined): RelativeWire | undefined =>
      id !== undefined
        ? relative(byId.get(id)!)
        : name !== undefined
          ? { hoVaTen: name, quocTich: 'VN' }
          : undefined;
    const father = parent(person.father, person.fatherName);
    const mother = parent(person.mother, person.motherName);
    const oldId = oldIds.get(person.id);
    const dead = person.death !== undefined;
    const homeAddress = writePlace(household.home, pre2025, true);
    const currentAddress = current === household.home ? homeAddress : writePlace(current, pre2025, true);
    const voChong = spouseOf(person, byId);
    // Field order as the interface lists it, so that the JSON reads like the provider's.
    const record: CitizenWire = {
      soDinhDanh: person.id,
      ...(oldId === undefined ? {} : { soCMND: oldId }),
      hoVaTen: { ho: person.name.family, chuDem: person.name.middle, ten: person.name.given },
      ngaySinh: formatDate(date),
      gioiTinh: person.gender === 'male' ? '1' : '2',
      danToc: household.ethnicity,
      tonGiao: household.religion,
      tinhTrangHonNhan: MARITAL_CODES[person.marital],
      ...(bloodType === undefined ? {} : { nhomMau: bloodType }),
      quocTich: 'VN',
      noiDangKyKhaiSinh: writePlace(birthPlace, pre2025, false),
      queQuan: writePlace(homeTown(person), pre2025, false),
      ...(dead ? {} : { thuongTru: homeAddress }),
      ...(dead ? {} : { noiOHienTai: currentAddress }),
      ...(father === undefined ? {} : { cha: father }),
      ...(mother === undefined ? {} : { me: mother }),
      ...(voChong === undefined ? {} : { voChong }),
      ...(person.representative === undefined
        ? {}
        : { nguoiDaiDien: relative(byId.get(person.representative)!) }),
      ...(dead ? {} : { chuHo: { hoVaTen: fullName(head.name), soDinhDanh: head.id } }),
      ...(dead ? {} : { quanHeVoiChuHo: RELATION_TO_CODE.get(person.relation)! }),
      ...(person.death === undefined ? {} : { ngayMat: formatDate({ precision: 'day', ...person.death }) }),
      cuTru: residenceHistory(person.custom ? customResidence : residenceRandom, {
        person,
        home: homeAddress,
        away: current === household.home ? undefined : currentAddress,
        birthPlace,
        pre2025,
        since: since[person.household]!,
        asOf,
      }),
    };
    records.set(person.id, record);

    const personTags: PopulationTag[] = [];
    tags.set(person.id, personTags);
    if (dead) continue;
    if (date.precision === 'year') personTags.push('year-only-birth');
    if (date.precision === 'month') personTags.push('month-year-birth');
    if (record.soCMND !== undefined) personTags.push('old-id');
    if (pre2025) personTags.push('pre-2025-address');
    if (pre2025 && household.home.split === true) personTags.push('split-commune');
  }
  return { records, tags };
}
