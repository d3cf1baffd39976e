import { expect, it } from 'vitest';

// #region mock-world-custom-people
import { createMockPlatform, createWorld } from '@onceonly/mock';

// Your own people, beside the seeded 600: say what matters, the generator fills the rest.
const world = createWorld(42, {
  people: [
    {
      fullName: 'Lữ Thị Mỹ Hạnh',
      gender: 'female',
      birthDate: '1950',
      oldId: '123456789',
      tags: ['applicant'],
    },
    { birthDate: '2015-06-01', tags: ['child-applicant'] }, // a minor: comes with a parent who represents them
  ],
});
const applicant = world.byTag('applicant')[0]!;
applicant.population.ngaySinh; // '1950': the record holds only the year
applicant.tags; // [..., 'year-only-birth', 'old-id', ..., 'custom', 'applicant']

// The same for a platform, or from a JSON file of descriptions (read synchronously).
const mock = createMockPlatform({ seed: 42, people: 'packages/mock/examples/custom-people.json' });
// #endregion mock-world-custom-people

// #region mock-world-linked
const child = world.byTag('child-applicant')[0]!;
const parent = world.linked(child, 'representative'); // the parent who represents them
const home = world.linked(child, 'household'); // head first: [parent, child]
const widow = mock.world.byTag('widowed')[0]!;
mock.world.linked(widow, 'spouse'); // undefined: the marriage ended with the death
const orphaned = mock.world.byTag('deceased-parent')[0]!;
const late = mock.world.linked(orphaned, 'parents').find((p) => p.deathDate !== undefined);
// #endregion mock-world-linked

it('adds the described people and links them', async () => {
  expect(applicant.population.ngaySinh).toBe('1950');
  expect(applicant.tags).toEqual(
    expect.arrayContaining(['year-only-birth', 'old-id', 'custom', 'applicant']),
  );
  expect(home.map((p) => p.personalId)).toEqual([parent?.personalId, child.personalId]);
  expect(mock.world.byTag('applicant')).toHaveLength(1);
  expect(mock.world.linked(widow, 'spouse')).toBeUndefined();
  expect(late?.tags).toContain('deceased');
  await mock.close();
});
