import { compileSchema } from '@onceonly/core';
import {
  CongdanCollection,
  getCitizenRest,
  getCitizenSoap,
  ThongTinCuTru,
  toResidence,
} from '@onceonly/population';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/create-world.js';
import { defaultProviders } from './index.js';
import {
  matchPersona,
  populationCitizenProvider,
  populationHouseholdProvider,
  populationMaritalProvider,
  populationResidenceProvider,
  populationVerifyProvider,
} from './population.js';
import { recordName } from './population-wire.js';

const world = createWorld(42);
const officer = '001085001234';

function askFor(persona = world.byTag('married')[0]!) {
  const date = persona.population.ngaySinh.split('/').reverse().join('');
  return {
    MaYeuCau: 'x-1',
    MaCanBo: officer,
    MaTichHop: '037' as const,
    SoDinhDanh: persona.personalId,
    HoVaTen: recordName(persona.population),
    NgayThangNamSinh:
      date.length === 4 ? { Nam: date } : { NgayThangNam: date.length === 6 ? `${date}00` : date },
  };
}

describe('population providers', () => {
  it('bind the five operations, each for REST and SOAP', () => {
    expect(populationCitizenProvider.service).toBe(getCitizenRest);
    expect(populationCitizenProvider.soapService).toBe(getCitizenSoap);
    const codes = defaultProviders.map((b) => b.service.code);
    expect(codes.slice(0, 5)).toEqual([
      'TraCuuThongTinCongDan',
      'XacThucThongTinCongDan',
      'CungCapThongTinHoGiaDinh',
      'XacMinhTinhTrangHonNhan',
      'CungCapThongTinCuTru',
    ]);
  });

  it('answer a lookup whose id, name and date agree, valid against the answer schema', () => {
    const persona = world.byTag('married')[0]!;
    const answer = populationCitizenProvider.resolve(askFor(persona), world);
    expect(compileSchema(CongdanCollection).check(answer)).toEqual({ ok: true });
    expect(answer?.SoCongDan).toBe('1');
    expect(answer?.CongDan?.[0]?.SoDinhDanh).toBe(persona.personalId);
  });

  it('compare the name without case and diacritics', () => {
    const asked = askFor();
    expect(matchPersona({ ...asked, HoVaTen: asked.HoVaTen.toUpperCase() }, world)).toBeDefined();
  });

  it.each([
    ['no officer', { MaCanBo: undefined }],
    ['another name', { HoVaTen: 'Người Khác Hẳn' }],
    ['another date', { NgayThangNamSinh: { NgayThangNam: '18000101' } }],
    ['an unknown id', { SoDinhDanh: '001099999999' }],
  ])('answer "not found" for %s, and verify says no', (_what, patch) => {
    const asked = { ...askFor(), ...patch } as ReturnType<typeof askFor>;
    expect(populationCitizenProvider.resolve(asked, world)).toBeUndefined();
    expect(populationVerifyProvider.resolve(asked, world)).toEqual({ TonTai: false });
  });

  it('look up by old id and verify yes', () => {
    const persona = world.byTag('old-id')[0]!;
    const { SoDinhDanh: _id, ...asked } = askFor(persona);
    const answer = populationCitizenProvider.resolve({ ...asked, SoCMND: persona.population.soCMND }, world);
    expect(answer?.CongDan?.[0]?.SoDinhDanh).toBe(persona.personalId);
    expect(populationVerifyProvider.resolve(askFor(persona), world)).toEqual({ TonTai: true });
  });

  it('serve the household with each relation, and the marital status', () => {
    const persona = world.byTag('married')[0]!;
    const home = populationHouseholdProvider.resolve(askFor(persona), world);
    expect(home?.ThanhVien?.some((m) => m.SoDinhDanh === persona.personalId)).toBe(true);
    expect(home?.ThanhVien?.filter((m) => m.QuanHe === '01')).toHaveLength(1);
    const marital = populationMaritalProvider.resolve(askFor(persona), world);
    expect(marital?.TinhTrangHonNhan).toBe('2');
    expect(marital?.VoChong?.HoVaTen).toBe(persona.population.voChong?.hoVaTen);
  });

  it('serve the residence history: since when, earlier homes, a temporary residence', () => {
    const source = { provider: 'GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-01-01T00:00:00.000Z' };
    const schema = compileSchema(ThongTinCuTru);
    let withTemporary = 0;
    for (const persona of world.byTag('adult').slice(0, 200)) {
      const answer = populationResidenceProvider.resolve(askFor(persona), world)!;
      expect(schema.check(answer)).toEqual({ ok: true });
      const residence = toResidence(answer, source);
      expect(residence.permanent?.address.wardCode).toBe(persona.population.thuongTru?.maXa);
      for (const earlier of residence.previousPermanent) {
        expect(earlier.until! < residence.permanent!.from).toBe(true);
      }
      if (residence.temporary) {
        withTemporary++;
        expect(residence.temporary.address.wardCode).toBe(persona.population.noiOHienTai?.maXa);
        expect(residence.temporary.from < residence.temporary.until!).toBe(true);
      }
    }
    expect(withTemporary).toBeGreaterThan(0);
  });

  it('serve a deceased citizen no current residence and no household', () => {
    const dead = world.byTag('deceased')[0]!;
    const answer = populationResidenceProvider.resolve(askFor(dead), world)!;
    expect(answer.ThuongTru).toBeUndefined();
    expect(answer.TamTru).toBeUndefined();
    expect(answer.ThuongTruTruocDay?.[0]?.DenNgay).toBe(dead.deathDate!.replaceAll('-', ''));
    expect(populationHouseholdProvider.resolve(askFor(dead), world)).toBeUndefined();
  });
});
