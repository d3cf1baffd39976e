import { CongdanCollection, HoGiaDinh } from '@onceonly/population';
import { compileSchema, type JsonSchema } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { breakSoapAnswer } from './soap-break-schema.js';

describe('breakSoapAnswer', () => {
  it('breaks an answer whose fields are all attributes by a value its pattern refuses', () => {
    const data = { SoCongDan: '1', GhiChu: '', ThoiDiemDuLieu: '20250101000000', CongDan: [] };
    const schema = CongdanCollection as unknown as JsonSchema;
    expect(compileSchema(schema).check(data).ok).toBe(true);
    const broken = breakSoapAnswer(schema, data, ['SoCongDan', 'GhiChu', 'ThoiDiemDuLieu'])!;
    expect(compileSchema(schema).check(broken).ok).toBe(false);
    // Attributes stay text: XML could not carry anything else there.
    for (const key of ['SoCongDan', 'GhiChu', 'ThoiDiemDuLieu']) expect(typeof broken[key]).toBe('string');
  });

  it('gives a leaf element children when no text value breaks it', () => {
    const schema = HoGiaDinh as unknown as JsonSchema;
    const data = { SoSoHoKhau: '123', ThoiDiemDuLieu: '20250101000000', ThanhVien: [] };
    const broken = breakSoapAnswer(schema, data);
    expect(broken).toBeDefined();
    expect(compileSchema(schema).check(broken).ok).toBe(false);
  });

  it('gives up on data that is not a record', () => {
    expect(breakSoapAnswer(CongdanCollection as unknown as JsonSchema, 'text')).toBeUndefined();
  });
});
