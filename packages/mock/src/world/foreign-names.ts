import type { Random } from './random.js';

/**
 * Names of foreign nationals married to citizens of the world, written in their own style (family name
 * first for Korean, Japanese, Chinese and Taiwanese names; romanised as their passports have them).
 * @module
 */

interface NamePool {
  /** ISO 3166-1 alpha-2 nationality. */
  nationality: string;
  weight: number;
  family: readonly string[];
  male: readonly string[];
  female: readonly string[];
  /** Given name first (`Michael Brown`) rather than family name first (`Kim Min-ji`). */
  givenFirst?: boolean;
}

const POOLS: readonly NamePool[] = [
  {
    nationality: 'KR',
    weight: 40,
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon'],
    male: ['Min-jun', 'Ji-hoon', 'Hyun-woo', 'Seung-ho', 'Dong-hyun'],
    female: ['Min-ji', 'Seo-yeon', 'Ji-woo', 'Soo-jin', 'Eun-ji'],
  },
  {
    nationality: 'CN',
    weight: 20,
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang'],
    male: ['Wei', 'Jun', 'Hao', 'Lei', 'Qiang'],
    female: ['Fang', 'Jing', 'Li Na', 'Xiu Ying', 'Min'],
  },
  {
    nationality: 'TW',
    weight: 20,
    family: ['Chen', 'Lin', 'Huang', 'Chang', 'Wu'],
    male: ['Chia-hao', 'Chih-ming', 'Kuan-yu', 'Wei-lun'],
    female: ['Yi-ting', 'Shu-fen', 'Mei-ling', 'Hsin-yi'],
  },
  {
    nationality: 'JP',
    weight: 12,
    family: ['Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe'],
    male: ['Hiroshi', 'Takeshi', 'Kenji', 'Yuto'],
    female: ['Yuki', 'Aiko', 'Haruka', 'Sakura'],
  },
  {
    nationality: 'US',
    weight: 8,
    family: ['Smith', 'Johnson', 'Brown', 'Miller'],
    male: ['Michael', 'David', 'James', 'Robert'],
    female: ['Jennifer', 'Sarah', 'Emily', 'Jessica'],
    givenFirst: true,
  },
];

/** A foreign national's name and nationality, drawn from `random`. */
export function drawForeignName(
  random: Random,
  gender: 'male' | 'female',
): { fullName: string; nationality: string } {
  const pool = random.weighted(POOLS.map((p) => [p, p.weight] as const));
  const family = random.pick(pool.family);
  const given = random.pick(pool[gender]);
  return {
    fullName: pool.givenFirst ? `${given} ${family}` : `${family} ${given}`,
    nationality: pool.nationality,
  };
}
