import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { employerOf } from './insurance-links.js';

const month = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;

describe.each([1, 42, 2026])('the insurance database in the world, seed %s', (seed) => {
  const world = createWorld(seed);
  const enterprises = new Map(world.enterprises.map((e) => [e.maSoDoanhNghiep, e]));

  it("puts every period at an enterprise of the world, inside the enterprise's life", () => {
    let periods = 0;
    for (const persona of world.personas) {
      for (const period of persona.insurance?.quaTrinhDong ?? []) {
        periods++;
        const enterprise = enterprises.get(period.maSoThue);
        expect(enterprise, period.maSoThue).toBeDefined();
        expect(period.tenDonVi).toBe(enterprise!.tenTiengViet);
        expect(month(period.tuThang)).toBeGreaterThan(month(enterprise!.ngayThanhLap));
        if (enterprise!.ngayGiaiThe !== undefined) {
          expect(period.denThang).toBeDefined();
          expect(month(period.denThang!)).toBeLessThan(month(enterprise!.ngayGiaiThe));
        }
        if (period.denThang !== undefined) expect(period.denThang >= period.tuThang).toBe(true);
        expect((period.denThang ?? world.asOf.slice(0, 7)) <= world.asOf.slice(0, 7)).toBe(true);
      }
    }
    expect(periods).toBeGreaterThan(world.personas.length / 2);
  });

  it('links every contributing persona to their current employer, and nobody else', () => {
    let working = 0;
    for (const persona of world.personas) {
      const employer = employerOf(world, persona);
      if (persona.insurance?.trangThaiThamGia === '1') {
        working++;
        expect(employer).toBeDefined();
        expect(employer!.ngayGiaiThe).toBeUndefined();
      } else {
        expect(employer).toBeUndefined();
      }
    }
    expect(working).toBeGreaterThan(0);
  });

  it('gives every persona a record, the living a health card, and tags three of each hard case', () => {
    for (const persona of world.personas) expect(persona.insurance).toBeDefined();
    expect(world.byTag('no-insurance-history').length).toBeGreaterThanOrEqual(3);
    expect(world.byTag('short-contributions').length).toBeGreaterThanOrEqual(3);
    for (const persona of world.byTag('no-insurance-history')) {
      expect(persona.insurance!.quaTrinhDong).toEqual([]);
      expect(persona.tags).toContain('adult');
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(createWorld(seed))).toBe(JSON.stringify(world));
  });
});
