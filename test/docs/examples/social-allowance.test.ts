/** The adapter's own tests, as docs/writing-an-adapter.md shows them: vitest runs this file. */
// #region fixture-test
import { compileSchema } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { BeneficiaryWire, toBeneficiary } from './social-allowance.js';

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
    expect(compileSchema(BeneficiaryWire).check(fixture)).toEqual({ ok: true });
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
    expect(compileSchema(BeneficiaryWire).check(broken)).toEqual({
      ok: false,
      problems: [
        { path: '/maSoBhxh', rule: 'format:vn-insurance-code' },
        { path: '/tuNgay', rule: 'pattern' },
      ],
    });
  });
});
// #endregion fixture-test
import { requestTarget } from '@onceonly/core';
import { getAllowanceKindService } from './social-allowance.js';

// Not shown in the doc: the GET service of the "Paths and queries" section builds the URL it promises.
describe('getAllowanceKindService', () => {
  it('puts the kind in the path and the language in the query, with no body', () => {
    expect(requestTarget(getAllowanceKindService, { kind: 'NCT80', lang: 'vi' })).toEqual({
      path: '/NCT80',
      query: '?lang=vi',
      body: undefined,
    });
  });
});
