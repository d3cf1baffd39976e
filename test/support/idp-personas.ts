/** Personas for sign-in tests: an adult (or other tag) with a full date of birth and a unique name. */
import type { createMockPlatform, Persona } from '@onceonly/mock';

export function citizenOf(mock: ReturnType<typeof createMockPlatform>, tag = 'adult'): Persona {
  return mock.world
    .byTag(tag)
    .find(
      (p) =>
        p.population.ngaySinh.split('/').length === 3 &&
        mock.personas.filter((q) => q.fullName === p.fullName).length === 1,
    )!;
}
