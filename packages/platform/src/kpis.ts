/**
 * The national programme's measures, computed from dossier events (each event id counted once, as the
 * monitoring system counts it):
 * - share of dossiers submitted online: dossiers whose first event came through the online channel;
 * - share processed fully online (toàn trình): of the dossiers that reached a final status, those whose
 *   final event says `fullyOnline: true`;
 * - share of documents waived by prefill: documents the citizen did not have to supply, over the
 *   documents the procedures asked for (from the `received` events).
 */
import { type DossierEvent, FINAL_STATUSES } from './dossier-event.js';

/** The measures of one procedure, or of all of them. Shares are 0..1, `null` when nothing to divide by. */
export interface DossierKpis {
  /** Distinct dossiers seen. */
  dossiers: number;
  /** Of those, submitted online. */
  submittedOnline: number;
  shareSubmittedOnline: number | null;
  /** Dossiers that reached a final status (completed, rejected, withdrawn, returned). */
  finished: number;
  /** Of those, processed fully online. */
  fullyOnline: number;
  shareFullyOnline: number | null;
  /** Documents asked for, summed over the dossiers' `received` events. */
  documentsRequired: number;
  /** Of those, waived because national data replaced them. */
  documentsWaived: number;
  shareDocumentsWaived: number | null;
}

export interface KpiReport {
  overall: DossierKpis;
  /** By procedure code, in code order. */
  byProcedure: Record<string, DossierKpis>;
}

interface DossierFacts {
  procedureCode: string;
  online: boolean;
  firstAt: number;
  finalAt: number;
  fullyOnline: boolean | undefined;
  finished: boolean;
  required: number;
  waived: number;
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function sum(facts: readonly DossierFacts[]): DossierKpis {
  const finished = facts.filter((f) => f.finished);
  const submittedOnline = facts.filter((f) => f.online).length;
  const fullyOnline = finished.filter((f) => f.fullyOnline === true).length;
  const documentsRequired = facts.reduce((n, f) => n + f.required, 0);
  const documentsWaived = facts.reduce((n, f) => n + f.waived, 0);
  return {
    dossiers: facts.length,
    submittedOnline,
    shareSubmittedOnline: share(submittedOnline, facts.length),
    finished: finished.length,
    fullyOnline,
    shareFullyOnline: share(fullyOnline, finished.length),
    documentsRequired,
    documentsWaived,
    shareDocumentsWaived: share(documentsWaived, documentsRequired),
  };
}

/** Folds the events into one record per dossier (by dossier code). */
function dossiersOf(events: Iterable<DossierEvent>): DossierFacts[] {
  const seen = new Set<string>();
  const dossiers = new Map<string, DossierFacts>();
  for (const event of events) {
    const id = event.id.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    const at = Date.parse(event.occurredAt);
    let facts = dossiers.get(event.dossierCode);
    if (!facts) {
      facts = {
        procedureCode: event.procedureCode,
        online: event.channel === 'online',
        firstAt: at,
        finalAt: Number.NEGATIVE_INFINITY,
        fullyOnline: undefined,
        finished: false,
        required: 0,
        waived: 0,
      };
      dossiers.set(event.dossierCode, facts);
    } else if (at < facts.firstAt) {
      // Events may arrive out of order: the channel is the one the dossier was submitted through.
      facts.firstAt = at;
      facts.online = event.channel === 'online';
    }
    if (event.status === 'received' && event.documentsRequired !== undefined) {
      facts.required = event.documentsRequired;
      facts.waived = event.documentsWaived ?? 0;
    }
    if (FINAL_STATUSES.has(event.status) && at >= facts.finalAt) {
      facts.finalAt = at;
      facts.finished = true;
      facts.fullyOnline = event.fullyOnline;
    }
  }
  return [...dossiers.values()];
}

/**
 * Computes the KPIs from events (any order; a repeated event id counts once).
 * @example
 * const { overall, byProcedure } = computeKpis(mock.monitoring.events);
 * overall.shareSubmittedOnline; // 0.75
 */
export function computeKpis(events: Iterable<DossierEvent>): KpiReport {
  const dossiers = dossiersOf(events);
  const groups = new Map<string, DossierFacts[]>();
  for (const facts of dossiers) {
    const group = groups.get(facts.procedureCode) ?? [];
    group.push(facts);
    groups.set(facts.procedureCode, group);
  }
  const byProcedure: Record<string, DossierKpis> = {};
  for (const code of [...groups.keys()].sort()) byProcedure[code] = sum(groups.get(code)!);
  return { overall: sum(dossiers), byProcedure };
}
