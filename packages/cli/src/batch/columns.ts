/** The input file's header, in this order. */
export const INPUT_COLUMNS = ['personalId', 'fullName', 'birthDate'] as const;

/** The output file's header: the input's columns, then the result and its reason. */
export const OUTPUT_COLUMNS = [...INPUT_COLUMNS, 'result', 'reason'] as const;

/** What a row ended in. `error`: the platform could not answer (re-run after removing those rows). */
export type RowResult = 'match' | 'no-match' | 'invalid' | 'error';

/** One output row: the input's cells as given, the result, and a reason code (never data). */
export type OutputRow = [...cells: string[], result: RowResult, reason: string];
