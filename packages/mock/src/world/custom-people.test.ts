import { fileURLToPath } from 'node:url';
import { InputError } from '@onceonly/core';
import { isValidPersonalId, parsePersonalId } from '@onceonly/vn';
import { describe, expect, it } from 'vitest';
import { createMockPlatform } from '../platform/create-mock-platform.js';
import { createWorld } from './create-world.js';
import type { PersonDescription } from './custom-people.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/custom-people.json', import.meta.url));

describe('custom people', () => {
  const plain = createWorld(42);
  const world = createWorld(42, { people: EXAMPLE });

  it('leaves the seeded world byte-identical and appends the described people (and a minor’s parent)', () => {
    const seeded = world.personas.slice(0, plain.personas.length);
    expect(JSON.stringify(seeded)).toBe(JSON.stringify(plain.personas));
    expect(JSON.stringify(world.households.slice(0, plain.households.length))).toBe(
      JSON.stringify(plain.households),
    );
    // Every stage's world-level collections keep their seeded prefix (the described people's come after).
    for (const key of ['parcels', 'enterprises', 'householdBusinesses'] as const) {
      expect(JSON.stringify(world[key].slice(0, plain[key].length)), key).toBe(JSON.stringify(plain[key]));
    }
    // Four described, and the parent who represents the minor.
    expect(world.personas).toHaveLength(plain.personas.length + 5);
    expect(world.byTag('custom')).toHaveLength(5);
  });

  it('keeps what was described and fills the rest consistently', () => {
    const [applicant] = world.byTag('applicant');
    expect(applicant?.fullName).toBe('Lữ Thị Mỹ Hạnh');
    expect(applicant?.population.ngaySinh).toBe('1950');
    expect(applicant?.tags).toEqual(
      expect.arrayContaining(['year-only-birth', 'old-id', 'widowed', 'custom']),
    );
    expect(applicant?.population.soCMND).toBe('123456789');
    expect(world.byPersonalId('123456789')?.personalId).toBe(applicant?.personalId);
    const id = parsePersonalId(applicant!.personalId);
    expect(id.ok && [id.value.gender, id.value.birthYear, id.value.provinceCode]).toEqual([
      'female',
      1950,
      '038',
    ]);

    const [child] = world.byTag('child-applicant');
    expect(child?.tags).toContain('minor');
    const parent = world.linked(child!, 'representative');
    expect(parent?.tags).toContain('adult');
    expect(world.linked(child!, 'household').map((p) => p.personalId)).toEqual([
      parent?.personalId,
      child?.personalId,
    ]);

    const married = world.byPersonalId('079190012345');
    expect(married?.tags).toContain('married');
    expect(married?.population.voChong?.hoVaTen).toBeDefined();
    for (const p of world.byTag('custom')) {
      expect(isValidPersonalId(p.personalId, { now: new Date('2026-01-01') })).toBe(true);
      expect(p.population.thuongTru).toBeDefined();
    }
  });

  it('is deterministic, and the platform takes the same people', () => {
    expect(JSON.stringify(createWorld(42, { people: EXAMPLE }))).toBe(JSON.stringify(world));
    const mock = createMockPlatform({ seed: 42, people: [{ tags: ['mine'] }] });
    expect(mock.world.byTag('mine')).toHaveLength(1);
  });

  it.each<[string, unknown, string]>([
    ['not an array', { fullName: 'A B' }, '/people'],
    ['an unknown field', [{ nickname: 'x' }], '/people/0/nickname'],
    ['a bad date', [{ birthDate: '31/02/1990' }], '/people/0/birthDate'],
    ['a future date', [{ birthDate: '2090' }], '/people/0/birthDate'],
    ['an invalid id', [{ personalId: '079190' }], '/people/0/personalId'],
    ['an id of another gender', [{}, { personalId: '079190012345', gender: 'male' }], '/people/1/personalId'],
    ['a seeded persona’s id', [{ personalId: plain.personas[0]!.personalId }], '/people/0/personalId'],
    ['a one-word name', [{ fullName: 'Madonna' }], '/people/0/fullName'],
    ['a bad tag', [{ tags: ['Not OK'] }], '/people/0/tags/0'],
    ['an unknown province', [{ province: '03' }], '/people/0/province'],
  ])('refuses %s with an InputError naming the field, not its value', (_what, people, field) => {
    const attempt = () => createWorld(42, { people: people as PersonDescription[] });
    expect(attempt).toThrow(InputError);
    try {
      attempt();
    } catch (error) {
      expect((error as InputError).fields).toEqual([field]);
      expect((error as Error).message).not.toMatch(/079190|Madonna|31\/02/);
    }
  });

  it('refuses a file that is not JSON', () => {
    expect(() => createWorld(1, { people: '/nonexistent/people.json' })).toThrow(InputError);
  });
});
