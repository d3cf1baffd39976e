/** Dossier events for the platform tests: distinct, valid, with a recognisable dossier code. */
import type { DossierEventInput } from '@onceonly/platform';

let next = 0;

/** A `received` event of a new dossier (no id: the reporter gives one). */
export function dossierEvent(overrides: Partial<DossierEventInput> = {}): DossierEventInput {
  next++;
  return {
    dossierCode: `H23.01-261202-${String(next).padStart(4, '0')}`,
    procedureCode: '1.001193',
    status: 'received',
    occurredAt: '2026-12-02T08:00:00+07:00',
    channel: 'online',
    agencyCode: '000.00.00.H23',
    ...overrides,
  };
}

/** Polls `check` every 20 ms until it holds or `withinMs` passes; returns whether it held. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  withinMs = 10_000,
): Promise<boolean> {
  const end = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
