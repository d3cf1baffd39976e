import { compileSchema } from '@onceonly/core';
import { CongdanCollection, citizenOf } from '@onceonly/population';
import { dataDateOf, toCongDan } from '../providers/population-wire.js';
import type { RecordAddress as AddressWire } from './record.js';
import {
  getOldDistrict,
  getOldProvince,
  getOldWard,
  getWard,
  isValidOldId,
  isValidPersonalId,
  parseDate,
  parsePersonalId,
} from '@onceonly/vn';
import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { OLD_PROVINCES, OLD_WARDS, WARDS_2025 } from './data/admin-units.js';
import { WORLD_TAGS } from './tags.js';
import type { Persona } from './types.js';

const world = createWorld(42);
const validateWire = compileSchema(CongdanCollection);
const persona = (id: string | undefined): Persona => {
  const found = id === undefined ? undefined : world.byPersonalId(id);
  if (!found) throw new Error(`no persona for id ${id}`);
  return found;
};
const fullNameOf = (p: Persona) => {
  const { ho, chuDem, ten } = p.population.hoVaTen;
  return [ho, chuDem, ten].filter(Boolean).join(' ');
};

describe('createWorld: determinism and size', () => {
  it('gives a deep-equal world for the same seed, and another for another seed', () => {
    expect(JSON.stringify(createWorld(42))).toBe(JSON.stringify(world));
    expect(JSON.stringify(createWorld(43))).not.toBe(JSON.stringify(world));
  });

  it('has exactly the requested number of citizens', () => {
    expect(world.personas).toHaveLength(600);
    for (const size of [1, 2, 5, 60, 1000]) expect(createWorld(7, { size }).personas).toHaveLength(size);
  });

  it('draws ages relative to its date, and records that date', () => {
    expect(world.asOf).toBe('2026-01-01');
    const later = createWorld(42, { now: new Date('2040-06-01T00:00:00Z') });
    expect(later.asOf).toBe('2040-06-01');
    expect(later.personas.every((p) => p.birthDate <= '2040-06-01')).toBe(true);
  });

  it('is frozen, so one test cannot change what another sees', () => {
    const p = world.personas[0]!;
    expect(Object.isFrozen(p.population.hoVaTen)).toBe(true);
    expect(() => {
      (p.population.hoVaTen as { ten: string }).ten = 'X';
    }).toThrow(TypeError);
  });

  it('refuses a size or seed that is not an integer', () => {
    expect(() => createWorld(1, { size: 0 })).toThrow(RangeError);
    expect(() => createWorld(1.5)).toThrow(RangeError);
  });
});

describe('createWorld: identifiers', () => {
  it('gives every citizen a unique, valid personal id that agrees with the record', () => {
    const ids = new Set<string>();
    for (const p of world.personas) {
      expect(isValidPersonalId(p.personalId, { now: new Date('2026-01-01') })).toBe(true);
      expect(ids.has(p.personalId)).toBe(false);
      ids.add(p.personalId);
      const parsed = parsePersonalId(p.personalId);
      if (!parsed.ok) throw new Error('invalid id');
      expect(p.population.soDinhDanh).toBe(p.personalId);
      expect(parsed.value.gender).toBe(p.gender);
      expect(p.population.gioiTinh).toBe(p.gender === 'male' ? '1' : '2');
      expect(parsed.value.birthYear).toBe(Number(p.birthDate.slice(0, 4)));
      // The id's province is where the birth was registered.
      const birthPlace = p.population.noiDangKyKhaiSinh;
      const oldProvince = p.personalId.slice(1, 3);
      const expected =
        birthPlace.phienBan === 'pre-2025' ? oldProvince : getOldProvince(oldProvince)?.newCode;
      expect(birthPlace.maTinh).toBe(expected);
    }
  });

  it('gives old 9-digit ids that are valid, unique and findable', () => {
    const oldIds = world.personas.flatMap((p) => (p.population.soCMND ? [p.population.soCMND] : []));
    expect(new Set(oldIds).size).toBe(oldIds.length);
    for (const oldId of oldIds) {
      expect(isValidOldId(oldId)).toBe(true);
      expect(world.byPersonalId(oldId)?.population.soCMND).toBe(oldId);
    }
    expect(world.byPersonalId('000000000000')).toBeUndefined();
  });

  it('writes names in NFC', () => {
    for (const p of world.personas) {
      expect(p.fullName.normalize('NFC')).toBe(p.fullName);
      expect(p.fullName).toBe(fullNameOf(p));
    }
  });
});

