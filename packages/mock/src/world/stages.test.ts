import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { fullName } from './names.js';
import { generatePeople } from './people.js';

describe('world stages', () => {
  it('takes who people are from stage one alone: a database stage cannot shift it', () => {
    // Stage one draws only from its own stream: the personas' identities are exactly its output.
    const people = generatePeople(42, 600, { year: 2026, month: 1, day: 1 });
    const world = createWorld(42);
    expect(world.personas.map((p) => [p.personalId, p.fullName, p.householdId])).toEqual(
      people.persons.map((p) => [p.id, fullName(p.name), people.households[p.household]!.id]),
    );
  });

  it('draws the first households the same whatever the size', () => {
    // Same seed, different size: the opening households (drawn first) are the same people.
    const small = createWorld(9, { size: 30 });
    const large = createWorld(9, { size: 240 });
    expect(large.personas[0]?.personalId).toBe(small.personas[0]?.personalId);
  });
});
