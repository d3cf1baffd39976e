import { createReadStream, existsSync, statSync, truncateSync } from 'node:fs';
import { parse } from 'csv-parse';
import { UsageError } from '../exit-codes.js';
import { OUTPUT_COLUMNS } from './columns.js';

/** What an earlier run left in the output file. */
export interface PreviousRun {
  /** Data rows already written (each row of the input's first `done` rows has its result). */
  done: number;
  /** Whether the file already holds the header. */
  hasHeader: boolean;
}

/**
 * Reads the output of an earlier run, streaming (bounded memory): counts its complete rows and cuts a
 * row left half-written by an interruption, so that re-running the same command resumes where it
 * stopped. Rows are written in input order, so the first `done` input rows are the ones answered.
 */
export async function readPreviousRun(path: string): Promise<PreviousRun> {
  if (!existsSync(path) || statSync(path).size === 0) return { done: 0, hasHeader: false };
  const size = statSync(path).size;
  const parser = createReadStream(path).pipe(
    parse({ info: true, relax_column_count: true, relax_quotes: true, bom: true }),
  );
  let records = 0;
  let lastEnd = 0;
  let previousEnd = 0;
  let lastComplete = true;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { bytes: number };
  }>) {
    if (records === 0 && record.join(',') !== OUTPUT_COLUMNS.join(',')) {
      throw new UsageError(
        `${path} exists and is not a verify-batch output (its header is not ${OUTPUT_COLUMNS.join(',')}): ` +
          'remove it or choose another --out',
      );
    }
    previousEnd = lastEnd;
    lastEnd = info.bytes;
    lastComplete = record.length === OUTPUT_COLUMNS.length;
    records++;
  }
  // A row is complete when its line ended: an interruption can leave the last one cut short.
  const endsWithNewline = lastEnd === size && (await lastByte(path, size)) === '\n';
  if (!endsWithNewline || !lastComplete) {
    truncateSync(path, previousEnd);
    records--;
  }
  return { done: Math.max(0, records - 1), hasHeader: records > 0 };
}

async function lastByte(path: string, size: number): Promise<string> {
  for await (const chunk of createReadStream(path, { start: size - 1, end: size - 1 })) {
    return (chunk as Buffer).toString('latin1');
  }
  return '';
}
