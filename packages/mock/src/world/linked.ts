import type { EnterpriseRecord } from './enterprise-record.js';
import type { People } from './model.js';
import type { Persona } from './types.js';

/**
 * `world.linked(persona, relation)`: the personas a persona is related to, read from stage one's
 * people (who is whose spouse, parent, representative, housemate).
 * @module
 */

/**
 * How a persona can be linked: to other personas, or (`'employer'`) to the enterprise their running
 * insurance contribution period names. A later database stage adds its own relation here and a `case`
 * in {@link createLinks}.
 */
export type WorldRelation = 'spouse' | 'children' | 'parents' | 'household' | 'representative' | 'employer';

/** What `linked` gives for each relation: one persona or none, or a list (possibly empty). */
export interface LinkedPersonas {
  /** The current spouse, when a persona (not a foreign national); none after a divorce or a death. */
  spouse: Persona | undefined;
  /** Their children who are personas, in world order. */
  children: Persona[];
  /** Their father and mother who are personas (a deceased parent included), father first. */
  parents: Persona[];
  /** Everyone in their household, head first, themself included; none for the deceased. */
  household: Persona[];
  /** A minor's legal representative (a parent). */
  representative: Persona | undefined;
  /** The enterprise they contribute through now (insurance database → enterprise database), if any. */
  employer: EnterpriseRecord | undefined;
}

/** The `linked` function of a world, over its people and its personas by id. */
export function createLinks(
  people: People,
  byId: (id: string) => Persona | undefined,
  employerOf: (persona: Persona) => EnterpriseRecord | undefined,
) {
  const persons = new Map(people.persons.map((p) => [p.id, p]));
  const children = new Map<string, string[]>();
  for (const p of people.persons) {
    for (const parent of [p.father, p.mother]) {
      if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), p.id]);
    }
  }
  const personas = (ids: readonly (string | undefined)[]) =>
    ids.flatMap((id) => {
      const found = id === undefined ? undefined : byId(id);
      return found === undefined ? [] : [found];
    });

  return function linked<R extends WorldRelation>(persona: Persona | string, relation: R): LinkedPersonas[R] {
    const id = typeof persona === 'string' ? (byId(persona)?.personalId ?? persona) : persona.personalId;
    const person = persons.get(id);
    if (person === undefined) throw new RangeError('world.linked: no persona with this personal id');
    const result: LinkedPersonas[WorldRelation] = (() => {
      switch (relation) {
        case 'spouse':
          // Only while the marriage is current: `spouse` is cleared by a divorce or a death.
          return person.spouse === undefined ? undefined : byId(person.spouse);
        case 'children':
          return personas(children.get(id) ?? []);
        case 'parents':
          return personas([person.father, person.mother]);
        case 'household':
          return person.death === undefined
            ? personas(people.households[person.household]?.members ?? [])
            : [];
        case 'representative':
          return person.representative === undefined ? undefined : byId(person.representative);
        case 'employer': {
          const self = byId(id);
          return self === undefined ? undefined : employerOf(self);
        }
        default:
          throw new RangeError('world.linked: unknown relation');
      }
    })();
    return result as LinkedPersonas[R];
  };
}
