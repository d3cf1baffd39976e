import type { EnterpriseStatusCode, HouseholdBusinessStatusCode, LegalFormCode } from '@onceonly/enterprise';
import { addYears, ageOn, fromDayNumber, isoDate, toDayNumber } from './dates.js';
import { HOUSEHOLD_TRADES, SECTORS, TAX_PREFIXES } from './enterprise-data.js';
import { drawAddress, drawNames, drawTaxCode, titleOf } from './enterprise-draw.js';
import type { EnterpriseRecord, HouseholdBusinessRecord, PersonaEnterprise } from './enterprise-record.js';
import type { EmployerRef, People, Person, Ymd } from './model.js';
import { fullName } from './names.js';
import { createRandom, type Random } from './random.js';

/**
 * The enterprise stage: what the business registration database holds. Enterprises whose legal
 * representative is a living adult persona, with valid tax codes, founding dates after the
 * representative came of age, some dissolved; household businesses owned by personas. Draws only from
 * the `enterprise` stream (and `enterprise:top-up`), so no other stage shifts when this one changes.
 *
 * Every person makes the same two draws in list order, whether or not they found anything: people a
 * test appends at the end of the list draw after everyone else, so the seeded persons' enterprises stay
 * the same.
 * @module
 */

const MIN_PER_TAG = 3;
/** Enterprises registered since the tax-code system of 1998; older firms re-registered then. */
const EARLIEST = toDayNumber({ year: 1998, month: 7, day: 1 });

/** What the enterprise stage adds per person. */
export type EnterpriseTag = 'enterprise-representative' | 'dissolved-enterprise' | 'household-business';

/** The enterprise stage's output. */
export interface EnterpriseRecords {
  enterprises: EnterpriseRecord[];
  householdBusinesses: HouseholdBusinessRecord[];
  /** Per personal id, only for people the database links to something. */
  byPerson: Map<string, PersonaEnterprise>;
  tags: Map<string, EnterpriseTag[]>;
}

type SizeClass = 'micro' | 'small' | 'medium' | 'large';
const EMPLOYEES: Record<SizeClass, readonly [number, number]> = {
  micro: [1, 9],
  small: [10, 99],
  medium: [100, 299],
  large: [300, 4000],
};
/** Charter capital bounds in billions of đồng. */
const CAPITAL: Record<SizeClass, readonly [number, number]> = {
  micro: [0.5, 5],
  small: [2, 50],
  medium: [20, 300],
  large: [100, 3000],
};
const STATUSES: readonly (readonly [EnterpriseStatusCode, number])[] = [
  ['01', 80],
  ['02', 6],
  ['03', 2],
  ['04', 10],
  ['05', 2],
];

const canRepresent = (person: Person, asOf: Ymd) =>
  person.death === undefined && ageOn(person.birth, asOf) >= 21;

function between(random: Random, from: number, to: number): Ymd {
  return fromDayNumber(random.int(from, Math.max(from, to)));
}

