import type { Language, RoleId } from '../../core/index.js';

/**
 * Deterministic fake people for seeding. A small PRNG (mulberry32) instead of Math.random, so the
 * same seed gives the same account in a test, a story and the demo.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A list with at least one entry, so picking from it always finds one. */
type NonEmpty<T> = readonly [T, ...T[]];

const FIRST_NAMES: NonEmpty<string> = [
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Mia',
  'Lukas',
  'Sofia',
  'Jonas',
  'Anna',
  'Wei',
  'Li',
  'Mei',
  'Dmitri',
  'Olga',
  'Ivan',
  'Elena',
  'Hans',
  'Greta',
  'Yusuf',
  'Aylin',
  'Carlos',
  'Lucia',
  'Kenji',
  'Yuki',
  'Amara',
  'Tariq',
  'Ingrid',
  'Mateo',
  'Zara',
  'Farid',
];
const LAST_NAMES: NonEmpty<string> = [
  'Smith',
  'Müller',
  'Schmidt',
  'Wang',
  'Zhang',
  'Ivanova',
  'Petrov',
  'García',
  'Rossi',
  'Novak',
  'Kowalski',
  'Tanaka',
  'Okafor',
  'Haddad',
  'Larsen',
  'Dubois',
  'Fischer',
  'Chen',
  'Sokolov',
  'Weber',
  'Aliyev',
  'Moreau',
  'Nakamura',
  'Silva',
  'Jensen',
];

/** Weighted so a seeded account looks like a real one: few Administrators, many plain Users. */
const ROLE_WEIGHTS: NonEmpty<readonly [RoleId, number]> = [
  [1, 0.04],
  [5, 0.26],
  [3009, 0.12],
  [3022, 0.1],
  [2, 0.48],
];
const LANGUAGE_WEIGHTS: NonEmpty<readonly [Language, number]> = [
  ['en', 0.55],
  ['de', 0.18],
  ['zh', 0.12],
  ['ru', 0.14],
  ['az', 0.01],
];

/** A value by weight; past the last weight (the weights sum to about 1), the last value. */
function pickWeighted<T>(random: () => number, weights: NonEmpty<readonly [T, number]>): T {
  let roll = random();
  let picked = weights[0][0];
  for (const [value, weight] of weights) {
    picked = value;
    roll -= weight;
    if (roll < 0) break;
  }
  return picked;
}

/** One entry of `list`, each as likely; `random()` is below 1, so the index is always in range. */
function pickOne<T>(random: () => number, list: NonEmpty<T>): T {
  return list[Math.floor(random() * list.length)] ?? list[0];
}

export interface FakePerson {
  name: string | null;
  email: string;
  role: RoleId;
  lang: Language;
  activated: boolean;
  twoFa: boolean;
}

export function fakePerson(random: () => number, id: number): FakePerson {
  const first = pickOne(random, FIRST_NAMES);
  const last = pickOne(random, LAST_NAMES);
  const hasName = random() > 0.06;
  const local = `${first}.${last}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z.]/g, '');
  return {
    name: hasName ? `${first} ${last}` : null,
    email: `${local}.${id}@example.com`,
    role: pickWeighted(random, ROLE_WEIGHTS),
    lang: pickWeighted(random, LANGUAGE_WEIGHTS),
    activated: random() > 0.15,
    twoFa: random() > 0.6,
  };
}
