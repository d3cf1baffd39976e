import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { asymmetricAlgorithms, DEFAULT_ALGORITHMS, isForbiddenAlgorithm } from './algorithms.js';

describe('algorithms', () => {
  it('forbids none and HMAC in any case, and non-strings', () => {
    for (const alg of ['none', 'NONE', 'None', 'HS256', 'hs384', 'HS512', undefined, 42])
      expect(isForbiddenAlgorithm(alg)).toBe(true);
    for (const alg of DEFAULT_ALGORITHMS) expect(isForbiddenAlgorithm(alg)).toBe(false);
  });

  it('strips forbidden algorithms from an allow-list and de-duplicates', () => {
    expect(asymmetricAlgorithms(undefined, 'x')).toEqual([...DEFAULT_ALGORITHMS]);
    expect(asymmetricAlgorithms(['HS256', 'ES256', 'none', 'ES256'], 'x')).toEqual(['ES256']);
  });

  it('refuses an allow-list with nothing asymmetric left', () => {
    expect(() => asymmetricAlgorithms(['HS256', 'none'], 'verify.algorithms')).toThrow(InputError);
    expect(() => asymmetricAlgorithms([], 'verify.algorithms')).toThrow(/verify.algorithms/);
  });
});
