import { compileSchema } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import * as fixtures from './fixtures/citizens.js';
import { CitizenQuery, CitizenWire } from './wire.js';

// The SDK's own ajv instance: what the gateway will apply to real answers.
const wire = compileSchema(CitizenWire);
const query = compileSchema(CitizenQuery);

describe('CitizenWire', () => {
  it.each(Object.entries(fixtures))('accepts the %s fixture', (_name, record) => {
    expect(wire.check(record)).toEqual({ ok: true });
  });

  // biome-ignore lint/suspicious/noExplicitAny: these tests break records on purpose, field by field.
  type Breakable = Record<string, any>;
  const broken: Array<[string, (r: Breakable) => void, string]> = [
    ['an unknown field', (r) => (r.extra = 1), '/ (unknown property)'],
    ['a missing name', (r) => delete r.hoVaTen, '/hoVaTen'],
    ['an 11-digit id', (r) => (r.soDinhDanh = '07919001234'), '/soDinhDanh'],
    ['an 8-digit old id', (r) => (r.soCMND = '12345678'), '/soCMND'],
    ['an ISO date', (r) => (r.ngaySinh = '1990-04-17'), '/ngaySinh'],
    ['month 13', (r) => (r.ngaySinh = '01/13/1990'), '/ngaySinh'],
    ['gender 3', (r) => (r.gioiTinh = '3'), '/gioiTinh'],
    ['a numeric code', (r) => (r.danToc = 1), '/danToc'],
    ['a 2025 address with a district', (r) => (r.thuongTru.maHuyen = '001'), '/thuongTru'],
    [
      'a pre-2025 address without one',
      (r) => (r.queQuan = { ...r.queQuan, phienBan: 'pre-2025' }),
      '/queQuan',
    ],
    ['a 4-digit ward code', (r) => (r.noiOHienTai.maXa = '2574'), '/noiOHienTai/maXa'],
    ['a relative with an unknown field', (r) => (r.cha.tuoi = 60), '/cha (unknown property)'],
    ['a household head without id', (r) => delete r.chuHo.soDinhDanh, '/chuHo/soDinhDanh'],
  ];
  it.each(broken)('refuses %s', (_what, breakIt, path) => {
    const record = structuredClone(fixtures.fullRecord) as Breakable;
    breakIt(record);
    const result = wire.check(record);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.path.startsWith(path))).toBe(true);
  });
});

describe('CitizenQuery', () => {
  it('accepts twelve digits', () => {
    expect(query.check({ personalId: '001203012345' })).toEqual({ ok: true });
  });
  it.each([
    {},
    { personalId: 1203012345 },
    { personalId: '00120301234' },
    { personalId: '001203012345', x: 1 },
  ])('refuses %j', (value) => {
    expect(query.check(value).ok).toBe(false);
  });
});
