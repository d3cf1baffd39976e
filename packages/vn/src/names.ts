import { removeDiacritics } from './fold.js';
import { fail, ok, type VnResult } from './reasons.js';

const APOSTROPHES = /['’‘ʼ`´]/g;
const SPACES = /[\s\u180e\u200b]+/gu;
// A letter at the start, or after white space, `'` or `-`: it starts a word.
const WORD_START = /(^|[\s'-])(\p{L})/gu;

function collapse(text: string): string {
  return text.normalize('NFC').replace(APOSTROPHES, "'").replace(SPACES, ' ').trim();
}

/**
 * Title case of one letter. Upper case, except where that gives several characters: `ﬀ` → `Ff`, `ß` →
 * `Ss`; a letter whose upper case does not start with a cased letter (`ŉ` → `ʼN`) stays as it is.
 */
function titleCase(letter: string): string {
  const [first = '', ...rest] = letter.toUpperCase();
  if (rest.length === 0) return first;
  return first.toLowerCase() === first ? letter : first + rest.join('').toLowerCase();
}

/**
 * Normalises a person's name for display and storage: Unicode NFC (so NFD input, as some keyboards and
 * macOS produce, becomes composed), whitespace collapsed to single spaces and trimmed, typographic
 * apostrophes turned into `'`, and each word in title case: its first letter upper case, the rest lower
 * case. Vietnamese letters (ă â đ ê ô ơ ư and every tone) keep their marks. A letter after `-` or `'`
 * also starts a word (`H'Hen Niê`). Returns `''` for a non-string.
 *
 * @example
 * ```ts
 * normalizeName('  nguyễn   VĂN an '); // 'Nguyễn Văn An'
 * normalizeName('ĐẶNG THỊ ƯỚC'); // 'Đặng Thị Ước'
 * ```
 */
export function normalizeName(name: string): string {
  if (typeof name !== 'string') return '';
  return collapse(name)
    .toLowerCase()
    .replace(WORD_START, (_, before: string, letter: string) => before + titleCase(letter))
    .normalize('NFC');
}

/**
 * Folds a name for comparison: {@link normalizeName}'s whitespace rules, case folded (lower, upper, lower,
 * so `ſ` and `s`, `ß` and `ss` agree), then diacritics removed (`đ` → `d`; case mapping can add marks, so this comes last).
 */
function foldName(name: string): string {
  return removeDiacritics(collapse(collapse(name).toLowerCase().toUpperCase().toLowerCase()));
}

/**
 * `true` when two names are the same after normalising whitespace and removing case and diacritics
 * (`đ`/`Đ` count as `d`). Use it to compare a typed name with a database record; note that it also
 * treats names that differ only by tone (Lê / Lệ) as equal. `false` if either is not a string.
 *
 * @example
 * ```ts
 * sameName('Nguyễn Văn  An', 'NGUYEN VAN AN'); // true
 * sameName('Đỗ Đức', 'do duc'); // true
 * sameName('Nguyễn Văn An', 'Nguyễn An'); // false
 * ```
 */
export function sameName(a: string, b: string): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  return foldName(a) === foldName(b);
}

/**
 * A name without diacritics, in upper case, with whitespace collapsed: the form some national services
 * (bank transfers, machine-readable zones, older systems) expect. `đ`/`Đ` become `D`. Characters that
 * have no unaccented Latin form are kept as they are. Returns `''` for a non-string.
 *
 * @example
 * ```ts
 * toAsciiUpper('Nguyễn Thị Đào'); // 'NGUYEN THI DAO'
 * ```
 */
export function toAsciiUpper(name: string): string {
  if (typeof name !== 'string') return '';
  return collapse(removeDiacritics(collapse(name).toUpperCase()).toUpperCase());
}

/**
 * A Vietnamese name in its three parts. Written order is family name, middle name(s), given name.
 *
 * @example
 * ```ts
 * { family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' }
 * ```
 */
export interface NameParts {
  /** Họ. */
  readonly family: string;
  /** Tên đệm (chữ lót): zero or more words; `''` when there is none. */
  readonly middle: string;
  /** Tên. */
  readonly given: string;
}

/** Options of {@link splitName}. */
export interface SplitNameOptions {
  /**
   * Number of words in the family name. Default `1`; use `2` for compound family names such as
   * `Tôn Nữ`, `Tôn Thất`, `Âu Dương`, which cannot be told apart from a middle name by rule.
   * @example { familyWords: 2 }
   */
  familyWords?: number;
}

/** Reasons {@link splitName} can refuse a name. */
export type SplitNameReason = 'NOT_A_STRING' | 'EMPTY';

/**
 * Splits a full name (normalised with {@link normalizeName}) into family, middle and given names: the
 * first word is the family name, the last the given name, the words between the middle name. A
 * one-word name is a given name only; a two-word name has no middle name.
 *
 * Refused (reason codes): `NOT_A_STRING`, `EMPTY` (nothing but whitespace).
 *
 * @example
 * ```ts
 * splitName('nguyễn thị minh khai');
 * // { ok: true, value: { family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' } }
 * splitName('Tôn Nữ Thị Ninh', { familyWords: 2 }); // family 'Tôn Nữ', middle 'Thị', given 'Ninh'
 * ```
 */
export function splitName(
  name: string,
  options: SplitNameOptions = {},
): VnResult<NameParts, SplitNameReason> {
  if (typeof name !== 'string') return fail('NOT_A_STRING');
  const normal = normalizeName(name);
  if (normal === '') return fail('EMPTY');
  const words = normal.split(' ');
  const given = words.pop()!;
  const requested = options?.familyWords;
  const familyWords = Number.isInteger(requested) && requested! > 0 ? requested! : 1;
  const family = words.splice(0, familyWords).join(' ');
  return ok({ family, middle: words.join(' '), given });
}
