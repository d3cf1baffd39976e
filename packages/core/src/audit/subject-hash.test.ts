import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { hashSubject, isSubjectHash } from './subject-hash.js';

const key = 'k'.repeat(32);

describe('hashSubject', () => {
  it('is HMAC-SHA-256 hex of the trimmed subject', () => {
    const expected = createHmac('sha256', key).update('001234567890').digest('hex');
    expect(hashSubject(key, '001234567890')).toBe(expected);
    expect(hashSubject(key, '  001234567890\n')).toBe(expected);
    expect(isSubjectHash(expected)).toBe(true);
  });

  it('is stable for one key and differs between keys and subjects', () => {
    const other = randomBytes(32);
    expect(hashSubject(key, '001234567890')).toBe(hashSubject(key, '001234567890'));
    expect(hashSubject(key, '001234567890')).not.toBe(hashSubject(other, '001234567890'));
    expect(hashSubject(key, '001234567890')).not.toBe(hashSubject(key, '001234567891'));
  });

  it('refuses a key shorter than 32 bytes', () => {
    expect(() => hashSubject('short', '001234567890')).toThrow(InputError);
    expect(() => hashSubject(new Uint8Array(31), '001234567890')).toThrow(/at least 32 bytes/);
    try {
      hashSubject('short', '001234567890');
    } catch (error) {
      expect((error as InputError).code).toBe('INVALID_CONFIG');
      expect(String((error as Error).message)).not.toContain('short');
    }
  });
});
