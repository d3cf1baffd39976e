import { addYears, isoDate } from './dates.js';
import type { Marriage, Person, Ymd } from './model.js';
import { fullName } from './names.js';
import { communeIn, daysAfter } from './civil-status-places.js';
import type { BenKetHonRecord, KetHonRecord } from './civil-status-record.js';
import { createRandom } from './random.js';

/**
 * Marriage registrations of the civil status stage: one record per marriage, the same object in both
 * spouses' histories, built from `Person.marriages` (or, on a people model without marriage histories,
 * from the current `spouse`). Each record draws from its own stream named by the marriage (the couple
 * and the date), so a record never depends on the order people are visited in, and people appended to
 * the world (custom personas) cannot shift a seeded record.
 * @module
 */

/** What the marriages need of the world: persons by id, the seed, the world's today. */
export interface MarriageContext {
  seed: number;
  byId: ReadonlyMap<string, Person>;
  asOf: Ymd;
}

function partyOf(person: Person): BenKetHonRecord {
  return {
    hoVaTen: fullName(person.name),
    soDinhDanh: person.id,
    quocTich: 'VN',
    ngaySinh: isoDate(person.birth),
  };
}

/** The key of a marriage: the couple (sorted ids, or the person and the outside spouse) and the date. */
export function marriageKey(person: Person, marriage: Marriage): string {
  const couple =
    marriage.spouse !== undefined
      ? [person.id, marriage.spouse].sort().join('+')
      : `${person.id}+${marriage.outsideSpouse?.fullName ?? '?'}`;
  return `${couple}@${isoDate(marriage.registered)}`;
}

/**
 * The one marriage a person without a marriage history has, when they are married to a persona: the
 * same for both spouses (drawn from the couple's stream; registered when the younger was 20 to 28).
 */
export function currentMarriageOf(person: Person, ctx: MarriageContext): Marriage[] {
  if (person.marital !== 'married' || person.spouse === undefined) return [];
  const spouse = ctx.byId.get(person.spouse);
  if (spouse === undefined) return [];
  // Everything from the couple in id order, so that both spouses derive the same marriage.
  const [a, b] = [person, spouse].sort((x, y) => (x.id < y.id ? -1 : 1)) as [Person, Person];
  const random = createRandom(ctx.seed, `civil-status:couple:${a.id}+${b.id}`);
  const younger = isoDate(a.birth) >= isoDate(b.birth) ? a : b;
  const husband = a.gender === 'male' ? a : b;
  let registered = addYears(younger.birth, random.int(20, 28));
  if (isoDate(registered) > isoDate(ctx.asOf)) registered = addYears(ctx.asOf, -1);
  return [{ spouse: spouse.id, registered, province: husband.birthProvince }];
}

/** The registration of one marriage, seen from `person` (who is one of the spouses). */
export function buildMarriageRecord(person: Person, marriage: Marriage, ctx: MarriageContext): KetHonRecord {
  const random = createRandom(ctx.seed, `civil-status:marriage:${marriageKey(person, marriage)}`);
  const self = partyOf(person);
  let other: BenKetHonRecord;
  let otherIsMale: boolean;
  const spouse = marriage.spouse === undefined ? undefined : ctx.byId.get(marriage.spouse);
  if (spouse !== undefined) {
    other = partyOf(spouse);
    otherIsMale = spouse.gender === 'male';
  } else {
    const outside = marriage.outsideSpouse;
    other = {
      hoVaTen: outside?.fullName ?? 'Không rõ',
      quocTich: outside?.nationality ?? 'VN',
      ngaySinh: String(outside?.birthYear ?? person.birth.year),
    };
    // A foreign national marries on their passport: no Vietnamese personal id.
    if (other.quocTich !== 'VN') other.hoChieu = `${random.pick(['M', 'E', 'P', 'G'])}${random.digits(8)}`;
    otherIsMale = outside?.gender === 'male';
  }
  const commune = communeIn(random, marriage.province, marriage.registered);
  const record: KetHonRecord = {
    soDangKy: String(random.int(1, 400)),
    quyenSo: `01/${marriage.registered.year}`,
    ngayDangKy: isoDate(marriage.registered),
    coQuanDangKy: commune.authority,
    chong: otherIsMale ? other : self,
    vo: otherIsMale ? self : other,
    trangThai: '1',
  };
  const ended = marriage.ended;
  if (ended?.by === 'death') {
    record.trangThai = '3';
    record.ngayChamDut = isoDate(ended.date);
  } else if (ended?.by === 'divorce') {
    // The divorce is recorded against the marriage (ghi chú ly hôn), with the court's decision.
    const court = communeIn(random, marriage.province, ended.date).court;
    record.trangThai = '2';
    record.ngayChamDut = isoDate(ended.date);
    record.ghiChuLyHon = {
      soQuyetDinh: `${random.int(1, 450)}/${ended.date.year}/QĐST-HNGĐ`,
      ngayQuyetDinh: isoDate(ended.date),
      toaAn: court,
      ngayGhiChu: daysAfter(ended.date, random.int(5, 40), ctx.asOf),
    };
  }
  return record;
}
