import type { PopulationRecord as CitizenWire } from './record.js';
import { ageOn } from './dates.js';
import type { Person, Ymd } from './model.js';
import { fullName, RARE_LETTERS } from './names.js';
import { type PersonaTag, sortTags, type WorldTag } from './tags.js';

/** What a persona's tags need to know beyond the person and their record. */
export interface TagFacts {
  asOf: Ymd;
  /** How many people live in the person's household. */
  householdSize: number;
  /** Whether a parent of theirs is a deceased person of the world. */
  deceasedParent: boolean;
}

/**
 * The tags of one persona: those that follow from who they are (age, marital status, name) and those a
 * database stage decided (passed in). A deceased persona carries `deceased` (and `elderly`) only.
 *
 * @example
 * ```ts
 * tagPersona(person, record, ['old-id'], { asOf, householdSize: 3, deceasedParent: false }); // ['adult', 'married', 'old-id', ...]
 * ```
 */
export function tagPersona(
  person: Person,
  record: CitizenWire,
  decided: readonly WorldTag[],
  facts: TagFacts,
): WorldTag[] {
  const elderly = person.birth.year < 1945;
  if (person.death !== undefined) return sortTags(elderly ? ['deceased', 'elderly'] : ['deceased']);
  const tags: WorldTag[] = [...decided];
  const adult = ageOn(person.birth, facts.asOf) >= 18;
  tags.push(adult ? 'adult' : 'minor');
  if (elderly) tags.push('elderly');
  if (person.birth.year >= 2000 && person.birth.year <= 2009) tags.push('born-2000s');
  if (person.marital !== 'single') tags.push(person.marital);
  else if (adult) tags.push('single');
  const marriages = person.marriages ?? [];
  const current = person.marital === 'married' ? marriages.at(-1) : undefined;
  if (current !== undefined && marriages.length >= 2) tags.push('remarried');
  if (current?.outsideSpouse !== undefined && current.outsideSpouse.nationality !== 'VN') {
    tags.push('foreign-spouse');
  }
  if (facts.deceasedParent) tags.push('deceased-parent');
  if (person.relation === 'head') tags.push('household-head');
  if (facts.householdSize >= 12) tags.push('large-household');
  const name = fullName(person.name);
  if (RARE_LETTERS.test(name)) tags.push('rare-diacritics');
  if (/[Đđ]/u.test(name)) tags.push('d-stroke');
  if (person.name.middle === '') tags.push('no-middle-name');
  if (record.cha === undefined && record.me === undefined) tags.push('no-parents-on-record');
  return sortTags(tags);
}

/** A persona's whole tag list: the world tags, then, for people a test added, `custom` and their own tags, as given. */
export function withCustomTags(person: Person, tags: readonly WorldTag[]): PersonaTag[] {
  return person.custom ? [...tags, 'custom', ...(person.customRecord?.tags ?? [])] : [...tags];
}