describe('createWorld: dates of birth', () => {
  it('records the true date, or part of it, consistently with the id', () => {
    for (const p of world.personas.filter((p) => p.deathDate === undefined)) {
      const parsed = parseDate(p.population.ngaySinh);
      if (!parsed.ok) throw new Error('invalid ngaySinh');
      const [year, month, day] = p.birthDate.split('-').map(Number);
      expect(parsed.value.year).toBe(year);
      if (parsed.value.precision !== 'year') expect(parsed.value.month).toBe(month);
      if (parsed.value.precision === 'day') expect(parsed.value.day).toBe(day);
      expect(p.tags.includes('year-only-birth')).toBe(parsed.value.precision === 'year');
      expect(p.tags.includes('month-year-birth')).toBe(parsed.value.precision === 'month');
      expect(p.birthDate <= world.asOf).toBe(true);
    }
  });
});

describe('createWorld: families and households', () => {
  it('pairs spouses both ways, and only married people have one', () => {
    // The deceased's records name no spouse: their marriage ended with their death.
    for (const p of world.personas.filter((p) => p.deathDate === undefined)) {
      const spouse = p.population.voChong;
      expect(spouse !== undefined).toBe(p.population.tinhTrangHonNhan === '2');
      if (!spouse) continue;
      if (p.tags.includes('foreign-spouse')) {
        expect(spouse.soDinhDanh).toBeUndefined();
        expect(spouse.quocTich).not.toBe('VN');
        continue;
      }
      const other = persona(spouse.soDinhDanh);
      expect(spouse.hoVaTen).toBe(other.fullName);
      expect(other.population.voChong?.soDinhDanh).toBe(p.personalId);
      expect(other.gender).not.toBe(p.gender);
      expect(other.householdId).toBe(p.householdId);
    }
  });

  it('points children at parents of the right gender, older than them, named as they are', () => {
    let linked = 0;
    for (const p of world.personas) {
      for (const [field, gender] of [
        ['cha', 'male'],
        ['me', 'female'],
      ] as const) {
        const relative = p.population[field];
        if (relative?.soDinhDanh === undefined) continue;
        linked++;
        const parent = persona(relative.soDinhDanh);
        expect(parent.gender).toBe(gender);
        expect(relative.hoVaTen).toBe(parent.fullName);
        expect(Number(p.birthDate.slice(0, 4)) - Number(parent.birthDate.slice(0, 4))).toBeGreaterThanOrEqual(
          18,
        );
        if (field === 'cha') {
          expect(p.population.hoVaTen.ho).toBe(parent.population.hoVaTen.ho);
          // Home town follows the father's line (compared where both are written in the same map).
          if (p.population.queQuan.phienBan === parent.population.queQuan.phienBan) {
            expect(p.population.queQuan).toEqual(parent.population.queQuan);
          }
        }
      }
    }
    expect(linked).toBeGreaterThan(50);
  });

  it('gives every minor a parent as legal representative', () => {
    for (const p of world.byTag('minor')) {
      const representative = p.population.nguoiDaiDien?.soDinhDanh;
      expect(representative).toBeDefined();
      expect([p.population.cha?.soDinhDanh, p.population.me?.soDinhDanh]).toContain(representative);
      expect(persona(representative).tags).toContain('adult');
    }
    for (const p of world.byTag('adult')) expect(p.population.nguoiDaiDien).toBeUndefined();
  });

  it('gives each household one head, whom every member names, and one permanent residence', () => {
    for (const household of world.households) {
      const members = household.memberIds.map(persona);
      const heads = members.filter((m) => m.population.quanHeVoiChuHo === '01');
      expect(heads.map((h) => h.personalId)).toEqual([household.headId]);
      const head = heads[0]!;
      expect(head.tags).toContain('household-head');
      expect(head.tags).toContain('adult');
      for (const member of members) {
        expect(member.householdId).toBe(household.id);
        expect(member.population.chuHo).toEqual({ hoVaTen: head.fullName, soDinhDanh: head.personalId });
        expect(member.population.thuongTru).toEqual(head.population.thuongTru);
      }
    }
    // Everyone living is in exactly one household; the deceased in none.
    const members = world.households.flatMap((h) => h.memberIds);
    expect(new Set(members).size).toBe(members.length);
    expect(members).toHaveLength(world.personas.filter((p) => p.deathDate === undefined).length);
    for (const p of world.byTag('deceased')) expect(members).not.toContain(p.personalId);
  });
});

