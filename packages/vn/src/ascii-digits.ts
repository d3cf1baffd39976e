/** @internal `true` when `s` is non-empty and every character is an ASCII digit 0-9 (nothing else). */
export function isAsciiDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/** @internal `true` when `s` contains any Unicode whitespace. */
export function hasWhitespace(s: string): boolean {
  return /[\s\u180e\u200b]/u.test(s);
}

/**
 * @internal The checks every digits-only identifier shares, in order: NOT_A_STRING, EMPTY, WHITESPACE,
 * NON_DIGIT, LENGTH. Returns the first reason that applies, or `undefined` when `value` is exactly
 * `length` ASCII digits.
 */
export function digitsReason(
  value: unknown,
  length: number,
): 'NOT_A_STRING' | 'EMPTY' | 'WHITESPACE' | 'NON_DIGIT' | 'LENGTH' | undefined {
  if (typeof value !== 'string') return 'NOT_A_STRING';
  if (value.length === 0) return 'EMPTY';
  if (hasWhitespace(value)) return 'WHITESPACE';
  if (!isAsciiDigits(value)) return 'NON_DIGIT';
  if (value.length !== length) return 'LENGTH';
  return undefined;
}
