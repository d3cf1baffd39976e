/**
 * Removes Vietnamese (and other) diacritics: tone marks, circumflex, breve and horn go; `đ`/`Đ` become
 * `d`/`D`. Case is kept. The input is read as NFC or NFD alike; the output is NFC.
 *
 * @example
 * ```ts
 * removeDiacritics('Nguyễn Thị Đào'); // 'Nguyen Thi Dao'
 * ```
 */
export function removeDiacritics(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .normalize('NFC');
}

/**
 * @internal A key for comparing place names: NFC, lower case, diacritics removed, `đ` → `d`, apostrophes
 * dropped, any other punctuation turned into a space, spaces collapsed, leading zeros of numbers removed
 * (`Phường 01` and `Phường 1` match).
 */
export function foldKey(text: string): string {
  return removeDiacritics(text.toLowerCase().toUpperCase().toLowerCase())
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => (/^0+[0-9]/.test(word) ? word.replace(/^0+/, '') : word))
    .join(' ');
}

/**
 * @internal Removes one leading type word (`tinh`, `thanh pho`, `xa`, …) from a folded key. `typeWords`
 * are folded too and must be sorted longest first.
 */
export function stripTypeWord(key: string, typeWords: readonly string[]): string {
  for (const word of typeWords) {
    if (key.startsWith(`${word} `)) return key.slice(word.length + 1);
  }
  return key;
}