describe('createWorld: tags', () => {
  it.each([1, 42, 2026, 99_999])('has at least three personas per tag (seed %i)', (seed) => {
    const w = seed === 42 ? world : createWorld(seed);
    for (const tag of WORLD_TAGS) expect(w.byTag(tag).length, tag).toBeGreaterThanOrEqual(3);
  });

  it('tags every living persona adult or minor, and only with known tags', () => {
    for (const p of world.personas) {
      if (p.deathDate !== undefined) expect(p.tags.filter((t) => t !== 'elderly')).toEqual(['deceased']);
      else expect(p.tags.includes('adult')).not.toBe(p.tags.includes('minor'));
      for (const tag of p.tags) expect(WORLD_TAGS).toContain(tag);
    }
    expect(world.byTag('no-such-tag')).toEqual([]);
  });

  it('means what the tags say', () => {
    const year = (p: Persona) => Number(p.birthDate.slice(0, 4));
    for (const p of world.byTag('elderly')) expect(year(p)).toBeLessThan(1945);
    for (const p of world.byTag('born-2000s')) expect(year(p)).toBeGreaterThanOrEqual(2000);
    for (const p of world.byTag('old-id')) expect(p.population.soCMND).toMatch(/^\d{9}$/);
    for (const p of world.byTag('single')) expect(p.population.tinhTrangHonNhan).toBe('1');
    for (const p of world.byTag('divorced')) expect(p.population.tinhTrangHonNhan).toBe('3');
    for (const p of world.byTag('widowed')) expect(p.population.tinhTrangHonNhan).toBe('4');
    for (const p of world.byTag('rare-diacritics')) expect(p.fullName).toMatch(/[ẵẳẫẩẽẻỹỷỵỡởữửợổể]/iu);
    for (const p of world.byTag('d-stroke')) expect(p.fullName).toMatch(/đ/iu);
    for (const p of world.byTag('no-middle-name')) expect(p.population.hoVaTen.chuDem).toBe('');
    for (const p of world.byTag('no-parents-on-record')) {
      expect(p.population.cha).toBeUndefined();
      expect(p.population.me).toBeUndefined();
    }
    for (const p of world.personas) {
      const addresses = [
        p.population.noiDangKyKhaiSinh,
        p.population.queQuan,
        p.population.thuongTru,
        p.population.noiOHienTai,
      ];
      const pre = p.tags.includes('pre-2025-address');
      if (p.deathDate !== undefined) continue;
      for (const address of addresses) expect(address?.phienBan).toBe(pre ? 'pre-2025' : '2025');
    }
  });
});

describe('createWorld: population records', () => {
  it('serves every record valid against the population answer schema, and it maps', () => {
    for (const p of world.personas) {
      const answer = {
        SoCongDan: '1',
        ThoiDiemDuLieu: dataDateOf(world),
        CongDan: [toCongDan(p.population, 'HK1')],
      };
      expect(validateWire.check(answer)).toEqual({ ok: true });
      const citizen = citizenOf(answer, {
        provider: 'GOV/000.00.00.G10/CSDLDC',
        retrievedAt: '2026-01-01T00:00:00.000Z',
      });
      expect(citizen.personalId).toBe(p.personalId);
      expect(citizen.name.full).toBe(fullNameOf(p));
    }
  });

  const checkAddress = (address: AddressWire) => {
    if (address.phienBan === '2025') {
      expect(getWard(address.maXa)?.provinceCode).toBe(address.maTinh);
    } else {
      const ward = getOldWard(address.maXa);
      expect(ward?.districtCode).toBe(address.maHuyen);
      expect(ward?.provinceCode).toBe(address.maTinh);
      expect(getOldDistrict(address.maHuyen!)?.provinceCode).toBe(address.maTinh);
    }
  };

  it('uses only address codes that exist in the reference lists', () => {
    for (const p of world.personas) {
      const { noiDangKyKhaiSinh, queQuan, thuongTru, noiOHienTai } = p.population;
      for (const address of [noiDangKyKhaiSinh, queQuan, thuongTru, noiOHienTai]) {
        if (address !== undefined) checkAddress(address);
      }
    }
  });

  it('ships a data sample whose every code exists in the reference lists', () => {
    for (const [code, , newCode] of OLD_PROVINCES) expect(getOldProvince(code)?.newCode).toBe(newCode);
    for (const [province, wards] of Object.entries(WARDS_2025)) {
      for (const [code, name] of wards)
        expect(getWard(code)).toMatchObject({ provinceCode: province, fullName: name });
    }
    for (const [province, wards] of Object.entries(OLD_WARDS)) {
      expect(wards.length).toBeGreaterThan(0);
      for (const [code, name, district] of wards) {
        expect(getOldWard(code)).toMatchObject({
          provinceCode: province,
          districtCode: district,
          fullName: name,
        });
      }
    }
  });
});
