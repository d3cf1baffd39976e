import { getWard, resolveOldAddress } from '@onceonly/vn';
import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import type { LandParcelRecord } from './land-record.js';
import { buildLandRecords } from './land-records.js';
import type { People } from './model.js';
import { generatePeople } from './people.js';
import { buildPopulationRecords } from './population-records.js';
import type { World } from './types.js';

const keyOf = (p: { maXa: string; soTo: number; soThua: number }) => `${p.maXa}/${p.soTo}/${p.soThua}`;

/** The 2025 communes a permanent address may be in: its own, or every candidate of a split old commune. */
function communesOf(address: World['personas'][number]['population']['thuongTru']): string[] {
  if (address === undefined) return [];
  if (address.phienBan === '2025') return [address.maXa];
  const resolved = resolveOldAddress({
    provinceCode: address.maTinh,
    districtCode: address.maHuyen,
    wardCode: address.maXa,
  });
  if (!resolved.ok) return [];
  return resolved.value.ward ? [resolved.value.ward.code] : resolved.value.candidates.map((w) => w.code);
}

describe.each([1, 42, 2026])('the land stage (seed %i)', (seed) => {
  const world = createWorld(seed);
  const parcels = new Map<string, LandParcelRecord>(world.parcels.map((p) => [keyOf(p), p]));
  const certificates = [...new Set(world.personas.flatMap((p) => p.land ?? []))];

  it('puts every parcel in a 2025 commune of its province, under a unique key, its area the sum of its uses', () => {
    expect(parcels.size).toBe(world.parcels.length);
    for (const parcel of world.parcels) {
      expect(getWard(parcel.maXa)?.provinceCode, keyOf(parcel)).toBe(parcel.maTinh);
      const sum = parcel.mucDich.reduce((n, use) => n + use.dienTich, 0);
      expect(Math.abs(sum - parcel.dienTich)).toBeLessThan(0.05);
    }
  });

  it('gives every household a home parcel at its permanent address, read in the 2025 map', () => {
    for (const household of world.households) {
      const address = world.byPersonalId(household.headId)!.population.thuongTru!;
      const home = world.parcels.filter(
        (p) => p.chiTiet === address.chiTiet && communesOf(address).includes(p.maXa),
      );
      expect(home.length, household.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('names only personas as holders, who live at the parcel or hold it as its recorded owners', () => {
    expect(certificates.length).toBeGreaterThan(0);
    const serials = new Set(certificates.map((c) => c.soPhatHanh));
    expect(serials.size).toBe(certificates.length);
    for (const certificate of certificates) {
      const parcel = parcels.get(keyOf(certificate.thuaDat));
      expect(parcel, certificate.soPhatHanh).toBeDefined();
      expect([certificate.dienTich, certificate.mucDich]).toEqual([parcel!.dienTich, parcel!.mucDich]);
      expect(certificate.hinhThuc).toBe(certificate.chuSuDung.length > 1 ? 'chung' : 'riêng');
      for (const holder of certificate.chuSuDung) {
        const persona = world.byPersonalId(holder.soDinhDanh);
        expect(persona, 'holder is a persona').toBeDefined();
        expect(holder.hoVaTen).toBe(persona!.fullName);
        expect(persona!.land).toContain(certificate); // the recorded owner's own list holds it
        const address = persona!.population.thuongTru!;
        const livesThere = address.chiTiet === parcel!.chiTiet && communesOf(address).includes(parcel!.maXa);
        // A holder who does not live there holds the parcel as farm land, besides a home certificate.
        if (!livesThere) expect(persona!.tags).toContain('land-second-parcel');
      }
    }
  });

  it('has joint holders who are spouses living together, and renters who hold nothing', () => {
    for (const certificate of certificates.filter((c) => c.hinhThuc === 'chung')) {
      const [a, b] = certificate.chuSuDung.map((h) => world.byPersonalId(h.soDinhDanh)!);
      expect(a!.population.voChong?.soDinhDanh).toBe(b!.personalId);
      expect(a!.householdId).toBe(b!.householdId);
    }
    for (const renter of world.byTag('land-renting')) {
      const household = world.households.find((h) => h.id === renter.householdId)!;
      const address = renter.population.thuongTru!;
      const atHome = (c: { thuaDat: { maXa: string; soTo: number; soThua: number } }) =>
        parcels.get(keyOf(c.thuaDat))!.chiTiet === address.chiTiet &&
        communesOf(address).includes(c.thuaDat.maXa);
      for (const id of household.memberIds) {
        expect(world.byPersonalId(id)!.land?.some(atHome), 'a renter household holds its home').toBe(false);
      }
      expect(renter.land).toEqual([]);
    }
  });

  it('means what the land tags say, three personas or more each', () => {
    for (const tag of ['land-owner', 'land-co-owners', 'land-second-parcel', 'land-renting']) {
      expect(world.byTag(tag).length, tag).toBeGreaterThanOrEqual(3);
    }
    for (const persona of world.personas) {
      const held = persona.land ?? [];
      expect(persona.tags.includes('land-owner'), persona.personalId).toBe(held.length > 0);
      expect(persona.tags.includes('land-co-owners')).toBe(held.some((c) => c.hinhThuc === 'chung'));
      expect(persona.tags.includes('land-second-parcel')).toBe(held.length > 1);
    }
  });

  it('is deterministic', () => {
    const again = createWorld(seed);
    expect(JSON.stringify(again.parcels)).toBe(JSON.stringify(world.parcels));
    expect(JSON.stringify(again.personas.map((p) => p.land))).toBe(
      JSON.stringify(world.personas.map((p) => p.land)),
    );
  });
});

describe('the land stage and the rest of the world', () => {
  const asOf = { year: 2026, month: 1, day: 1 };

  it('leaves who people are, and their population records, as the earlier stages made them', () => {
    const people = generatePeople(42, 240, asOf);
    const records = buildPopulationRecords(42, people, asOf).records;
    const world = createWorld(42, { size: 240 });
    expect(world.personas.map((p) => p.population)).toEqual(people.persons.map((p) => records.get(p.id)));
  });

  it('gives the seeded households the same land when other households are appended after them', () => {
    const people = generatePeople(42, 240, asOf);
    const records = buildPopulationRecords(42, people, asOf).records;
    const extra = generatePeople(43, 40, asOf);
    const extraRecords = buildPopulationRecords(43, extra, asOf).records;
    const offset = people.households.length;
    const grown: People = {
      persons: [...people.persons, ...extra.persons.map((p) => ({ ...p, household: p.household + offset }))],
      households: [...people.households, ...extra.households],
    };
    const alone = buildLandRecords(42, people, records, asOf);
    const withMore = buildLandRecords(42, grown, new Map([...records, ...extraRecords]), asOf);
    expect(withMore.parcels.slice(0, alone.parcels.length)).toEqual(alone.parcels);
    for (const person of people.persons) {
      expect(withMore.byPerson.get(person.id)).toEqual(alone.byPerson.get(person.id));
      expect(withMore.tags.get(person.id)).toEqual(alone.tags.get(person.id));
    }
  });

  it('copes with a tiny world', () => {
    for (const size of [1, 2, 5]) expect(() => createWorld(3, { size })).not.toThrow();
  });
});
