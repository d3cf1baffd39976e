import { ageOn, isoDate } from './dates.js';
import type { LandCertificateRecord, LandParcelRecord, LandUseRecord } from './land-record.js';
import {
  areaOf,
  type Commune,
  communeOfAddress,
  farmCommune,
  farmUses,
  homeUses,
  ParcelKeys,
  SERIES,
  Serials,
} from './land-places.js';
import type { People, Person, Ymd } from './model.js';
import { fullName } from './names.js';
import { createRandom, type Random } from './random.js';
import type { PopulationRecord } from './record.js';

/**
 * The land stage: parcels and certificates (the land database), from the `land` stream only.
 *
 * Every household has a home parcel at its permanent address (the head's `thuongTru`, read as a 2025
 * commune with `@onceonly/vn` when it is in the pre-2025 form). Most households hold a certificate for
 * it, in the head's name, often jointly with the spouse who lives with them; the others rent (no
 * certificate in the world). Some holders also own farm land elsewhere in their province.
 *
 * Stability: everything random is drawn household by household, in order, before anything is decided
 * across households (the top-ups only flip what was drawn), and keys and serials are handed out in
 * household order; so households appended later (a test's own people) never move what the seeded
 * households got.
 * @module
 */

const MIN_PER_TAG = 3;

/** The tags this stage decides. */
export type LandTag = 'land-owner' | 'land-co-owners' | 'land-second-parcel' | 'land-renting';

/** The land stage's output. */
export interface LandRecords {
  /** Every parcel, in household order (the home, then any farm land), each key unique. */
  parcels: LandParcelRecord[];
  /** The certificates naming each person (empty list: none). */
  byPerson: Map<string, LandCertificateRecord[]>;
  tags: Map<string, LandTag[]>;
}

/** What was drawn for one household, before anything is decided across households. */
interface Draw {
  home: Commune;
  homeSheet: number;
  homeParcel: number;
  homeUses: LandUseRecord[];
  owns: boolean;
  joint: boolean;
  house: { dienTichXayDung: number; soTang: number } | undefined;
  issued: Ymd;
  serial: [series: string, number: number];
  register: number;
  farm: boolean;
  farmCommune: Commune;
  farmSheet: number;
  farmParcel: number;
  farmUses: LandUseRecord[];
  farmIssued: Ymd;
  farmSerial: [series: string, number: number];
  farmRegister: number;
}

function drawDate(random: Random, fromYear: number, asOf: Ymd): Ymd {
  const last = asOf.year - 1;
  return {
    year: random.int(Math.min(fromYear, last), last),
    month: random.int(1, 12),
    day: random.int(1, 28),
  };
}

function drawHousehold(
  random: Random,
  address: NonNullable<PopulationRecord['thuongTru']>,
  head: Person,
  asOf: Ymd,
): Draw {
  const home = communeOfAddress(address, random.next());
  const from = Math.max(1995, head.birth.year + 20);
  const issued = drawDate(random, from, asOf);
  const farmCommuneOf = farmCommune(home.maTinh, random.next());
  const farmIssued = drawDate(random, from, asOf);
  const hasHouse = random.chance(0.85);
  const house = { dienTichXayDung: random.int(30, 140), soTang: random.int(1, 4) };
  return {
    home,
    homeSheet: random.int(1, 60),
    homeParcel: random.int(1, 900),
    homeUses: homeUses(random, home.urban),
    owns: random.chance(0.78),
    joint: random.chance(0.7),
    house: hasHouse ? house : undefined,
    issued,
    serial: [random.pick(SERIES), random.int(0, 999_999)],
    register: random.int(1, 99_999),
    farm: random.chance(0.1),
    farmCommune: farmCommuneOf,
    farmSheet: random.int(1, 60),
    farmParcel: random.int(1, 900),
    farmUses: farmUses(random, Number(home.maTinh) >= 66, farmIssued.year),
    farmIssued,
    farmSerial: [random.pick(SERIES), random.int(0, 999_999)],
    farmRegister: random.int(1, 99_999),
  };
}

/**
 * The land stage.
 *
 * @example
 * ```ts
 * const land = buildLandRecords(42, people, population.records, { year: 2026, month: 1, day: 1 });
 * land.byPerson.get(head.id)?.[0]?.thuaDat; // { maXa: '00004', soTo: 12, soThua: 345 }
 * ```
 */
