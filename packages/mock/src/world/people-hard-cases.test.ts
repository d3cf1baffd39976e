import { resolveOldAddress } from '@onceonly/vn';
import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { addYears, isoDate } from './dates.js';
import type { Marriage, Person, Ymd } from './model.js';
import { generatePeople } from './people.js';

const asOf: Ymd = { year: 2026, month: 1, day: 1 };
const iso = (d: Ymd) => isoDate(d);
const legal = (p: Person) => iso(addYears(p.birth, p.gender === 'male' ? 20 : 18));

describe.each([1, 42, 2026])('people stage hard cases (seed %i)', (seed) => {
  const { persons, households } = generatePeople(seed, 600, asOf);
  const byId = new Map(persons.map((p) => [p.id, p]));
  const members = new Set(households.flatMap((h) => h.members));

  it('gives everyone who has married a history that matches their status', () => {
    for (const p of persons) {
      const marriages = p.marriages ?? [];
      if (p.marital === 'single') {
        expect(marriages).toEqual([]);
        continue;
      }
      expect(marriages.length).toBeGreaterThan(0);
      const last = marriages.at(-1)!;
      // Every marriage but the last has ended, in order.
      for (const [i, m] of marriages.entries()) {
        if (i < marriages.length - 1) expect(m.ended).toBeDefined();
        if (i > 0) expect(iso(m.registered) > iso(marriages[i - 1]!.ended!.date)).toBe(true);
      }
      if (p.death !== undefined) continue;
      if (p.marital === 'married') {
        expect(last.ended).toBeUndefined();
        expect(last.spouse).toBe(p.spouse);
      }
      if (p.marital === 'divorced') expect(last.ended?.by).toBe('divorce');
      if (p.marital === 'widowed') expect(last.ended?.by).toBe('death');
    }
  });

  it('records a marriage between two persons the same on both sides, after both came of age', () => {
    for (const p of persons) {
      for (const m of p.marriages ?? []) {
        expect(iso(m.registered) >= legal(p)).toBe(true);
        expect(iso(m.registered) < iso(asOf)).toBe(true);
        if (m.ended) expect(iso(m.ended.date) > iso(m.registered)).toBe(true);
        if (m.ended) expect(iso(m.ended.date) < iso(asOf)).toBe(true);
        expect((m.spouse === undefined) !== (m.outsideSpouse === undefined)).toBe(true);
        if (m.spouse === undefined) continue;
        const spouse = byId.get(m.spouse)!;
        expect(spouse.gender).not.toBe(p.gender);
        expect(iso(m.registered) >= legal(spouse)).toBe(true);
        const mirror = spouse.marriages?.find((x: Marriage) => x.spouse === p.id);
        expect(mirror).toEqual({ ...m, spouse: p.id });
        if (m.ended?.by === 'death') {
          const dead = [p, spouse].find((x) => x.death !== undefined);
          expect(dead && iso(dead.death!)).toBe(iso(m.ended.date));
        }
      }
    }
  });

  it('has remarried persons and persons married to foreign nationals', () => {
    const remarried = persons.filter((p) => p.marital === 'married' && (p.marriages?.length ?? 0) >= 2);
    expect(remarried.length).toBeGreaterThanOrEqual(3);
    const foreign = persons.filter((p) => {
      const last = p.marriages?.at(-1);
      return p.marital === 'married' && last?.outsideSpouse && last.outsideSpouse.nationality !== 'VN';
    });
    expect(foreign.length).toBeGreaterThanOrEqual(3);
    for (const p of foreign) expect(p.spouse).toBeUndefined();
  });

  it('keeps the deceased out of every household, dead before the world date', () => {
    const dead = persons.filter((p) => p.death !== undefined);
    expect(dead.length).toBeGreaterThanOrEqual(3);
    for (const p of dead) {
      expect(members.has(p.id)).toBe(false);
      expect(iso(p.death!) > iso(addYears(p.birth, 20))).toBe(true);
      expect(iso(p.death!) < iso(asOf)).toBe(true);
      // Every child of theirs was born before they died.
      for (const c of persons.filter((x) => x.father === p.id || x.mother === p.id)) {
        expect(iso(c.birth) <= iso(p.death!)).toBe(true);
      }
    }
    for (const p of persons) if (p.death === undefined) expect(members.has(p.id)).toBe(true);
  });

  it('has a household of twelve in four generations under one head', () => {
    const large = households.find((h) => h.members.length === 12);
    expect(large?.kind).toBe('four-generation');
    const relations = new Set(large!.members.map((id) => byId.get(id)!.relation));
    expect([...relations].sort()).toEqual(['child', 'child-in-law', 'grandchild', 'head', 'mother', 'wife']);
  });
});

describe('world hard-case tags', () => {
  const world = createWorld(7);

  it('puts split-commune addresses in communes that resolve to several 2025 candidates', () => {
    const split = world.byTag('split-commune');
    expect(split.length).toBeGreaterThanOrEqual(3);
    for (const p of split) {
      const home = p.population.thuongTru!;
      expect(p.tags).toContain('pre-2025-address');
      if (home.phienBan !== 'pre-2025') throw new Error('pre-2025 address expected');
      const resolved = resolveOldAddress({
        provinceCode: home.maTinh,
        districtCode: home.maHuyen,
        wardCode: home.maXa,
      });
      if (!resolved.ok) throw new Error('unresolved');
      expect(resolved.value.issue).toBe('SPLIT_WARD');
      expect(resolved.value.candidates.length).toBeGreaterThan(1);
    }
  });

  it('names foreign spouses with their nationality, and gives the deceased a record without residence', () => {
    for (const p of world.byTag('foreign-spouse')) {
      expect(p.population.voChong?.quocTich).not.toBe('VN');
      expect(p.population.voChong?.soDinhDanh).toBeUndefined();
    }
    for (const p of world.byTag('deceased')) {
      expect(p.deathDate).toBeDefined();
      expect(p.population.ngayMat).toBeDefined();
      expect(p.population.thuongTru).toBeUndefined();
      expect(p.population.noiOHienTai).toBeUndefined();
      expect(p.population.chuHo).toBeUndefined();
    }
    for (const p of world.byTag('deceased-parent')) {
      const parents = [p.population.cha?.soDinhDanh, p.population.me?.soDinhDanh];
      expect(parents.some((id) => id !== undefined && world.byPersonalId(id)?.deathDate !== undefined)).toBe(
        true,
      );
    }
    for (const p of world.byTag('large-household')) {
      expect(world.households.find((h) => h.id === p.householdId)?.memberIds).toHaveLength(12);
    }
  });
});