/** One enterprise represented by `person`; `dissolve` forces a dissolution (the top-up). */
function drawEnterprise(
  random: Random,
  person: Person,
  asOf: Ymd,
  used: { codes: Set<string>; names: Set<string> },
  dissolve = false,
): EnterpriseRecord {
  const today = toDayNumber(asOf);
  const sector = random.pick(SECTORS);
  const size = random.weighted<SizeClass>([
    ['micro', 55],
    ['small', 30],
    ['medium', 10 * sector.labour],
    ['large', 3 * sector.labour],
  ]);
  const big = size === 'large' || size === 'medium';
  const form = random.weighted<LegalFormCode>([
    ['01', big ? 10 : 40],
    ['02', big ? 20 : 25],
    ['03', big ? 70 : 20],
    ['04', big ? 0 : 1],
    ['05', big ? 0 : 10],
  ]);
  const [prefix, province] = random.weighted(TAX_PREFIXES.map(([p, o, w]) => [[p, o], w] as const));
  const names = drawNames(random, form, sector, big || random.chance(0.6), used.names);
  const founded = between(random, Math.max(EARLIEST, toDayNumber(addYears(person.birth, 20))), today - 60);
  let status = random.weighted(STATUSES);
  const canDissolve = toDayNumber(founded) + 400 < today - 30;
  if (dissolve && canDissolve) status = '04';
  if (status === '04' && !canDissolve) status = '01';
  const dissolved = status === '04' ? between(random, toDayNumber(founded) + 365, today - 30) : undefined;
  const [minEmployees, maxEmployees] = EMPLOYEES[size];
  const [minCapital, maxCapital] = CAPITAL[size];
  const lines = [sector.lines[0]!, ...sector.lines.slice(1).filter(() => random.chance(0.6))];
  return {
    maSoDoanhNghiep: drawTaxCode(random, prefix, used.codes),
    ...names,
    tinhTrang: status,
    loaiHinh: form,
    ngayThanhLap: isoDate(founded),
    ...(dissolved === undefined ? {} : { ngayGiaiThe: isoDate(dissolved) }),
    truSoChinh: drawAddress(random, province),
    nguoiDaiDien: { soDinhDanh: person.id, hoVaTen: fullName(person.name), chucDanh: titleOf(random, form) },
    nganhNghe: lines.map(([maNganh, tenNganh], i) => ({ maNganh, tenNganh, laNganhChinh: i === 0 })),
    vonDieuLe: Math.round(minCapital * 10 + random.next() * (maxCapital - minCapital) * 10) * 100_000_000,
    soLaoDong: random.int(minEmployees, maxEmployees),
  };
}

/** A household business owned by `person`, in their household's home province. */
function drawHouseholdBusiness(
  random: Random,
  person: Person,
  homeProvince: string,
  asOf: Ymd,
  used: { codes: Set<string>; numbers: Set<string> },
): HouseholdBusinessRecord {
  const [shop, maNganh, tenNganh] = random.pick(HOUSEHOLD_TRADES);
  const registered = between(
    random,
    Math.max(EARLIEST, toDayNumber(addYears(person.birth, 18))),
    toDayNumber(asOf) - 30,
  );
  const status = random.weighted<HouseholdBusinessStatusCode>([
    ['01', 85],
    ['02', 10],
    ['03', 5],
  ]);
  let soDangKy = '';
  while (soDangKy === '' || used.numbers.has(soDangKy)) {
    soDangKy = `${homeProvince}${random.pick(['A', 'B', 'C', 'D', 'E', 'K'])}8${random.digits(6)}`;
  }
  used.numbers.add(soDangKy);
  return {
    soDangKy,
    maSoThue: drawTaxCode(random, '8', used.codes),
    tenHoKinhDoanh: `Hộ kinh doanh ${shop} ${person.name.given}`.toUpperCase(),
    tinhTrang: status,
    ngayDangKy: isoDate(registered),
    diaChi: drawAddress(random, homeProvince),
    chuHo: { soDinhDanh: person.id, hoVaTen: fullName(person.name) },
    nganhNghe: [{ maNganh, tenNganh, laNganhChinh: true }],
    vonKinhDoanh: random.int(1, 40) * 50_000_000,
    soLaoDong: random.int(1, 9),
  };
}

/**
 * The enterprise stage for `people` on the world's date `asOf`.
 *
 * @example
 * ```ts
 * const { enterprises } = buildEnterpriseRecords(42, people, { year: 2026, month: 1, day: 1 });
 * enterprises[0].maSoDoanhNghiep; // '0103345678'
 * ```
 */
