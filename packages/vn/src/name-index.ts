import { foldKey, stripTypeWord } from './fold.js';

interface Entry<T> {
  readonly item: T;
  /** Folded name without its type word, words separated by one space. */
  readonly key: string;
  /** The same without spaces: `Adơk` and `A Dơk` give the same compact key. */
  readonly compact: string;
}

/**
 * @internal A lazily built, diacritic-insensitive name index. A query matches an item when their folded
 * names are equal (ignoring spaces and a leading type word); when nothing is equal, items whose folded
 * name contains the query as whole words are returned instead.
 */
export class NameIndex<T> {
  #entries: Entry<T>[] | undefined;
  readonly #load: () => readonly T[];
  readonly #names: (item: T) => readonly string[];
  readonly #typeWords: readonly string[];

  constructor(load: () => readonly T[], names: (item: T) => readonly string[], typeWords: readonly string[]) {
    this.#load = load;
    this.#names = names;
    this.#typeWords = typeWords;
  }

  #build(): Entry<T>[] {
    if (!this.#entries) {
      const entries: Entry<T>[] = [];
      for (const item of this.#load()) {
        for (const name of this.#names(item)) {
          const key = stripTypeWord(foldKey(name), this.#typeWords);
          entries.push({ item, key, compact: key.replaceAll(' ', '') });
        }
      }
      this.#entries = entries;
    }
    return this.#entries;
  }

  find(query: unknown, filter?: (item: T) => boolean): T[] {
    if (typeof query !== 'string') return [];
    const key = stripTypeWord(foldKey(query), this.#typeWords);
    if (key === '' || this.#typeWords.includes(key)) return [];
    const compact = key.replaceAll(' ', '');
    const entries = this.#build().filter((e) => !filter || filter(e.item));
    const exact = unique(entries.filter((e) => e.compact === compact).map((e) => e.item));
    if (exact.length > 0) return exact;
    const padded = ` ${key} `;
    return unique(entries.filter((e) => ` ${e.key} `.includes(padded)).map((e) => e.item));
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
