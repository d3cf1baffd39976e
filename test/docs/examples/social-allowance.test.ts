/** The adapter's own tests, as docs/writing-an-adapter.md shows them: vitest runs this file. */
// #region fixture-test
import { compileSchema } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { beneficiaryWireSchema, toBeneficiary, type BeneficiaryWire } from './social-allowance.js';

// A fixture: an answer exactly as the provider sent it (synthetic person), kept beside the test.
const fixture: BeneficiaryWire = {
  soDinhDanh: '079145012345',
  hoVaTen: 'Trần Thị Bích',
  loaiTroCap: 'NCT80',
  mucHuong: 500_000,
  tuNgay: '01/07/2025',
  trangThai: 'DANG_HUONG',
};

describe('toBeneficiary', () => {
  it('the fixture is a valid wire answer', () => {
    expect(compileSchema(beneficiaryWireSchema).check(fixture)).toEqual({ ok: true });
  });

  it('maps the wire answer to the domain type', () => {
    expect(toBeneficiary(fixture)).toEqual({
      personalId: '079145012345',
      fullName: 'Trần Thị Bích',
      insuranceCode: undefined,
      allowance: { kind: 'NCT80', monthlyVnd: 500_000, since: '2025-07-01', status: 'active' },
    });
  });

  it('the schema refuses what the mapping could not handle', () => {
    const broken = { ...fixture, tuNgay: '2025-07-01', maSoBhxh: '12345' };
    expect(compileSchema(beneficiaryWireSchema).check(broken)).toEqual({
      ok: false,
      problems: [
        { path: '/maSoBhxh', rule: 'format:vn-insurance-code' },
        { path: '/tuNgay', rule: 'pattern' },
      ],
    });
  });
});
// #endregion fixture-test
