import { describe, expect, it } from 'vitest';
import { death } from './fixtures/ho-tich.js';
import { toDeathRecord } from './map-death.js';

const SOURCE = { provider: 'GOV/000.00.00.G12/CSDLHT', retrievedAt: '2026-01-01T00:00:00Z' };

describe('toDeathRecord', () => {
  it('reads the deceased, the date and place of death and the registering authority', () => {
    const record = toDeathRecord(death, SOURCE);
    expect(record.deceased).toEqual({
      personalId: '034038001111',
      name: 'Khổng Văn Lợi',
      gender: 'male',
      birthDate: { precision: 'year', year: 1938 },
      nationality: 'VN',
    });
    expect(record.dateOfDeath).toEqual({ precision: 'day', year: 2024, month: 2, day: 10 });
    expect(record.placeOfDeath).toMatchObject({
      provinceCode: '34',
      districtCode: '336',
      detail: 'Tại nhà riêng',
    });
    expect(record.registration).toMatchObject({ number: '7', date: '2024-02-15' });
    expect(record.registration.authority.name).toBe('UBND Phường Bến Nghé');
    expect(record.provenance).toEqual(SOURCE);
  });

  it('never reads a cause of death, even when a provider sends one', () => {
    const record = toDeathRecord({ ...death, NguyenNhanChet: 'bệnh' } as never, SOURCE);
    expect(JSON.stringify(record)).not.toContain('bệnh');
  });

  it('refuses a record without a readable date of death', () => {
    expect(() => toDeathRecord({ ...death, NgayChet: '' }, SOURCE)).toThrow(/NgayChet/);
  });
});