export function buildLandRecords(
  seed: number,
  people: People,
  population: ReadonlyMap<string, PopulationRecord>,
  asOf: Ymd,
): LandRecords {
  const random = createRandom(seed, 'land');
  const byId = new Map(people.persons.map((p) => [p.id, p]));
  const alive = (p: Person | undefined): p is Person =>
    p !== undefined && p.death === undefined && ageOn(p.birth, asOf) >= 18;

  const heads = people.households.map((h) => byId.get(h.head)!);
  const draws = people.households.map((_, i) =>
    // A head is alive: only the deceased have no permanent residence.
    drawHousehold(random, population.get(heads[i]!.id)!.thuongTru!, heads[i]!, asOf),
  );
  /** The spouse who lives with the head and may hold the home jointly. */
  const spouseOf = (i: number): Person | undefined => {
    const spouse = heads[i]!.spouse === undefined ? undefined : byId.get(heads[i]!.spouse!);
    return alive(spouse) && spouse.household === heads[i]!.household ? spouse : undefined;
  };
  const canOwn = (i: number) => alive(heads[i]);
  const owning = (i: number) => canOwn(i) && draws[i]!.owns;

  // Top-ups (no draws, household order): enough joint holders, renters and second parcels for every
  // tag. Joint first, as it may turn a renter into a holder; renters are taken among heads without a
  // spouse at home, so that the joint holders stay.
  const count = (pick: (i: number) => boolean, weight = 1) =>
    draws.reduce((n, _, i) => n + (pick(i) ? weight : 0), 0);
  const joint = (i: number) => owning(i) && draws[i]!.joint && spouseOf(i) !== undefined;
  for (let i = 0; i < draws.length && count(joint, 2) < MIN_PER_TAG; i++) {
    if (spouseOf(i) !== undefined && canOwn(i)) Object.assign(draws[i]!, { owns: true, joint: true });
  }
  const renting = (i: number) => canOwn(i) && !owning(i);
  for (let i = 0; i < draws.length && count(renting) < MIN_PER_TAG; i++) {
    if (canOwn(i) && spouseOf(i) === undefined) draws[i]!.owns = false;
  }
  for (let i = 0; i < draws.length && count((j) => owning(j) && draws[j]!.farm) < MIN_PER_TAG; i++) {
    if (owning(i)) draws[i]!.farm = true;
  }

  const keys = new ParcelKeys();
  const serials = new Serials();
  const parcels: LandParcelRecord[] = [];
  const byPerson = new Map<string, LandCertificateRecord[]>(people.persons.map((p) => [p.id, []]));
  const holder = (p: Person) => ({ soDinhDanh: p.id, hoVaTen: fullName(p.name) });
  const certify = (
    parcel: LandParcelRecord,
    holders: Person[],
    issued: Ymd,
    serial: [string, number],
    register: number,
    house: Draw['house'],
  ): void => {
    const certificate: LandCertificateRecord = {
      soPhatHanh: serials.take(serial[0], serial[1]),
      soVaoSo: `${issued.year >= 2014 ? 'CS' : 'CH'}${String(register).padStart(5, '0')}`,
      ngayCap: isoDate(issued),
      thuaDat: { maXa: parcel.maXa, soTo: parcel.soTo, soThua: parcel.soThua },
      dienTich: parcel.dienTich,
      mucDich: parcel.mucDich,
      hinhThuc: holders.length > 1 ? 'chung' : 'riêng',
      chuSuDung: holders.map(holder),
      ...(house === undefined ? {} : { nhaO: house }),
    };
    for (const p of holders) byPerson.get(p.id)!.push(certificate);
  };

  draws.forEach((draw, i) => {
    const head = heads[i]!;
    const address = population.get(head.id)!.thuongTru!;
    const key = keys.take(draw.home.maXa, draw.homeSheet, draw.homeParcel);
    const home = {
      ...key,
      maTinh: draw.home.maTinh,
      chiTiet: address.chiTiet,
      dienTich: areaOf(draw.homeUses),
      mucDich: draw.homeUses,
    };
    parcels.push(home);
    if (!owning(i)) return;
    const spouse = joint(i) ? spouseOf(i) : undefined;
    certify(home, spouse ? [head, spouse] : [head], draw.issued, draw.serial, draw.register, draw.house);
    if (!draw.farm) return;
    const farmKey = keys.take(draw.farmCommune.maXa, draw.farmSheet, draw.farmParcel);
    const farm = {
      ...farmKey,
      maTinh: draw.farmCommune.maTinh,
      chiTiet: `Thửa ${farmKey.soThua}, tờ bản đồ ${farmKey.soTo}`,
      dienTich: areaOf(draw.farmUses),
      mucDich: draw.farmUses,
    };
    parcels.push(farm);
    certify(farm, [head], draw.farmIssued, draw.farmSerial, draw.farmRegister, undefined);
  });

  const tags = new Map<string, LandTag[]>();
  for (const person of people.persons) {
    const held = byPerson.get(person.id)!;
    const own: LandTag[] = [];
    if (held.length > 0) own.push('land-owner');
    if (held.some((c) => c.hinhThuc === 'chung')) own.push('land-co-owners');
    if (held.length > 1) own.push('land-second-parcel');
    const i = person.household;
    if (person.relation === 'head' && renting(i)) own.push('land-renting');
    tags.set(person.id, own);
  }
  return { parcels, byPerson, tags };
}
