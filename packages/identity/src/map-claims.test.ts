import { describe, expect, it } from 'vitest';
import { assuranceOf, birthDateOf, mapCitizen } from './map-claims.js';
import { oidcProfile, vneidDirectProfile } from './profiles.js';
import { generateKeyPairSync } from 'node:crypto';

const ID = '001203012345';

describe('mapCitizen', () => {
  it('maps the VNeID SSO claims (standard profile)', () => {
    const citizen = mapCitizen(
      { sub: 'abc', SoDinhDanh: ID, HoVaTen: 'Nguyễn  Văn An', NgayThangNamSinh: '20030514', loAs: 'LoA2' },
      oidcProfile().claims,
      'oidc',
    );
    expect(citizen).toEqual({
      personalId: ID,
      fullName: 'Nguyễn Văn An',
      birthDate: { precision: 'day', year: 2003, month: 5, day: 14 },
      assuranceLevel: 2,
      subject: 'abc',
      provider: 'oidc',
    });
  });

  it('maps the direct integration claims, which have no sub', () => {
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const citizen = mapCitizen(
      { citizenPid: ID, fullName: 'Lê Thị Bình', birthDate: '1938', accountLevel: 1 },
      vneidDirectProfile({ decryptionKey: key }).claims,
      'vneid-direct',
    );
    expect(citizen).toMatchObject({
      subject: ID,
      birthDate: { precision: 'year', year: 1938 },
      assuranceLevel: 1,
    });
  });

  it('refuses a missing or malformed claim by name, never quoting its value', () => {
    const names = oidcProfile().claims;
    const base = { sub: 's', SoDinhDanh: ID, HoVaTen: 'A', NgayThangNamSinh: '20030514' };
    for (const [claims, claim] of [
      [{ ...base, SoDinhDanh: '12345' }, 'SoDinhDanh'],
      [{ ...base, HoVaTen: undefined }, 'HoVaTen'],
      [{ ...base, NgayThangNamSinh: '20031345' }, 'NgayThangNamSinh'],
    ] as const) {
      const error = (() => {
        try {
          mapCitizen(claims as Record<string, unknown>, names, 'oidc');
        } catch (e) {
          return e as Error & { code: string };
        }
      })();
      expect(error?.code).toBe('SIGNIN_ANSWER_INVALID');
      expect(error?.message).toContain(claim);
      expect(error?.message).not.toContain('12345');
    }
  });
});

describe('claim readers', () => {
  it('reads dates as precise as they are', () => {
    expect(birthDateOf('200305', 'x')).toEqual({ precision: 'month', year: 2003, month: 5 });
    expect(birthDateOf('14/05/2003', 'x')).toEqual({ precision: 'day', year: 2003, month: 5, day: 14 });
  });
  it('reads assurance levels in the shapes providers use', () => {
    expect(assuranceOf(2)).toBe(2);
    expect(assuranceOf('LoA1')).toBe(1);
    expect(assuranceOf(['LoA1', 'LoA2'])).toBe(2);
    expect(assuranceOf('level-9')).toBeUndefined();
    expect(assuranceOf(undefined)).toBeUndefined();
  });
});
