import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOldAddress } from './old-address.js';

describe('resolveOldAddress', () => {
  it('resolves an old commune that went whole into one 2025 commune', () => {
    const r = resolveOldAddress({ provinceCode: '01', districtCode: '001', wardCode: '00001' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      province: { code: '01', name: 'Hà Nội' },
      ward: { code: '00097', name: 'Hồng Hà' },
      exact: true,
      oldProvince: { code: '01' },
      oldDistrict: { code: '001' },
      oldWard: { code: '00001', name: 'Phúc Xá' },
    });
    expect(r.value.candidates.map((w) => w.code)).toEqual(['00097']);
    expect(r.value.issue).toBeUndefined();
  });

  it('reads the ward code as a pre-2025 code (00004 was Trúc Bạch, now part of Ba Đình)', () => {
    const r = resolveOldAddress({ wardCode: '00004' });
    expect(r.ok && r.value.oldWard?.name).toBe('Trúc Bạch');
    expect(r.ok && r.value.ward?.name).toBe('Ba Đình');
  });

  it('moves an old province into its 2025 province', () => {
    // Hà Giang (02) is now part of Tuyên Quang (08).
    const r = resolveOldAddress({ provinceCode: '02' });
    expect(r).toMatchObject({
      ok: true,
      value: { province: { code: '08' }, exact: false, issue: 'NO_WARD' },
    });
    expect(r.ok && r.value.candidates).toEqual([]);
    // Old code 15 (Yên Bái) is now part of Lào Cai, which took code 15.
    expect(resolveOldAddress({ provinceCode: '15' })).toMatchObject({
      value: { province: { name: 'Lào Cai' } },
    });
  });

  it('lists candidates for a split commune', () => {
    const r = resolveOldAddress({ provinceCode: '01', wardCode: '00007' }); // Phường Cống Vị
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ province: { code: '01' }, exact: false, issue: 'SPLIT_WARD' });
    expect(r.value.ward).toBeUndefined();
    expect(r.value.candidates.map((w) => w.code)).toEqual(['00008', '00025']);
    expect(r.value.note).toMatch(/split/);
  });

  it('says so for the communes missing from the conversion table', () => {
    const r = resolveOldAddress({ wardCode: '25186' }); // Phù Mỹ, Lâm Đồng
    expect(r).toMatchObject({
      ok: true,
      value: { province: { code: '68' }, exact: false, issue: 'UNMAPPED_WARD' },
    });
    expect(r.ok && r.value.candidates).toEqual([]);
    expect(resolveOldAddress({ provinceCode: '24', wardCode: '07693' })).toMatchObject({
      value: { province: { code: '24', name: 'Bắc Ninh' }, issue: 'UNMAPPED_WARD' },
    });
    expect(resolveOldAddress({ provinceCode: '01', wardCode: '07693' })).toMatchObject({
      reason: 'MISMATCH',
    });
  });

  it('falls back to the province when the commune code is unknown', () => {
    expect(resolveOldAddress({ provinceCode: '01', wardCode: '99999' })).toMatchObject({
      ok: true,
      value: { province: { code: '01' }, exact: false, issue: 'UNKNOWN_WARD' },
    });
    expect(resolveOldAddress({ wardCode: '99999' })).toMatchObject({ ok: false, reason: 'UNKNOWN_WARD' });
  });

  it('resolves a district-level special zone and a district without commune', () => {
    expect(resolveOldAddress({ districtCode: '755' })).toMatchObject({
      ok: true,
      value: { province: { code: '79' }, ward: { code: '26732', type: 'đặc khu' }, exact: true },
    });
    const r = resolveOldAddress({ districtCode: '001' });
    expect(r).toMatchObject({
      ok: true,
      value: { province: { code: '01' }, exact: false, issue: 'NO_WARD' },
    });
    expect(r.ok && r.value.candidates.length).toBeGreaterThan(1);
  });

  it('pads codes that lost their leading zeros, and treats empty strings as absent', () => {
    const r = resolveOldAddress({ provinceCode: '1', districtCode: '1', wardCode: '1' });
    expect(r.ok && r.value.ward?.code).toBe('00097');
    expect(resolveOldAddress({ provinceCode: '01', districtCode: '', wardCode: '' })).toMatchObject({
      value: { issue: 'NO_WARD' },
    });
  });

  it.each([
    [null, 'NOT_AN_OBJECT'],
    ['01', 'NOT_AN_OBJECT'],
    [[], 'NOT_AN_OBJECT'],
    [{}, 'EMPTY'],
    [{ provinceCode: '', wardCode: '' }, 'EMPTY'],
    [{ provinceCode: 'Hà Nội' }, 'FORMAT'],
    [{ provinceCode: '001' }, 'FORMAT'],
    [{ wardCode: 1 }, 'FORMAT'],
    [{ wardCode: '０００01' }, 'FORMAT'],
    [{ provinceCode: '03' }, 'UNKNOWN_PROVINCE'],
    [{ districtCode: '999' }, 'UNKNOWN_DISTRICT'],
    [{ provinceCode: '79', districtCode: '001' }, 'MISMATCH'],
    [{ districtCode: '002', wardCode: '00001' }, 'MISMATCH'],
    [{ provinceCode: '79', wardCode: '00001' }, 'MISMATCH'],
  ])('refuses %j with %s', (input, reason) => {
    expect(resolveOldAddress(input as never)).toMatchObject({ ok: false, reason });
  });

  it('survives a hostile object', () => {
    const hostile = {
      get wardCode(): string {
        throw new Error('boom');
      },
    };
    expect(resolveOldAddress(hostile)).toMatchObject({ ok: false, reason: 'NOT_AN_OBJECT' });
  });

  it('property: any codes give a resolution or a typed reason', () => {
    const reasons = [
      'NOT_AN_OBJECT',
      'EMPTY',
      'FORMAT',
      'UNKNOWN_PROVINCE',
      'UNKNOWN_DISTRICT',
      'UNKNOWN_WARD',
      'MISMATCH',
    ];
    const code = (n: number) =>
      fc.oneof(
        fc.constant(undefined),
        fc.string({ unit: 'binary' }),
        fc.stringMatching(new RegExp(`^[0-9]{${n}}$`)),
      );
    fc.assert(
      fc.property(
        fc.record({ provinceCode: code(2), districtCode: code(3), wardCode: code(5) }, { requiredKeys: [] }),
        (address) => {
          const r = resolveOldAddress(address);
          if (!r.ok) {
            expect(reasons).toContain(r.reason);
            return;
          }
          expect(r.value.exact).toBe(r.value.ward !== undefined);
          expect(r.value.exact).toBe(r.value.issue === undefined);
          for (const w of r.value.candidates) expect(w.provinceCode).toBe(r.value.province.code);
        },
      ),
    );
  });
});
