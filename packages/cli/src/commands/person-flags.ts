import { readFileSync } from 'node:fs';
import { checkRow, type RowLookup } from '../batch/check-row.js';
import { UsageError } from '../exit-codes.js';

/** The flags naming the citizen a command asks about (`lookup`, `prefill`). */
export interface PersonFlags {
  personalId: string;
  fullName: string;
  birthDate: string;
  consentFile?: string;
}

/** The officer who asks: a 12-digit personal id, checked before anything is sent. */
export function checkOfficer(officer: string): void {
  if (!/^\d{12}$/u.test(officer))
    throw new UsageError("--officer must be the officer's 12-digit personal id");
}

/** The citizen named by the flags, checked as a batch row is, before anything is sent. `noun` names them in the usage error. */
export function personOf(flags: PersonFlags, noun: string): RowLookup {
  const checked = checkRow([flags.personalId, flags.fullName, flags.birthDate]);
  if (!checked.ok) throw new UsageError(`the ${noun} is not well formed (${checked.reason})`);
  return checked.lookup;
}

/** The consent token: from `--consent-file`, else `$ONCEONLY_CONSENT` (never from the command line). */
export function consentOf(flags: { consentFile?: string }): string | undefined {
  if (flags.consentFile === undefined) return process.env.ONCEONLY_CONSENT || undefined;
  try {
    return readFileSync(flags.consentFile, 'utf8').trim();
  } catch {
    throw new UsageError(`cannot read --consent-file ${flags.consentFile}`);
  }
}
