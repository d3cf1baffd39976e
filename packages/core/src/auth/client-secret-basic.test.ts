import { describe, expect, it } from 'vitest';
import { basicAuthorization } from './client-secret-basic.js';

const decode = (header: string) => Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8');

describe('basicAuthorization', () => {
  it('base64-encodes id:secret', () => {
    expect(basicAuthorization('portal', 's3cret')).toBe(
      `Basic ${Buffer.from('portal:s3cret').toString('base64')}`,
    );
  });

  it('form-urlencodes each part first (RFC 6749 §2.3.1)', () => {
    expect(decode(basicAuthorization('VN/GOV:portal', 'p@ss word~!'))).toBe(
      'VN%2FGOV%3Aportal:p%40ss+word%7E%21',
    );
  });

  it('encodes non-ASCII as UTF-8 percent escapes', () => {
    expect(decode(basicAuthorization('cổng', 'x'))).toBe('c%E1%BB%95ng:x');
  });
});
