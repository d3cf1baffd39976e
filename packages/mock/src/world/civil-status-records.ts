import { isoDate } from './dates.js';
import type { People, Person, Ymd } from './model.js';
import { fullName } from './names.js';
import { communeIn, daysAfter } from './civil-status-places.js';
import {
  buildMarriageRecord,
  currentMarriageOf,
  type MarriageContext,
  marriageKey,
} from './civil-status-marriages.js';
import type {
  ChaMeRecord,
  CivilStatusRecord,
  KetHonRecord,
  KhaiSinhRecord,
  KhaiTuRecord,
  NguoiRecord,
} from './civil-status-record.js';
import { createRandom } from './random.js';

/**
 * The civil status stage: what the electronic civil status database (`hộ tịch`) holds about each
 * person: the birth registration, every marriage registration (one record per marriage, shared by both
 * spouses, a divorce noted against it), and the death registration.
 *
 * Who has an electronic birth record: everyone born since 2016 (the Law on Civil Status 2014 made the
 * register electronic from 2016-01-01); of those born 1975–2015, whose paper books were digitised, nine
 * in ten; nobody born before 1975. Without one, the birth lookup answers "not found" (tag
 * `no-birth-record`).
 *
 * Draws only from streams named `civil-status:…`, one per record (the person's birth, their death, the
 * marriage): a record depends on nothing but its subject, so the stage gives the same records for the
 * seeded persons whether or not custom persons are appended, and in whatever order it visits them.
 * @module
 */

/** Tags this stage decides. */
export type CivilStatusTag = 'no-birth-record';

/** The stage's output. */
export interface CivilStatusRecords {
  /** What the database holds, by personal id. */
  records: Map<string, CivilStatusRecord>;
  /** Every marriage registration once, in the order first met. */
  marriages: KetHonRecord[];
  /** Tags, by personal id. */
  tags: Map<string, CivilStatusTag[]>;
}

const MARITAL_CODES = { single: '1', married: '2', divorced: '3', widowed: '4' } as const;
const BIRTH_PLACES = ['Bệnh viện đa khoa tỉnh', 'Bệnh viện Phụ sản', 'Trạm y tế xã', 'Trung tâm y tế huyện'];
const DEATH_PLACES = ['Tại nhà riêng', 'Tại nhà riêng', 'Bệnh viện đa khoa tỉnh', 'Trung tâm y tế huyện'];
/** Since this day the civil status register is electronic. */
const ELECTRONIC_SINCE = 2016;
/** Births before this year were not digitised. */
const DIGITISED_FROM = 1975;

const genderCode = (person: Person) => (person.gender === 'male' ? '1' : '2');

function subjectOf(person: Person): NguoiRecord {
  return {
    soDinhDanh: person.id,
    hoVaTen: fullName(person.name),
    gioiTinh: genderCode(person),
    ngaySinh: isoDate(person.birth),
    quocTich: 'VN',
  };
}

function parentOf(id: string | undefined, name: string | undefined, byId: ReadonlyMap<string, Person>) {
  const parent = id === undefined ? undefined : byId.get(id);
  if (parent !== undefined) {
    const record: ChaMeRecord = {
      hoVaTen: fullName(parent.name),
      soDinhDanh: parent.id,
      namSinh: String(parent.birth.year),
      quocTich: 'VN',
    };
    return record;
  }
  return name === undefined ? undefined : ({ hoVaTen: name, quocTich: 'VN' } satisfies ChaMeRecord);
}

function birthRecordOf(person: Person, ctx: MarriageContext): KhaiSinhRecord | undefined {
  const random = createRandom(ctx.seed, `civil-status:birth:${person.id}`);
  const digitised = random.chance(0.9);
  if (person.birth.year < DIGITISED_FROM) return undefined;
  if (person.birth.year < ELECTRONIC_SINCE && !digitised) return undefined;
  const registered = daysAfter(person.birth, random.int(3, 60), ctx.asOf);
  const [year, month, day] = registered.split('-').map(Number) as [number, number, number];
  const commune = communeIn(random, person.birthProvince, { year, month, day });
  const record: KhaiSinhRecord = {
    soDangKy: String(random.int(1, 900)),
    quyenSo: `01/${year}`,
    ngayDangKy: registered,
    coQuanDangKy: commune.authority,
    nguoiDuocKhaiSinh: subjectOf(person),
    noiSinh: { ...commune.place, chiTiet: random.pick(BIRTH_PLACES) },
  };
  const father = parentOf(person.father, person.fatherName, ctx.byId);
  if (father) record.cha = father;
  const mother = parentOf(person.mother, person.motherName, ctx.byId);
  if (mother) record.me = mother;
  return record;
}

function deathRecordOf(person: Person, death: Ymd, homeProvince: string, ctx: MarriageContext): KhaiTuRecord {
  const random = createRandom(ctx.seed, `civil-status:death:${person.id}`);
  const registered = daysAfter(death, random.int(1, 15), ctx.asOf);
  const [year, month, day] = registered.split('-').map(Number) as [number, number, number];
  const commune = communeIn(random, homeProvince, { year, month, day });
  return {
    soDangKy: String(random.int(1, 300)),
    quyenSo: `01/${year}`,
    ngayDangKy: registered,
    coQuanDangKy: commune.authority,
    nguoiDaKhuat: subjectOf(person),
    ngayChet: isoDate(death),
    noiChet: { ...commune.place, chiTiet: random.pick(DEATH_PLACES) },
  };
}

/**
 * Builds the civil status records of every person of `people`, relative to the world's today `asOf`.
 *
 * @example
 * ```ts
 * const civil = buildCivilStatusRecords(42, people, { year: 2026, month: 1, day: 1 });
 * civil.records.get(person.id)?.ketHon; // every marriage registration, earliest first
 * ```
 */
export function buildCivilStatusRecords(seed: number, people: People, asOf: Ymd): CivilStatusRecords {
  const byId = new Map(people.persons.map((person) => [person.id, person]));
  const ctx: MarriageContext = { seed, byId, asOf };
  const records = new Map<string, CivilStatusRecord>();
  const tags = new Map<string, CivilStatusTag[]>();
  const byKey = new Map<string, KetHonRecord>();
  for (const person of people.persons) {
    const history = person.marriages ?? currentMarriageOf(person, ctx);
    const ketHon = [...history]
      .sort((a, b) => isoDate(a.registered).localeCompare(isoDate(b.registered)))
      .map((marriage) => {
        const key = marriageKey(person, marriage);
        const known = byKey.get(key);
        if (known) return known;
        const built = buildMarriageRecord(person, marriage, ctx);
        byKey.set(key, built);
        return built;
      });
    const record: CivilStatusRecord = { tinhTrangHonNhan: MARITAL_CODES[person.marital], ketHon };
    const birth = birthRecordOf(person, ctx);
    if (birth) record.khaiSinh = birth;
    if (person.death !== undefined) {
      const home = people.households[person.household]?.homeProvince ?? person.birthProvince;
      record.khaiTu = deathRecordOf(person, person.death, home, ctx);
    }
    records.set(person.id, record);
    tags.set(person.id, birth ? [] : ['no-birth-record']);
  }
  return { records, marriages: [...byKey.values()], tags };
}
