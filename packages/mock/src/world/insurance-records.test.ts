import { contributionMonthsBetween } from '@onceonly/insurance';
import { isValidInsuranceCode, taxCodeCheckDigit } from '@onceonly/vn';
import { describe, expect, it } from 'vitest';
import { ageOn } from './dates.js';
import { buildInsuranceRecords } from './insurance-records.js';
import type { EmployerRef, Person, Ymd } from './model.js';
import { generatePeople } from './people.js';

const asOf: Ymd = { year: 2026, month: 1, day: 1 };

/** A fixture list of employers: some old, some recent, some dissolved (valid tax codes). */
function fixtureEmployers(): EmployerRef[] {
  const list: EmployerRef[] = [];
  for (let i = 0; i < 14; i++) {
    let nine = `0${String(100100 + i * 7919).padStart(8, '0')}`.slice(0, 9);
    while (taxCodeCheckDigit(nine) === undefined || taxCodeCheckDigit(nine) === 10)
      nine = `${nine.slice(0, 8)}${(Number(nine[8]) + 1) % 10}`;
    const founded = { year: 1990 + i * 2, month: 1 + (i % 12), day: 1 + i };
    const employer: EmployerRef = {
      taxCode: `${nine}${taxCodeCheckDigit(nine)}`,
      name: `Công ty Mẫu ${i}`,
      founded,
    };
    if (i % 4 === 3) employer.dissolved = { year: 2015 + (i % 9), month: 6, day: 30 };
    list.push(employer);
  }
  return list;
}

const monthOf = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
const monthOfYmd = (d: Ymd) => d.year * 12 + d.month - 1;

describe.each([1, 42, 2026])('insurance stage, seed %s', (seed) => {
  const people = generatePeople(seed, 240, asOf);
  const employers = fixtureEmployers();
  const byTax = new Map(employers.map((e) => [e.taxCode, e]));
  const { records, tags } = buildInsuranceRecords(seed, people, employers, asOf);

  it('gives every person a unique 10-digit code, and a health card to the living', () => {
    const codes = new Set<string>();
    for (const person of people.persons) {
      const record = records.get(person.id)!;
      expect(isValidInsuranceCode(record.maSoBHXH)).toBe(true);
      codes.add(record.maSoBHXH);
      expect(record.theBHYT !== undefined).toBe(person.death === undefined);
      if (record.theBHYT) {
        expect(record.theBHYT.soThe).toMatch(/^[A-Z]{2}[1-5]\d{2}\d{10}$/);
        expect(record.theBHYT.soThe.endsWith(record.maSoBHXH)).toBe(true);
        expect(record.theBHYT.giaTriTu <= record.theBHYT.giaTriDen!).toBe(true);
        expect(record.theBHYT.noiDangKyKCB.tenCoSo).not.toBe('');
      }
    }
    expect(codes.size).toBe(people.persons.length);
  });

  it('puts every period at a listed employer, inside its life, before death, and only adults at work', () => {
    for (const person of people.persons) {
      const record = records.get(person.id)!;
      if (ageOn(person.birth, asOf) < 18) expect(record.quaTrinhDong).toEqual([]);
      let previousEnd = -1;
      for (const period of record.quaTrinhDong) {
        const employer = byTax.get(period.maSoThue)!;
        expect(employer).toBeDefined();
        expect(period.tenDonVi).toBe(employer.name);
        const from = monthOf(period.tuThang);
        const to = period.denThang === undefined ? monthOfYmd(asOf) : monthOf(period.denThang);
        expect(from).toBeGreaterThan(monthOfYmd(employer.founded));
        expect(from).toBeGreaterThan(previousEnd);
        expect(to).toBeGreaterThanOrEqual(from);
        if (employer.dissolved) {
          expect(period.denThang).toBeDefined();
          expect(to).toBeLessThan(monthOfYmd(employer.dissolved));
        }
        if (person.death) expect(to).toBeLessThan(monthOfYmd(person.death));
        expect(to).toBeLessThanOrEqual(monthOfYmd(asOf));
        previousEnd = to;
      }
      const running = record.quaTrinhDong.filter((p) => p.denThang === undefined);
      expect(running.length).toBeLessThanOrEqual(1);
      expect(record.trangThaiThamGia).toBe(running.length ? '1' : record.quaTrinhDong.length ? '2' : '3');
    }
  });

  it('tags at least three of each hard case, each as its name says', () => {
    const tagged = (tag: string) => people.persons.filter((p) => tags.get(p.id)!.includes(tag as never));
    expect(tagged('no-insurance-history').length).toBeGreaterThanOrEqual(3);
    expect(tagged('short-contributions').length).toBeGreaterThanOrEqual(3);
    for (const person of tagged('no-insurance-history')) {
      expect(ageOn(person.birth, asOf)).toBeGreaterThanOrEqual(18);
      expect(records.get(person.id)!.quaTrinhDong).toEqual([]);
    }
    for (const person of tagged('short-contributions')) {
      const spans = records.get(person.id)!.quaTrinhDong.map((p) => ({ from: p.tuThang, to: p.denThang }));
      const recent = contributionMonthsBetween(spans, '2024-02', '2026-01');
      expect(recent).toBeGreaterThanOrEqual(1);
      expect(recent).toBeLessThan(12);
    }
    // Most working adults do contribute: the hard cases stay hard cases.
    const working = people.persons.filter((p: Person) => records.get(p.id)!.trangThaiThamGia === '1');
    expect(working.length).toBeGreaterThan(people.persons.length / 5);
  });

  it('is deterministic, and persons appended at the end leave the seeded records unchanged', () => {
    expect(buildInsuranceRecords(seed, people, employers, asOf)).toEqual({ records, tags });
    const more = generatePeople(seed + 1, 20, asOf);
    const extended = {
      persons: [...people.persons, ...more.persons.map((p) => ({ ...p, household: 0 }))],
      households: people.households,
    };
    const after = buildInsuranceRecords(seed, extended, employers, asOf);
    for (const person of people.persons) expect(after.records.get(person.id)).toEqual(records.get(person.id));
  });
});
