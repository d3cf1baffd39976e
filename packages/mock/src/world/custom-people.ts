import { readFileSync } from 'node:fs';
import { InputError } from '@onceonly/core';
import { isValidOldId, normalizeName, parseDate, parsePersonalId, type VnDate } from '@onceonly/vn';
import { OLD_PROVINCES } from './data/admin-units.js';
import type { WorldMaritalStatus } from './model.js';

/**
 * The people a test adds to a seeded world (`createWorld(seed, { people })`): partial descriptions,
 * checked here (a clear `InputError` naming the field, never its value), completed by `custom-builder.ts`.
 * @module
 */

/**
 * A person a test adds to the world: say what matters to the test, the generator fills the rest
 * consistently (from its own `custom` stream, so the seeded world does not move). Every field is optional.
 *
 * @example
 * ```ts
 * const world = createWorld(42, {
 *   people: [{ fullName: 'Lữ Thị Mỹ', gender: 'female', birthDate: '1950', oldId: '123456789', tags: ['applicant'] }],
 * });
 * world.byTag('applicant')[0]!.population.ngaySinh; // '1950'
 * ```
 */
export interface PersonDescription {
  /** Full name, family name first (`Nguyễn Thị Ngọc Diễm`): the first word is the family name, the last the given name. */
  fullName?: string;
  gender?: 'male' | 'female';
  /**
   * `yyyy-mm-dd` (the record holds the whole date), or `mm/yyyy` / `yyyy`: the record holds only that
   * (the true date is drawn within it).
   */
  birthDate?: string;
  /** A valid 12-digit personal id; its gender, century and year must agree with `gender` and `birthDate`. */
  personalId?: string;
  /** An old 9-digit identity card number for the record to hold as well (`soCMND`). */
  oldId?: string;
  /** Pre-2025 province code (2 digits) where the birth was registered; the personal id's digits 2–3. */
  province?: string;
  /** Marital status; a spouse is someone outside the world. Default `single`. Minors are `single`. */
  marital?: WorldMaritalStatus;
  /** Extra tags to find them with `world.byTag` (lowercase letters, digits and `-`); `custom` is always added. */
  tags?: readonly string[];
}

/** A description as read from JSON, checked. */
export interface CheckedDescription {
  fullName?: string;
  gender?: 'male' | 'female';
  birth?: VnDate;
  personalId?: string;
  oldId?: string;
  province?: string;
  marital?: WorldMaritalStatus;
  tags: readonly string[];
}

const KEYS = new Set([
  'fullName',
  'gender',
  'birthDate',
  'personalId',
  'oldId',
  'province',
  'marital',
  'tags',
]);
const MARITAL = new Set(['single', 'married', 'divorced', 'widowed']);
const PROVINCES = new Set(OLD_PROVINCES.map(([code]) => code));
const NAME = /^[\p{L}]+( [\p{L}]+)+$/u;
const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;

const invalid = (field: string, why: string) =>
  new InputError({
    code: 'INVALID_INPUT',
    message: `createWorld: people${field.replaceAll('/', '.').replace(/^\.(\d+)/, '[$1]')} ${why}.`,
    fields: [`/people${field}`],
  });

