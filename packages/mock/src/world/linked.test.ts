import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';

describe.each([1, 42, 2026])('world.linked (seed %i)', (seed) => {
  const world = createWorld(seed);

  it('links spouses both ways while married, and no one after a divorce or a death', () => {
    for (const p of world.byTag('married')) {
      const spouse = world.linked(p, 'spouse');
      if (p.tags.includes('foreign-spouse')) expect(spouse).toBeUndefined();
      else expect(world.linked(spouse!, 'spouse')?.personalId).toBe(p.personalId);
    }
    for (const tag of ['divorced', 'widowed', 'deceased']) {
      for (const p of world.byTag(tag)) expect(world.linked(p, 'spouse')).toBeUndefined();
    }
  });

  it('links parents and children both ways, a deceased parent included', () => {
    for (const p of world.personas) {
      for (const parent of world.linked(p, 'parents')) {
        expect(world.linked(parent, 'children').map((c) => c.personalId)).toContain(p.personalId);
      }
    }
    for (const p of world.byTag('deceased-parent')) {
      expect(world.linked(p, 'parents').some((parent) => parent.deathDate !== undefined)).toBe(true);
    }
  });

  it('links a household, head first, and a minor to their representative', () => {
    for (const p of world.byTag('large-household')) {
      const home = world.linked(p.personalId, 'household');
      expect(home).toHaveLength(12);
      expect(home[0]?.tags).toContain('household-head');
      expect(home.map((m) => m.personalId)).toContain(p.personalId);
    }
    for (const p of world.byTag('deceased')) expect(world.linked(p, 'household')).toEqual([]);
    for (const p of world.byTag('minor')) {
      expect(world.linked(p, 'representative')?.personalId).toBe(p.population.nguoiDaiDien?.soDinhDanh);
    }
    expect(world.linked(world.byTag('adult')[0]!, 'representative')).toBeUndefined();
  });

  it('refuses an id that is no persona, and an unknown relation', () => {
    expect(() => world.linked('000000000000', 'spouse')).toThrow(RangeError);
    expect(() => world.linked(world.personas[0]!, 'colleague' as 'spouse')).toThrow(RangeError);
  });

  it('links a contributing persona to their employer, an enterprise of the world, and no one else', () => {
    let employed = 0;
    for (const persona of world.personas) {
      const employer = world.linked(persona, 'employer');
      const running = persona.insurance?.quaTrinhDong.find((p) => p.denThang === undefined);
      if (running === undefined) {
        expect(employer).toBeUndefined();
        continue;
      }
      employed++;
      expect(employer?.maSoDoanhNghiep).toBe(running.maSoThue);
      expect(world.enterprises).toContain(employer);
    }
    expect(employed).toBeGreaterThan(0);
  });
});
