import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';

const draw = (seed: number, stream: string) => {
  const random = createRandom(seed, stream);
  return Array.from({ length: 8 }, () => random.next());
};

describe('createRandom', () => {
  it('repeats a sequence for the same seed and stream', () => {
    expect(draw(42, 'people')).toEqual(draw(42, 'people'));
  });

  it('gives independent streams per stage and per seed', () => {
    expect(draw(42, 'people')).not.toEqual(draw(42, 'population'));
    expect(draw(42, 'people')).not.toEqual(draw(43, 'people'));
  });

  it('stays in range', () => {
    const random = createRandom(1, 'range');
    for (let i = 0; i < 2000; i++) {
      const n = random.next();
      expect(n >= 0 && n < 1).toBe(true);
      const k = random.int(3, 5);
      expect(k >= 3 && k <= 5 && Number.isInteger(k)).toBe(true);
    }
    expect(random.digits(12)).toMatch(/^\d{12}$/);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('follows weights roughly', () => {
    const random = createRandom(5, 'weights');
    let heavy = 0;
    for (let i = 0; i < 4000; i++)
      if (
        random.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    expect(heavy / 4000).toBeGreaterThan(0.85);
    expect(heavy / 4000).toBeLessThan(0.95);
  });
});
