import { describe, expect, it } from 'vitest';
import { isCodeLike, maskString, REDACTED } from './mask-string.js';

const JWT =
  'eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiIwMDEyMzQ1Njc4OTAiLCJzY29wZSI6InBvcHVsYXRpb24uYmFzaWMifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';

describe('maskString', () => {
  it('masks 9- and 12-digit identity numbers, and longer digit runs', () => {
    expect(maskString('id 001234567890 not found')).toBe(`id ${REDACTED} not found`);
    expect(maskString('old id 123456789.')).toBe(`old id ${REDACTED}.`);
    expect(maskString('x5001234567890')).toBe(`x${REDACTED}`);
  });

  it('keeps short numbers, procedure codes, dates and X-Road ids', () => {
    for (const text of [
      'attempt 2 of 3 after 250 ms',
      'procedure 1.001193.000.00.00.H12',
      '2024-05-01T10:20:30.123Z',
      'VN/GOV/000.00.00.H23/PORTAL',
      'population.citizen.get',
      'status 503',
    ]) {
      expect(maskString(text)).toBe(text);
    }
  });

  it('masks JWTs, detached JWS and bearer tokens', () => {
    expect(maskString(`token=${JWT}`)).toBe(`token=${REDACTED}`);
    expect(maskString('sig eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl')).toBe(`sig ${REDACTED}`);
    expect(maskString('Authorization: Bearer abc.def-123')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(maskString('bearer opaque_token_value, next')).toBe(`Bearer ${REDACTED}, next`);
  });

  it('returns short strings untouched', () => {
    expect(maskString('ok')).toBe('ok');
  });

  it('stays linear on long base64 blobs and digit runs', () => {
    const blob = Buffer.alloc(750_000, 7).toString('base64url') + 'eyJ'.repeat(1000);
    const start = performance.now();
    maskString(blob);
    maskString('1'.repeat(1_000_000));
    // Linear is milliseconds; a backtracking regex would take minutes. Generous for shared CI cores.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('isCodeLike', () => {
  it('accepts codes and X-Road types', () => {
    for (const code of ['invalid_client', 'Server.ServerProxy.AccessDenied', 'E-42', 'RATE_LIMITED']) {
      expect(isCodeLike(code)).toBe(true);
    }
  });

  it('refuses a run of 9 or more digits, spaces, other scripts and non-strings', () => {
    for (const value of ['001203012345', 'x001203012345', 'A123456789', 'Nguyễn', 'a b', '', 42, null]) {
      expect(isCodeLike(value)).toBe(false);
    }
    expect(isCodeLike('A12345678')).toBe(true);
  });
});
