import {
  ENTERPRISE_STATUS_CODES,
  HOUSEHOLD_BUSINESS_STATUS_CODES,
  LEGAL_FORM_CODES,
} from '@onceonly/enterprise';
import { getWard, isValidTaxCode } from '@onceonly/vn';
import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { addYears, ageOn, isoDate } from './dates.js';
import { buildEnterpriseRecords, employersOf } from './enterprise-records.js';
import type { RecordAddress2025 } from './enterprise-record.js';
import type { Person } from './model.js';
import { generatePeople } from './people.js';

const ASOF = { year: 2026, month: 1, day: 1 };
const SEEDS = [1, 42, 2026] as const;
const SIZE = 600;

const expectAddress2025 = (address: RecordAddress2025) => {
  const ward = getWard(address.maXa);
  expect(ward?.provinceCode).toBe(address.maTinh);
  expect(address.chiTiet).not.toBe('');
};

describe.each(SEEDS)('enterprise stage, seed %s', (seed) => {
  const world = createWorld(seed, { size: SIZE });
  const people = generatePeople(seed, SIZE, ASOF);
  const person = (id: string): Person => {
    const found = people.persons.find((p) => p.id === id);
    if (!found) throw new Error('not a person of the world');
    return found;
  };

  it('registers enough enterprises for a 600-person world, several dissolved, some large employers', () => {
    expect(world.enterprises.length).toBeGreaterThanOrEqual(50);
    expect(world.enterprises.length).toBeLessThanOrEqual(130);
    expect(world.enterprises.filter((e) => e.tinhTrang === '04').length).toBeGreaterThanOrEqual(3);
    expect(
      world.enterprises.filter((e) => e.tinhTrang === '01' && e.soLaoDong >= 300).length,
    ).toBeGreaterThanOrEqual(3);
    expect(world.householdBusinesses.length).toBeGreaterThanOrEqual(3);
  });

  it('gives every enterprise a unique tax code with a valid check digit, and codes from the tables', () => {
    const codes = world.enterprises.map((e) => e.maSoDoanhNghiep);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(world.enterprises.map((e) => e.tenTiengViet)).size).toBe(codes.length);
    for (const e of world.enterprises) {
      expect(e.maSoDoanhNghiep).toMatch(/^[0-9]{10}$/);
      expect(isValidTaxCode(e.maSoDoanhNghiep)).toBe(true);
      expect(Object.keys(ENTERPRISE_STATUS_CODES)).toContain(e.tinhTrang);
      expect(Object.keys(LEGAL_FORM_CODES)).toContain(e.loaiHinh);
      expect(e.nganhNghe.filter((line) => line.laNganhChinh)).toHaveLength(1);
      for (const line of e.nganhNghe) expect(line.maNganh).toMatch(/^[0-9]{4}$/);
      expect(e.vonDieuLe).toBeGreaterThan(0);
      expectAddress2025(e.truSoChinh);
    }
  });

  it('names as representative a living adult persona, of age when the enterprise was founded', () => {
    for (const e of world.enterprises) {
      const rep = person(e.nguoiDaiDien.soDinhDanh);
      expect(rep.death).toBeUndefined();
      expect(ageOn(rep.birth, ASOF)).toBeGreaterThanOrEqual(18);
      expect(e.ngayThanhLap >= isoDate(addYears(rep.birth, 18))).toBe(true);
      expect(e.ngayThanhLap < world.asOf).toBe(true);
      expect(world.byPersonalId(rep.id)?.fullName).toBe(e.nguoiDaiDien.hoVaTen);
      expect(world.byPersonalId(rep.id)?.enterprise?.representativeOf).toContain(e.maSoDoanhNghiep);
    }
  });

  it('dates a dissolution, after the founding and before today, exactly for dissolved enterprises', () => {
    for (const e of world.enterprises) {
      expect(e.ngayGiaiThe !== undefined).toBe(e.tinhTrang === '04');
      if (e.ngayGiaiThe !== undefined) {
        expect(e.ngayGiaiThe > e.ngayThanhLap).toBe(true);
        expect(e.ngayGiaiThe < world.asOf).toBe(true);
      }
    }
  });

  it('tags exactly the representatives, the representatives of dissolved enterprises and the owners', () => {
    const reps = new Set(world.enterprises.map((e) => e.nguoiDaiDien.soDinhDanh));
    const dissolved = new Set(
      world.enterprises.filter((e) => e.tinhTrang === '04').map((e) => e.nguoiDaiDien.soDinhDanh),
    );
    const owners = new Set(world.householdBusinesses.map((h) => h.chuHo.soDinhDanh));
    const tagged = (tag: string) => new Set(world.byTag(tag).map((p) => p.personalId));
    expect(tagged('enterprise-representative')).toEqual(reps);
    expect(tagged('dissolved-enterprise')).toEqual(dissolved);
    expect(tagged('household-business')).toEqual(owners);
    for (const tag of ['enterprise-representative', 'dissolved-enterprise', 'household-business']) {
      expect(world.byTag(tag).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives household businesses an owner persona, valid tax codes, unique numbers and 2025 addresses', () => {
    const numbers = world.householdBusinesses.map((h) => h.soDangKy);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const h of world.householdBusinesses) {
      const owner = person(h.chuHo.soDinhDanh);
      expect(owner.death).toBeUndefined();
      expect(h.ngayDangKy >= isoDate(addYears(owner.birth, 18))).toBe(true);
      expect(isValidTaxCode(h.maSoThue)).toBe(true);
      expect(h.soDangKy).toMatch(/^[0-9]{2}[A-Z][0-9]{7}$/);
      expect(Object.keys(HOUSEHOLD_BUSINESS_STATUS_CODES)).toContain(h.tinhTrang);
      expect(world.byPersonalId(owner.id)?.enterprise?.householdBusinesses).toContain(h.soDangKy);
      expectAddress2025(h.diaChi);
    }
  });

  it('hands the insurance stage every enterprise as an employer', () => {
    const employers = employersOf(world.enterprises);
    expect(employers.map((e) => e.taxCode)).toEqual(world.enterprises.map((e) => e.maSoDoanhNghiep));
    for (const [i, employer] of employers.entries()) {
      const e = world.enterprises[i]!;
      expect(isoDate(employer.founded)).toBe(e.ngayThanhLap);
      expect(employer.dissolved === undefined ? undefined : isoDate(employer.dissolved)).toBe(e.ngayGiaiThe);
      expect(employer.name).toBe(e.tenTiengViet);
    }
  });
});

describe('enterprise stage: stability', () => {
  const people = generatePeople(42, SIZE, ASOF);

  it('is deterministic', () => {
    expect(buildEnterpriseRecords(42, people, ASOF)).toEqual(buildEnterpriseRecords(42, people, ASOF));
  });

  it('keeps the seeded persons’ records when people are appended at the end', () => {
    const base = buildEnterpriseRecords(42, people, ASOF);
    const extra = people.persons.slice(0, 40).map((p, i) => ({ ...p, id: `0011${String(90000000 + i)}` }));
    const extended = buildEnterpriseRecords(42, { ...people, persons: [...people.persons, ...extra] }, ASOF);
    const seeded = new Set(people.persons.map((p) => p.id));
    expect(extended.enterprises.filter((e) => seeded.has(e.nguoiDaiDien.soDinhDanh))).toEqual(
      base.enterprises,
    );
    expect(extended.householdBusinesses.filter((h) => seeded.has(h.chuHo.soDinhDanh))).toEqual(
      base.householdBusinesses,
    );
  });
});
