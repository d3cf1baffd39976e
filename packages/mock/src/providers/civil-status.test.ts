import { compileSchema, type JsonSchema } from '@onceonly/core';
import {
  DanhSachKetHon,
  getBirthRecordRest,
  getBirthRecordSoap,
  ThongTinKhaiSinh,
  ThongTinKhaiTu,
  ThongTinTinhTrangHonNhan,
} from '@onceonly/civil-status';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/create-world.js';
import type { Persona } from '../world/types.js';
import {
  civilBirthProvider,
  civilDeathProvider,
  civilMaritalStatusProvider,
  civilMarriageProvider,
  matchCivilPersona,
} from './civil-status.js';
import { defaultProviders } from './index.js';

const world = createWorld(42);
const ask = (persona: Persona) => ({
  MaYeuCau: 'x-1',
  MaCanBo: '001085001234',
  SoDinhDanh: persona.personalId,
  HoVaTen: persona.fullName,
});
const valid = (schema: JsonSchema, answer: unknown) =>
  expect(compileSchema(schema).check(answer)).toEqual({ ok: true });

describe('civil status providers', () => {
  it('bind the four operations, each for REST and SOAP, among the default providers', () => {
    expect(civilBirthProvider.service).toBe(getBirthRecordRest);
    expect(civilBirthProvider.soapService).toBe(getBirthRecordSoap);
    const ours = defaultProviders.filter((b) => b.service.provider === 'GOV/000.00.00.G12/CSDLHT');
    expect(ours.map((b) => b.service.code)).toEqual([
      'TraCuuThongTinKhaiSinh',
      'TraCuuThongTinKetHon',
      'XacNhanTinhTrangHonNhan',
      'TraCuuThongTinKhaiTu',
    ]);
  });

  it('serve a birth record naming the child, registered by a commune, valid against the answer schema', () => {
    const persona = world.personas.find((p) => p.civilStatus?.khaiSinh?.cha?.soDinhDanh !== undefined)!;
    const answer = civilBirthProvider.resolve(ask(persona), world);
    valid(ThongTinKhaiSinh, answer);
    expect(answer?.NguoiDuocKhaiSinh?.SoDinhDanh).toBe(persona.personalId);
    expect(answer?.CoQuanDangKy?.TenCoQuan).toMatch(/^UBND /);
    expect(answer?.NgayDangKy).toMatch(/^\d{8}$/);
  });

  it('serve every marriage of a person and the status behind a confirmation', () => {
    const persona = world.byTag('married')[0]!;
    const marriages = civilMarriageProvider.resolve(ask(persona), world);
    valid(DanhSachKetHon, marriages);
    expect(marriages?.KetHon?.length).toBeGreaterThan(0);
    const status = civilMaritalStatusProvider.resolve(ask(persona), world);
    valid(ThongTinTinhTrangHonNhan, status);
    expect(status?.TinhTrangHonNhan).toBe('2');
    const single = world.byTag('single')[0]!;
    expect(civilMarriageProvider.resolve(ask(single), world)).toMatchObject({ SoBanGhi: '0', KetHon: [] });
  });

  it('serve a death record only for a deceased person', () => {
    const deceased = world.personas.find((p) => p.civilStatus?.khaiTu !== undefined);
    if (deceased) {
      const answer = civilDeathProvider.resolve(ask(deceased), world);
      valid(ThongTinKhaiTu, answer);
      expect(JSON.stringify(answer)).not.toMatch(/NguyenNhan/);
    }
    expect(civilDeathProvider.resolve(ask(world.byTag('minor')[0]!), world)).toBeUndefined();
  });

  it.each([
    ['another name', { HoVaTen: 'Người Khác Hẳn' }],
    ['an unknown id', { SoDinhDanh: '001099999999' }],
  ])('answer "not found" for %s', (_what, patch) => {
    const asked = { ...ask(world.byTag('married')[0]!), ...patch };
    expect(matchCivilPersona(asked, world)).toBeUndefined();
    expect(civilMarriageProvider.resolve(asked, world)).toBeUndefined();
    expect(civilMaritalStatusProvider.resolve(asked, world)).toBeUndefined();
  });

  it('compare the name without case and diacritics; no birth record is "not found"', () => {
    const persona = world.byTag('married')[0]!;
    expect(matchCivilPersona({ ...ask(persona), HoVaTen: persona.fullName.toUpperCase() }, world)).toBe(
      persona,
    );
    expect(civilBirthProvider.resolve(ask(world.byTag('no-birth-record')[0]!), world)).toBeUndefined();
  });
});
