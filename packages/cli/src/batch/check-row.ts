import { parseDate, parsePersonalId } from '@onceonly/vn';
import { INPUT_COLUMNS } from './columns.js';

/** The lookup a well-formed row asks about. */
export interface RowLookup {
  personalId: string;
  fullName: string;
  birthDate: string;
}

/** A row to ask about, or why it cannot be asked: `field.REASON`, a code that carries no data. */
export type CheckedRow = { ok: true; lookup: RowLookup } | { ok: false; reason: string };

/**
 * Checks one input record before anything is sent: three cells, a valid 12-digit personal id, a
 * non-empty name, a date as `@onceonly/vn` parses it (`dd/mm/yyyy`, `mm/yyyy`, `yyyy`, ISO).
 */
export function checkRow(cells: readonly string[]): CheckedRow {
  if (cells.length !== INPUT_COLUMNS.length) return { ok: false, reason: 'row.COLUMN_COUNT' };
  const [personalId, fullName, birthDate] = cells as [string, string, string];
  const id = parsePersonalId(personalId);
  if (!id.ok) return { ok: false, reason: `personalId.${id.reason}` };
  const name = fullName.trim();
  if (name === '') return { ok: false, reason: 'fullName.EMPTY' };
  const date = parseDate(birthDate);
  if (!date.ok) return { ok: false, reason: `birthDate.${date.reason}` };
  return { ok: true, lookup: { personalId, fullName: name, birthDate } };
}
