/** `001******345`: enough to tell people apart on a terminal, never the whole number. */
export function maskPersonalId(id: string): string {
  if (id.length <= 6) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;
}
