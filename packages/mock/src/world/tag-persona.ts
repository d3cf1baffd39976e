import type { PopulationRecord as CitizenWire } from './record.js';
import { ageOn } from './dates.js';
import type { Person, Ymd } from './model.js';
import { fullName, RARE_LETTERS } from './names.js';
import { sortTags, type WorldTag } from './tags.js';

/**
 * The tags of one persona: those that follow from who they are (age, marital status, name) and those a
 * database stage decided (passed in).
 *
 * @example
 * ```ts
 * tagPersona(person, record, ['old-id'], { year: 2026, month: 1, day: 1 }); // ['adult', 'married', 'old-id', ...]
 * ```
 */
export function tagPersona(
  person: Person,
  record: CitizenWire,
  decided: readonly WorldTag[],
  asOf: Ymd,
): WorldTag[] {
  const tags: WorldTag[] = [...decided];
  const adult = ageOn(person.birth, asOf) >= 18;
  tags.push(adult ? 'adult' : 'minor');
  if (person.birth.year < 1945) tags.push('elderly');
  if (person.birth.year >= 2000 && person.birth.year <= 2009) tags.push('born-2000s');
  if (person.marital !== 'single') tags.push(person.marital);
  else if (adult) tags.push('single');
  if (person.relation === 'head') tags.push('household-head');
  const name = fullName(person.name);
  if (RARE_LETTERS.test(name)) tags.push('rare-diacritics');
  if (/[Đđ]/u.test(name)) tags.push('d-stroke');
  if (person.name.middle === '') tags.push('no-middle-name');
  if (record.cha === undefined && record.me === undefined) tags.push('no-parents-on-record');
  return sortTags(tags);
}
