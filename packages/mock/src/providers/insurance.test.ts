import { compileSchema } from '@onceonly/core';
import {
  getContributionPeriodsRest,
  getContributionPeriodsSoap,
  getHealthInsuranceCardRest,
  getParticipantRest,
  NguoiThamGia,
  QuaTrinhThamGia,
  TheBHYT,
} from '@onceonly/insurance';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/create-world.js';
import { defaultProviders } from './index.js';
import {
  findInsured,
  insuranceContributionsProvider,
  insuranceHealthCardProvider,
  insuranceParticipantProvider,
} from './insurance.js';

const world = createWorld(42);
const source = { provider: 'VN/GOV/000.00.00.G21/CSDLBH', retrievedAt: '2026-01-01T00:00:00Z' };
const byId = (personalId: string) => ({ MaYeuCau: 'x-1', SoDinhDanh: personalId });

describe('insurance providers', () => {
  it('bind the three operations, each for REST and SOAP, among the default providers', () => {
    expect(insuranceContributionsProvider.service).toBe(getContributionPeriodsRest);
    expect(insuranceContributionsProvider.soapService).toBe(getContributionPeriodsSoap);
    const codes = defaultProviders.map((b) => b.service.code);
    expect(codes).toEqual(
      expect.arrayContaining(['TraCuuThongTinNguoiThamGia', 'TraCuuQuaTrinhDongBHXH', 'TraCuuTheBHYT']),
    );
  });

  it("answer every persona valid against the answer schemas, and the adapter's mappings read them", () => {
    const checks = [
      [insuranceParticipantProvider, NguoiThamGia, getParticipantRest],
      [insuranceContributionsProvider, QuaTrinhThamGia, getContributionPeriodsRest],
      [insuranceHealthCardProvider, TheBHYT, getHealthInsuranceCardRest],
    ] as const;
    for (const persona of world.personas) {
      for (const [binding, schema, service] of checks) {
        const answer = binding.resolve(byId(persona.personalId), world);
        if (answer === undefined) {
          // Only a health card can be missing: the deceased hold none.
          expect(binding).toBe(insuranceHealthCardProvider);
          continue;
        }
        expect(compileSchema(schema).check(answer)).toEqual({ ok: true });
        expect(() => service.map(answer as never, { personalId: persona.personalId }, source)).not.toThrow();
      }
    }
  });

  it('agree with the world on the hard cases', () => {
    const none = world.byTag('no-insurance-history')[0]!;
    const history = getContributionPeriodsRest.map(
      insuranceContributionsProvider.resolve(byId(none.personalId), world)!,
      { personalId: none.personalId },
      source,
    );
    expect(history.periods).toEqual([]);
    const short = world.byTag('short-contributions')[0]!;
    const recent = getContributionPeriodsRest.map(
      insuranceContributionsProvider.resolve(byId(short.personalId), world)!,
      { personalId: short.personalId },
      source,
    ).monthsInLast24;
    expect(recent).toBeGreaterThanOrEqual(1);
    expect(recent).toBeLessThan(12);
  });

  it('find a person by the 10-digit code too, and nobody for an unknown key', () => {
    const persona = world.personas[5]!;
    const code = persona.insurance!.maSoBHXH;
    expect(findInsured({ MaYeuCau: 'x', MaSoBHXH: code }, world)?.[0]).toBe(persona);
    expect(findInsured({ MaYeuCau: 'x', MaSoBHXH: '0000000000' }, world)).toBeUndefined();
    expect(findInsured(byId('001203999999'), world)).toBeUndefined();
    expect(insuranceParticipantProvider.subject?.({ MaYeuCau: 'x', MaSoBHXH: code })).toBe(code);
  });
});
