import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { hashSubject, isSubjectHash, subjectHasher } from './subject-hash.js';

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

describe('subjectHasher', () => {
  it('gives what hashSubject gives, for recent and forgotten subjects alike', () => {
    const hash = subjectHasher(key);
    const ids = Array.from({ length: 1_500 }, (_, i) => `001234${String(i).padStart(6, '0')}`);
    // More subjects than it remembers: the first ones are forgotten and hashed again, the same way.
    for (const id of [...ids, ...ids.slice(0, 10), ` ${ids[1_499]} `]) {
      expect(hash(id)).toBe(hashSubject(key, id));
    }
    expect(new Set(ids.map(hash)).size).toBe(ids.length);
  });
});
