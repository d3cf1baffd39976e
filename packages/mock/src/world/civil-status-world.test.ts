import { describe, expect, it } from 'vitest';
import type { KetHonRecord } from './civil-status-record.js';
import { createWorld } from './create-world.js';
import type { World } from './types.js';

const worlds = new Map<number, World>();
const worldOf = (seed: number) => {
  if (!worlds.has(seed)) worlds.set(seed, createWorld(seed));
  return worlds.get(seed)!;
};
const idsOf = (record: KetHonRecord) => [record.chong.soDinhDanh, record.vo.soDinhDanh];

describe.each([1, 42, 2026])('the civil status records of world %i', (seed) => {
  it('give every marriage record to both spouses, naming both', () => {
    const world = worldOf(seed);
    let shared = 0;
    for (const persona of world.personas) {
      for (const record of persona.civilStatus?.ketHon ?? []) {
        expect(idsOf(record)).toContain(persona.personalId);
        const other = idsOf(record).find((id) => id !== undefined && id !== persona.personalId);
        if (other === undefined) {
          // A spouse from outside the world: named, and a foreigner by passport.
          const outside = record.chong.soDinhDanh === persona.personalId ? record.vo : record.chong;
          expect(outside.hoVaTen).not.toBe('');
          expect(outside.quocTich === 'VN' || outside.hoChieu !== undefined).toBe(true);
          continue;
        }
        const spouse = world.byPersonalId(other);
        expect(spouse, 'the spouse is a persona').toBeDefined();
        expect(spouse!.civilStatus?.ketHon).toContainEqual(record);
        shared++;
      }
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('name, in every birth record, persona parents who exist and whose child it is', () => {
    const world = worldOf(seed);
    for (const child of world.personas) {
      const birth = child.civilStatus?.khaiSinh;
      if (birth === undefined) {
        // (A deceased persona carries only `deceased` and `elderly`.)
        if (child.deathDate === undefined) expect(child.tags).toContain('no-birth-record');
        expect(Number(child.birthDate.slice(0, 4))).toBeLessThan(2016);
        continue;
      }
      expect(birth.nguoiDuocKhaiSinh.soDinhDanh).toBe(child.personalId);
      expect(birth.ngayDangKy >= child.birthDate).toBe(true);
      expect(birth.ngayDangKy <= world.asOf).toBe(true);
      for (const [parent, onPopulation] of [
        [birth.cha, child.population.cha],
        [birth.me, child.population.me],
      ] as const) {
        if (parent?.soDinhDanh === undefined) continue;
        const persona = world.byPersonalId(parent.soDinhDanh);
        expect(persona, 'the parent is a persona').toBeDefined();
        expect(parent.hoVaTen).toBe(persona!.fullName);
        expect(parent.namSinh).toBe(persona!.birthDate.slice(0, 4));
        expect(Number(child.birthDate.slice(0, 4)) - Number(parent.namSinh)).toBeGreaterThanOrEqual(15);
        // The population database names the same parent, when it names one by id.
        if (onPopulation?.soDinhDanh !== undefined) expect(onPopulation.soDinhDanh).toBe(parent.soDinhDanh);
      }
    }
  });

  it('hold a death record for every deceased persona, and for nobody else', () => {
    const world = worldOf(seed);
    const deceased = new Set(world.byTag('deceased').map((p) => p.personalId));
    expect(deceased.size).toBeGreaterThanOrEqual(3);
    for (const persona of world.personas) {
      const death = persona.civilStatus?.khaiTu;
      expect(death !== undefined, persona.personalId).toBe(deceased.has(persona.personalId));
      if (death === undefined) continue;
      expect(death.nguoiDaKhuat.soDinhDanh).toBe(persona.personalId);
      expect(death.ngayChet).toBe(persona.deathDate);
      // The population database keeps the record, with no current residence.
      expect(persona.population.noiOHienTai).toBeUndefined();
      expect(death.ngayChet > persona.birthDate && death.ngayChet <= world.asOf).toBe(true);
      expect(death.ngayDangKy >= death.ngayChet).toBe(true);
      expect(JSON.stringify(death)).not.toMatch(/nguyenNhan/i);
    }
  });

  it('carry what the tags say: a divorce noted, a remarriage, a foreign spouse', () => {
    const world = worldOf(seed);
    for (const persona of world.byTag('divorced')) {
      const divorced = persona.civilStatus!.ketHon.filter((m) => m.trangThai === '2');
      expect(divorced.length, persona.personalId).toBeGreaterThan(0);
      for (const m of divorced) expect(m.ghiChuLyHon?.toaAn).toMatch(/^Tòa án nhân dân /);
      expect(persona.civilStatus!.tinhTrangHonNhan).toBe('3');
    }
    for (const persona of world.byTag('remarried')) {
      const history = persona.civilStatus!.ketHon;
      expect(history.length).toBeGreaterThan(1);
      for (const m of history.slice(0, -1)) expect(m.trangThai).not.toBe('1');
    }
    for (const persona of world.byTag('foreign-spouse')) {
      const parties = persona.civilStatus!.ketHon.flatMap((m) => [m.chong, m.vo]);
      expect(parties.some((p) => p.hoChieu !== undefined && p.quocTich !== 'VN')).toBe(true);
    }
    for (const persona of world.byTag('married')) {
      expect(persona.civilStatus!.ketHon.at(-1)?.trangThai).toBe('1');
      expect(persona.civilStatus!.tinhTrangHonNhan).toBe('2');
    }
  });

  it('are the same on every run', () => {
    const again = createWorld(seed);
    expect(again.personas.map((p) => p.civilStatus)).toEqual(
      worldOf(seed).personas.map((p) => p.civilStatus),
    );
  });
});