export function buildEnterpriseRecords(seed: number, people: People, asOf: Ymd): EnterpriseRecords {
  const random = createRandom(seed, 'enterprise');
  const used = { codes: new Set<string>(), names: new Set<string>(), numbers: new Set<string>() };
  const enterprises: EnterpriseRecord[] = [];
  const householdBusinesses: HouseholdBusinessRecord[] = [];
  const homeOf = (person: Person) => people.households[person.household]!.homeProvince;

  for (const person of people.persons) {
    const founds = random.next();
    const trades = random.next();
    if (!canRepresent(person, asOf)) continue;
    if (founds < 0.17) {
      enterprises.push(drawEnterprise(random, person, asOf, used));
      if (founds < 0.02) enterprises.push(drawEnterprise(random, person, asOf, used));
    } else if (trades < 0.08) {
      householdBusinesses.push(drawHouseholdBusiness(random, person, homeOf(person), asOf, used));
    }
  }

  // Small worlds: top up each tag to three personas, seeded persons first, from a stream of its own.
  const topUp = createRandom(seed, 'enterprise:top-up');
  const withTag = (ids: Iterable<string>) => new Set(ids);
  const candidates = (taken: Set<string>) =>
    people.persons.filter((p) => canRepresent(p, asOf) && !taken.has(p.id));
  const representatives = withTag(enterprises.map((e) => e.nguoiDaiDien.soDinhDanh));
  for (const person of candidates(representatives).slice(
    0,
    Math.max(0, MIN_PER_TAG - representatives.size),
  )) {
    enterprises.push(drawEnterprise(topUp, person, asOf, used));
    representatives.add(person.id);
  }
  const dissolvedBy = () =>
    withTag(enterprises.filter((e) => e.tinhTrang === '04').map((e) => e.nguoiDaiDien.soDinhDanh));
  for (const person of candidates(dissolvedBy())) {
    if (dissolvedBy().size >= MIN_PER_TAG) break;
    if (toDayNumber(addYears(person.birth, 23)) > toDayNumber(asOf)) continue;
    enterprises.push(drawEnterprise(topUp, person, asOf, used, true));
  }
  const owners = withTag(householdBusinesses.map((h) => h.chuHo.soDinhDanh));
  for (const person of candidates(owners).slice(0, Math.max(0, MIN_PER_TAG - owners.size))) {
    householdBusinesses.push(drawHouseholdBusiness(topUp, person, homeOf(person), asOf, used));
  }

  // Some large employers, whatever the draw: the first three companies still trading are of factory
  // size (never a count over the whole list, which people appended by a test would change).
  const trading = enterprises
    .filter((e) => e.tinhTrang === '01' && e.loaiHinh !== '05')
    .slice(0, MIN_PER_TAG);
  for (const grown of trading.filter((e) => e.soLaoDong < EMPLOYEES.large[0])) {
    grown.soLaoDong = EMPLOYEES.large[0] + grown.soLaoDong * 3;
    grown.vonDieuLe = Math.max(grown.vonDieuLe, CAPITAL.large[0] * 1_000_000_000);
  }

  const byPerson = new Map<string, { representativeOf: string[]; householdBusinesses: string[] }>();
  const tags = new Map<string, EnterpriseTag[]>();
  const entry = (id: string) => {
    const found = byPerson.get(id) ?? { representativeOf: [], householdBusinesses: [] };
    byPerson.set(id, found);
    return found;
  };
  const tag = (id: string, value: EnterpriseTag) => {
    const list = tags.get(id) ?? [];
    if (!list.includes(value)) list.push(value);
    tags.set(id, list);
  };
  for (const enterprise of enterprises) {
    const id = enterprise.nguoiDaiDien.soDinhDanh;
    entry(id).representativeOf.push(enterprise.maSoDoanhNghiep);
    tag(id, 'enterprise-representative');
    if (enterprise.tinhTrang === '04') tag(id, 'dissolved-enterprise');
  }
  for (const business of householdBusinesses) {
    entry(business.chuHo.soDinhDanh).householdBusinesses.push(business.soDangKy);
    tag(business.chuHo.soDinhDanh, 'household-business');
  }
  return { enterprises, householdBusinesses, byPerson, tags };
}

/**
 * The world's enterprises as employers, for the insurance stage: a contribution period names one of
 * these, starts after its founding and ends by its dissolution.
 *
 * @example
 * ```ts
 * employersOf(world.enterprises)[0]; // { taxCode: '0103345678', name: 'CÔNG TY TNHH ...', founded: {...} }
 * ```
 */
export function employersOf(enterprises: readonly EnterpriseRecord[]): EmployerRef[] {
  const ymd = (iso: string): Ymd => {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    return { year, month, day };
  };
  return enterprises.map((e) => ({
    taxCode: e.maSoDoanhNghiep,
    name: e.tenTiengViet,
    founded: ymd(e.ngayThanhLap),
    ...(e.ngayGiaiThe === undefined ? {} : { dissolved: ymd(e.ngayGiaiThe) }),
  }));
}
