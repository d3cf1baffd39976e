import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { defineService } from '../service/define-service.js';
import { toWireRequest } from './to-wire.js';

const PERSONAL_ID = '001203012345';
const call = { xroadId: 'id-1', purpose: '1.001193', caseId: 'H23', officerId: '001085012345' };
const base = {
  id: 'population.citizen.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'TraCuuThongTinCongDan',
  category: 'population.basic',
  idempotent: true,
  request: Type.Object({ personalId: Type.String(), fullName: Type.String() }),
  response: Type.Object({}),
  wireRequest: Type.Object(
    {
      MaYeuCau: Type.String(),
      MaCanBo: Type.Optional(Type.String()),
      SoDinhDanh: Type.String({ pattern: '^\\d{12}$' }),
      HoVaTen: Type.String(),
    },
    { additionalProperties: false },
  ),
};
const input = { personalId: PERSONAL_ID, fullName: 'Nguyễn Văn An' };

describe('toWireRequest', () => {
  it('sends the request as it is without toWire', () => {
    const plain = defineService({ ...base, wireRequest: undefined });
    expect(toWireRequest(plain, input, call)).toBe(input);
  });

  it("builds the wire body from the input and the call's ids, and drops undefined fields", () => {
    const service = defineService({
      ...base,
      toWire: (q, c) => ({
        MaYeuCau: c.xroadId,
        MaCanBo: c.officerId,
        SoDinhDanh: q.personalId,
        HoVaTen: q.fullName,
      }),
    });
    expect(toWireRequest(service, input, call)).toEqual({
      MaYeuCau: 'id-1',
      MaCanBo: '001085012345',
      SoDinhDanh: PERSONAL_ID,
      HoVaTen: 'Nguyễn Văn An',
    });
    const { officerId: _none, ...noOfficer } = call;
    expect(toWireRequest(service, input, noOfficer)).not.toHaveProperty('MaCanBo');
  });

  it('refuses a wire body that breaks wireRequest with INVALID_INPUT, naming paths and never values', () => {
    const service = defineService({
      ...base,
      toWire: (q, c) => ({ MaYeuCau: c.xroadId, SoDinhDanh: `${q.personalId}9`, HoVaTen: q.fullName }),
    });
    let error: unknown;
    try {
      toWireRequest(service, input, call);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('INVALID_INPUT');
    expect((error as InputError).message).toMatch(/SoDinhDanh/);
    expect(JSON.stringify((error as InputError).toJSON()) + (error as Error).message).not.toContain(
      PERSONAL_ID,
    );
  });

  it('turns a toWire that throws into an InputError without its text', () => {
    const service = defineService({
      ...base,
      toWire: (q) => {
        throw new Error(`bad ${q.personalId}`);
      },
    });
    expect(() => toWireRequest(service, input, call)).toThrow(InputError);
    expect(() => toWireRequest(service, input, call)).not.toThrow(PERSONAL_ID);
  });
});
