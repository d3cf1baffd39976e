import { getProvince } from '@onceonly/vn';
import { addYears, ageOn, isoDate, toDayNumber, fromDayNumber } from './dates.js';
import { OLD_PROVINCES, WARDS_2025 } from './data/admin-units.js';
import type { EmployerRef, People, Person, Ymd } from './model.js';
import {
  drawPeriods,
  drawShortPeriod,
  employerLives,
  monthOfDate,
  monthsWithin,
  type WorkSpan,
} from './insurance-periods.js';
import type { InsuranceRecord, RecordContributionPeriod, RecordHealthCard } from './insurance-record.js';
import { createRandom, type Random } from './random.js';

/**
 * The insurance stage: what the insurance database (Bảo hiểm xã hội Việt Nam) holds about each person:
 * a social insurance code, contribution periods at employers of the world (the enterprise stage's
 * list: insurance never invents an employer), and a health insurance card for the living. Draws only
 * from the `insurance` stream, person by person in order, so that persons appended after the seeded
 * ones (custom personas) draw after everyone else and leave the seeded records byte-identical.
 * @module
 */

/** The tags this stage decides. */
export type InsuranceTag = 'no-insurance-history' | 'short-contributions';

/** The stage's output, by personal id. */
export interface InsuranceRecords {
  records: Map<string, InsuranceRecord>;
  tags: Map<string, InsuranceTag[]>;
}

/** Working age in the world: adults under the retirement age (about 61 for men, 57 for women in 2026). */
const RETIREMENT_AGE = { male: 61, female: 57 } as const;
/** The first persons of working age are given each hard case, so that every seed has three. */
const RESERVED_PER_TAG = 3;

const NEW_PROVINCE = new Map(OLD_PROVINCES.map(([code, , newCode]) => [code, newCode]));

/** `Phường Bến Nghé` → `phường Bến Nghé`, as a clinic's name reads. */
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** A card valid for a year from a day in the past year (a child under 6: until the sixth birthday). */
function drawCard(
  random: Random,
  person: Person,
  code: string,
  homeProvince: string,
  group: string,
  asOf: Ymd,
) {
  const level = group === 'TE' ? '1' : group === 'HT' ? '2' : group === 'HN' ? '2' : '4';
  const from = fromDayNumber(Math.max(toDayNumber(asOf) - random.int(1, 330), toDayNumber(person.birth)));
  const until =
    group === 'TE' ? addYears(person.birth, 6) : fromDayNumber(toDayNumber(addYears(from, 1)) - 1);
  const province = NEW_PROVINCE.get(homeProvince) ?? homeProvince;
  const wards = WARDS_2025[province] ?? [];
  const ward = wards.length === 0 ? undefined : random.pick(wards);
  const clinic =
    ward === undefined || random.chance(0.2)
      ? {
          maCoSo: `${province}001`,
          tenCoSo: `Bệnh viện Đa khoa ${lowerFirst(getProvince(province)?.fullName ?? province)}`,
        }
      : { maCoSo: `${province}${ward[0].slice(-3)}`, tenCoSo: `Trạm Y tế ${lowerFirst(ward[1])}` };
  const card: RecordHealthCard = {
    soThe: `${group}${level}${province}${code}`,
    giaTriTu: isoDate(from),
    giaTriDen: isoDate(until),
    mucHuong: level,
    noiDangKyKCB: clinic,
  };
  return card;
}

/** The card's group: child under 6, pupil, employee, pensioner, or insured through the household. */
function groupOf(person: Person, age: number, periods: readonly RecordContributionPeriod[]): string {
  if (age < 6) return 'TE';
  if (age < 18) return 'HS';
  if (periods.some((p) => p.denThang === undefined)) return 'DN';
  if (age >= RETIREMENT_AGE[person.gender] && periods.length > 0) return 'HT';
  return 'GD';
}

/**
 * The insurance stage.
 *
 * @example
 * ```ts
 * const { records, tags } = buildInsuranceRecords(42, people, employers);
 * records.get(id)?.quaTrinhDong[0]?.maSoThue; // an employer of `employers`
 * ```
 */
export function buildInsuranceRecords(
  seed: number,
  people: People,
  employers: readonly EmployerRef[],
  asOf: Ymd = { year: 2026, month: 1, day: 1 },
): InsuranceRecords {
  const random = createRandom(seed, 'insurance');
  const lives = employerLives(employers);
  const current = monthOfDate(asOf);
  const records = new Map<string, InsuranceRecord>();
  const tags = new Map<string, InsuranceTag[]>();
  const usedCodes = new Set<string>();
  let reservedNone = 0;
  let reservedShort = 0;

  for (const person of people.persons) {
    const age = ageOn(person.birth, asOf);
    const alive = person.death === undefined;
    const lastMonth = alive ? current : monthOfDate(person.death!) - 1;
    const working = alive && age >= 18 && age < RETIREMENT_AGE[person.gender];
    // Every draw for this person happens here, in this order, whatever the branch.
    let code = '';
    while (code === '' || usedCodes.has(code)) code = person.birthProvince + random.digits(8);
    usedCodes.add(code);
    const span: WorkSpan = {
      start: monthOfDate(person.birth) + 12 * random.int(18, 26) + random.int(0, 11),
      last: Math.min(lastMonth, monthOfDate(person.birth) + 12 * RETIREMENT_AGE[person.gender]),
      current,
      birthYear: person.birth.year,
    };
    const neverWorked = random.chance(0.08);
    let periods: RecordContributionPeriod[];
    if (working && reservedNone < RESERVED_PER_TAG) {
      reservedNone++;
      periods = [];
    } else if (working && reservedShort < RESERVED_PER_TAG) {
      const short = drawShortPeriod(random, lives, span);
      if (short) reservedShort++;
      periods = short ? [short] : [];
    } else if (neverWorked || age < 18) {
      periods = [];
    } else {
      periods = drawPeriods(random, lives, span);
    }
    const running = periods.some((p) => p.denThang === undefined);
    const record: InsuranceRecord = {
      maSoBHXH: code,
      trangThaiThamGia: running ? '1' : periods.length > 0 ? '2' : '3',
      quaTrinhDong: periods,
    };
    const homeProvince = people.households[person.household]!.homeProvince;
    const group = groupOf(person, age, periods);
    const card = drawCard(random, person, code, homeProvince, group, asOf);
    if (alive) record.theBHYT = card;
    records.set(person.id, record);

    const personTags: InsuranceTag[] = [];
    if (working && periods.length === 0) personTags.push('no-insurance-history');
    // The window the adapter's `monthsInLast24` reads: the 24 months up to the world's month.
    const recent = monthsWithin(periods, current - 23, current);
    if (working && recent >= 1 && recent <= 11) personTags.push('short-contributions');
    tags.set(person.id, personTags);
  }
  return { records, tags };
}