function checkOne(value: unknown, i: number, asOf: string): CheckedDescription {
  const at = (field: string) => `/${i}${field === '' ? '' : `/${field}`}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(at(''), 'is not an object');
  }
  const d = value as Record<string, unknown>;
  for (const key of Object.keys(d)) if (!KEYS.has(key)) throw invalid(at(key), 'is not a known field');
  const text = (key: string) => {
    if (d[key] !== undefined && typeof d[key] !== 'string') throw invalid(at(key), 'must be a string');
    return d[key] as string | undefined;
  };
  const checked: CheckedDescription = { tags: [] };
  const fullName = text('fullName');
  if (fullName !== undefined) {
    const name = normalizeName(fullName);
    if (!NAME.test(name)) throw invalid(at('fullName'), 'must be two or more words of letters');
    checked.fullName = name;
  }
  const gender = text('gender');
  if (gender !== undefined && gender !== 'male' && gender !== 'female') {
    throw invalid(at('gender'), "must be 'male' or 'female'");
  }
  if (gender !== undefined) checked.gender = gender;
  const birthDate = text('birthDate');
  if (birthDate !== undefined) {
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(birthDate)
      ? parseDate(birthDate.split('-').reverse().join('/'))
      : /^(\d{2}\/)?\d{4}$/.test(birthDate)
        ? parseDate(birthDate)
        : undefined;
    if (parsed === undefined || !parsed.ok) {
      throw invalid(at('birthDate'), "must be 'yyyy-mm-dd', 'mm/yyyy' or 'yyyy'");
    }
    const first = `${String(parsed.value.year).padStart(4, '0')}-${String(parsed.value.precision === 'year' ? 1 : parsed.value.month).padStart(2, '0')}-01`;
    if (first > asOf || parsed.value.year < 1900) {
      throw invalid(at('birthDate'), "must be after 1900 and before the world's date");
    }
    checked.birth = parsed.value;
  }
  const personalId = text('personalId');
  if (personalId !== undefined) {
    const parsed = parsePersonalId(personalId);
    if (!parsed.ok) throw invalid(at('personalId'), 'is not a valid personal id');
    if (checked.gender !== undefined && parsed.value.gender !== checked.gender) {
      throw invalid(at('personalId'), 'encodes another gender than `gender`');
    }
    if (checked.birth !== undefined && parsed.value.birthYear !== checked.birth.year) {
      throw invalid(at('personalId'), 'encodes another birth year than `birthDate`');
    }
    if (!PROVINCES.has(parsed.value.provinceCode.slice(1))) {
      throw invalid(at('personalId'), 'encodes a province the world does not know');
    }
    checked.personalId = personalId;
  }
  const oldId = text('oldId');
  if (oldId !== undefined && !isValidOldId(oldId)) throw invalid(at('oldId'), 'is not a 9-digit old id');
  if (oldId !== undefined) checked.oldId = oldId;
  const province = text('province');
  if (province !== undefined) {
    if (!PROVINCES.has(province)) throw invalid(at('province'), 'is not a pre-2025 province code');
    if (checked.personalId !== undefined && checked.personalId.slice(1, 3) !== province) {
      throw invalid(at('province'), 'is not the province the personal id encodes');
    }
    checked.province = province;
  }
  const marital = text('marital');
  if (marital !== undefined && !MARITAL.has(marital)) {
    throw invalid(at('marital'), "must be 'single', 'married', 'divorced' or 'widowed'");
  }
  if (marital !== undefined) checked.marital = marital as WorldMaritalStatus;
  if (d.tags !== undefined) {
    if (!Array.isArray(d.tags)) throw invalid(at('tags'), 'must be an array of tags');
    d.tags.forEach((tag, j) => {
      if (typeof tag !== 'string' || !TAG.test(tag)) {
        throw invalid(at(`tags/${j}`), 'must be lowercase letters, digits and -');
      }
    });
    checked.tags = d.tags as string[];
  }
  return checked;
}

/**
 * The descriptions of `people` (an array, or the path of a JSON file holding one, read synchronously),
 * checked. Throws an `InputError` naming the first bad field (`/people/0/birthDate`).
 */
export function readPeople(
  people: readonly PersonDescription[] | string,
  asOf: string,
): CheckedDescription[] {
  let list: unknown = people;
  if (typeof people === 'string') {
    try {
      list = JSON.parse(readFileSync(people, 'utf8'));
    } catch {
      throw new InputError({
        code: 'INVALID_INPUT',
        message: 'createWorld: people names a file that cannot be read as JSON.',
        fields: ['/people'],
      });
    }
  }
  if (!Array.isArray(list)) throw invalid('', 'must be an array of person descriptions');
  return list.map((value, i) => checkOne(value, i, asOf));
}
