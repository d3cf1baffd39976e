/**
 * A tiny seeded pseudo-random generator (sfc32, public domain) and helpers. Every stage of the world
 * draws from its own stream, seeded by (world seed, stage name): adding a stage, or drawing more in
 * one, never shifts what another stage draws.
 * @module
 */

/** A seeded stream of numbers. Same seed and stream name → same sequence, on every platform. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [item: T, weight: number])[]): T;
  /** `length` decimal digits as a string (leading zeros kept). */
  digits(length: number): string;
}

/** 32-bit FNV-1a over the seed and the stream name: the four words of the sfc32 state. */
function hashState(seed: number, stream: string): [number, number, number, number] {
  const words: number[] = [];
  for (let salt = 0; salt < 4; salt++) {
    let h = 0x811c9dc5 ^ salt;
    const text = `${seed >>> 0}:${salt}:${stream}`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    words.push(h >>> 0);
  }
  return words as [number, number, number, number];
}

/**
 * A random stream for one stage of the world.
 *
 * @example
 * ```ts
 * const random = createRandom(42, 'population');
 * random.int(1, 6); // the same number every time for (42, 'population')
 * ```
 */
export function createRandom(seed: number, stream: string): Random {
  let [a, b, c, d] = hashState(seed, stream);
  const next = (): number => {
    // sfc32 (Chris Doty-Humphrey): small, fast, and passes PractRand at this size.
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm up: the first outputs of sfc32 from a hashed state are weakly mixed.
  for (let i = 0; i < 12; i++) next();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items) => {
      let total = 0;
      for (const [, weight] of items) total += weight;
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    digits: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += String(Math.floor(next() * 10));
      return out;
    },
  };
  return random;
}
