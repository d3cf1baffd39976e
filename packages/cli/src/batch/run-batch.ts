import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { UsageError } from '../exit-codes.js';
import { checkRow, type RowLookup } from './check-row.js';
import { INPUT_COLUMNS, OUTPUT_COLUMNS, type OutputRow, type RowResult } from './columns.js';
import type { Progress } from './progress.js';

/** Asks the platform about one person: `true` when the record agrees. */
export type Verify = (lookup: RowLookup) => Promise<boolean>;

export interface BatchOptions {
  input: string;
  output: string;
  /** Input rows already answered by an earlier run (skipped, not asked again). */
  skip: number;
  /** Whether the output already has its header. */
  hasHeader: boolean;
  concurrency: number;
  verify: Verify;
  /** Stops taking rows; those in flight finish and are written. */
  signal: AbortSignal;
  progress: Progress;
  /** One line per malformed row: its line number and reason, never its data. */
  warn: (line: string) => void;
}

export type BatchCounts = Record<RowResult, number> & { resumed: number; interrupted: boolean };

interface Parsed {
  record: string[];
  info: { lines: number };
}

/**
 * Streams the input through `verify` with at most `concurrency` calls in flight, writing each result
 * in input order (so a re-run knows what is done by counting output rows). Memory stays bounded by
 * the window of rows in flight, whatever the file's size.
 */
export async function runBatch(options: BatchOptions): Promise<BatchCounts> {
  const counts: BatchCounts = {
    match: 0,
    'no-match': 0,
    invalid: 0,
    error: 0,
    resumed: options.skip,
    interrupted: false,
  };
  const out = createWriteStream(options.output, { flags: 'a' });
  if (!options.hasHeader) await write(out, [...OUTPUT_COLUMNS]);
  const parser = createReadStream(options.input).pipe(
    parse({ info: true, relax_column_count: true, relax_quotes: true, bom: true }),
  );
  const window: Promise<OutputRow>[] = [];
  let index = -1;
  let previousEndLine = 0;
  let written = 0;
  const flushHead = async () => {
    const row = await window.shift()!;
    counts[row.at(-2) as RowResult]++;
    await write(out, row);
    options.progress.tick(++written);
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<Parsed>) {
      const line = previousEndLine + 1;
      previousEndLine = info.lines;
      if (index++ === -1) {
        checkHeader(record, options.input);
        continue;
      }
      if (index <= options.skip) continue;
      if (options.signal.aborted) {
        counts.interrupted = true;
        break;
      }
      window.push(answer(record, line, options));
      if (window.length >= options.concurrency) await flushHead();
    }
    if (index === -1)
      throw new UsageError(`${options.input} is empty: it needs the header ${INPUT_COLUMNS.join(',')}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      // csv-parse's message quotes the field: only where and what kind of error.
      const column = (error as { column?: unknown }).column;
      const where = `line ${previousEndLine + 1}${typeof column === 'number' ? `, column ${column + 1}` : ''}`;
      throw new UsageError(`${options.input}: ${where}: cannot be read as CSV (${code})`);
    }
    throw error;
  } finally {
    while (window.length > 0) await flushHead();
    out.end();
    await once(out, 'close');
  }
  options.progress.finish(written);
  return counts;
}

async function answer(record: string[], line: number, options: BatchOptions): Promise<OutputRow> {
  const checked = checkRow(record);
  if (!checked.ok) {
    options.warn(`line ${line}: invalid row (${checked.reason})`);
    return [...fit(record), 'invalid', checked.reason];
  }
  try {
    return [...record, (await options.verify(checked.lookup)) ? 'match' : 'no-match', ''];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'NOT_FOUND') return [...record, 'no-match', 'NOT_FOUND'];
    return [...record, 'error', typeof code === 'string' ? code : 'UNEXPECTED'];
  }
}

/** The row's cells as given, cut or padded to the input's columns so every output row has the header's width. */
function fit(record: string[]): string[] {
  return INPUT_COLUMNS.map((_, i) => record[i] ?? '');
}

function checkHeader(record: string[], input: string): void {
  if (record.join(',') !== INPUT_COLUMNS.join(',')) {
    throw new UsageError(
      `${input}: line 1: the header must be ${INPUT_COLUMNS.join(',')} (found ${record.length} columns)`,
    );
  }
}

async function write(out: WriteStream, row: string[]): Promise<void> {
  if (!out.write(stringify([row]))) await once(out, 'drain');
}
