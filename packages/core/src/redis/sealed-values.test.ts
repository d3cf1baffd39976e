import { describe, expect, it } from 'vitest';
import { createSealer } from './sealed-values.js';

const SECRET = 'a-secret-of-at-least-32-bytes-0123456789';

describe('sealed values', () => {
  it('opens what it sealed, and the sealed text shows nothing of it', () => {
    const sealer = createSealer(SECRET, 'test');
    const plain = JSON.stringify({ personalId: '001203012345', name: 'Nguyễn Văn An' });
    const sealed = sealer.seal(plain, 'k1');
    expect(sealed).not.toContain('001203012345');
    expect(Buffer.from(sealed, 'base64').toString('latin1')).not.toContain('001203012345');
    expect(sealer.open(sealed, 'k1')).toBe(plain);
    expect(sealer.seal(plain, 'k1')).not.toBe(sealed); // a fresh IV each time
  });

  it('refuses a value that was altered, moved to another key, or sealed with another secret', () => {
    const sealer = createSealer(SECRET, 'test');
    const sealed = sealer.seal('{"v":1}', 'k1');
    const bytes = Buffer.from(sealed, 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    expect(() => sealer.open(bytes.toString('base64'), 'k1')).toThrow(
      expect.objectContaining({ code: 'CACHE_STORE_ERROR' }),
    );
    expect(() => sealer.open(sealed, 'k2')).toThrow(expect.objectContaining({ code: 'CACHE_STORE_ERROR' }));
    const other = createSealer(`${SECRET}-rotated`, 'test');
    expect(() => other.open(sealed, 'k1')).toThrow(expect.objectContaining({ code: 'CACHE_STORE_ERROR' }));
    expect(() => sealer.open('not sealed', 'k1')).toThrow(
      expect.objectContaining({ code: 'CACHE_STORE_ERROR' }),
    );
  });

  it('hashes names with a keyed hash: stable for one secret, different for another', () => {
    const a = createSealer(SECRET, 'test');
    const b = createSealer(`${SECRET}-rotated`, 'test');
    expect(a.hashName('onceonly:x:001203012345')).toBe(a.hashName('onceonly:x:001203012345'));
    expect(a.hashName('onceonly:x:001203012345')).not.toBe(b.hashName('onceonly:x:001203012345'));
    expect(a.hashName('onceonly:x:001203012345')).not.toContain('001203012345');
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => createSealer('short', 'redisCacheStore')).toThrow(
      /redisCacheStore.secret must be at least 32 bytes/,
    );
  });
});
