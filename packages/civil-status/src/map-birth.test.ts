import { ResponseError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { birth } from './fixtures/ho-tich.js';
import { toBirthRecord } from './map-birth.js';

const SOURCE = { provider: 'GOV/000.00.00.G12/CSDLHT', retrievedAt: '2026-01-01T00:00:00Z' };

describe('toBirthRecord', () => {
  it('reads the child, both parents, the place and the registration, with provenance', () => {
    expect(toBirthRecord(birth, SOURCE)).toEqual({
      registration: {
        number: '125',
        book: '01/2023',
        date: '2023-03-20',
        authority: {
          code: 'UBND-26734',
          name: 'UBND Phường Bến Nghé',
          provinceCode: '79',
          wardCode: '26734',
        },
      },
      child: {
        personalId: '079223012345',
        name: 'Nguyễn Minh Khôi',
        gender: 'male',
        birthDate: { precision: 'day', year: 2023, month: 3, day: 5 },
        nationality: 'VN',
      },
      placeOfBirth: { provinceCode: '79', wardCode: '26734', detail: 'Bệnh viện Từ Dũ', country: 'VN' },
      father: { name: 'Nguyễn Văn Hùng', personalId: '079090001234', birthYear: 1990, nationality: 'VN' },
      mother: { name: 'Trần Thị Mai', birthYear: 1992, nationality: 'VN' },
      provenance: SOURCE,
    });
  });

  it('leaves out a parent the record does not name (an unknown father is written empty)', () => {
    const record = toBirthRecord({ ...birth, Cha: { HoVaTen: '', QuocTich: '' } }, SOURCE);
    expect(record).not.toHaveProperty('father');
    expect(record.mother?.name).toBe('Trần Thị Mai');
  });

  it('reads a pre-2025 place with its district, and a year-only date of birth', () => {
    const record = toBirthRecord(
      {
        ...birth,
        NoiSinh: { MaTinhThanh: '34', MaQuanHuyen: '336', MaPhuongXa: '12511', ChiTiet: '' },
        NguoiDuocKhaiSinh: { ...birth.NguoiDuocKhaiSinh, NgayThangNamSinh: { Nam: '1975' } },
      },
      SOURCE,
    );
    expect(record.placeOfBirth).toEqual({
      provinceCode: '34',
      districtCode: '336',
      wardCode: '12511',
      detail: '',
      country: 'VN',
    });
    expect(record.child.birthDate).toEqual({ precision: 'year', year: 1975 });
  });

  it.each([
    ['no registration number', { SoDangKy: '' }],
    ['no registering authority', { CoQuanDangKy: undefined }],
    ['an unreadable registration date', { NgayDangKy: '20231399' }],
    ['no child id', { NguoiDuocKhaiSinh: { HoVaTen: 'An' } }],
  ])('refuses a record with %s, without echoing its data', (_what, patch) => {
    const error = (() => {
      try {
        toBirthRecord({ ...birth, ...patch } as never, SOURCE);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).code).toBe('RESPONSE_MAPPING');
    expect(String((error as Error).message)).not.toMatch(/\d{9,}|Nguyễn/);
  });
});
