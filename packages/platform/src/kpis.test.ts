import { describe, expect, it } from 'vitest';
import type { DossierEvent } from './dossier-event.js';
import { computeKpis } from './kpis.js';

let n = 0;
function ev(
  dossier: string,
  procedure: string,
  status: DossierEvent['status'],
  extra: Partial<DossierEvent> = {},
) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    dossierCode: dossier,
    procedureCode: procedure,
    status,
    occurredAt: `2026-11-${String(10 + (n % 15)).padStart(2, '0')}T08:00:00+07:00`,
    channel: 'online',
    agencyCode: '000.00.00.H23',
    ...extra,
  } satisfies DossierEvent;
}

describe('computeKpis', () => {
  // Birth registration (1.001193): 3 dossiers, 2 online, both finished online fully, one at the counter.
  // Residence (1.004222): 1 online dossier still processing, 1 at the counter returned not fully online.
  const birth = [
    ev('B1', '1.001193', 'received', {
      occurredAt: '2026-11-01T08:00:00Z',
      documentsRequired: 4,
      documentsWaived: 3,
    }),
    ev('B1', '1.001193', 'completed', { occurredAt: '2026-11-02T08:00:00Z', fullyOnline: true }),
    ev('B2', '1.001193', 'received', {
      occurredAt: '2026-11-01T09:00:00Z',
      documentsRequired: 4,
      documentsWaived: 4,
    }),
    ev('B2', '1.001193', 'supplement-requested', { occurredAt: '2026-11-02T09:00:00Z' }),
    ev('B2', '1.001193', 'returned', { occurredAt: '2026-11-03T09:00:00Z', fullyOnline: true }),
    ev('B3', '1.001193', 'received', {
      occurredAt: '2026-11-01T10:00:00Z',
      channel: 'offline',
      documentsRequired: 4,
      documentsWaived: 0,
    }),
    ev('B3', '1.001193', 'completed', {
      occurredAt: '2026-11-04T10:00:00Z',
      channel: 'offline',
      fullyOnline: false,
    }),
  ];
  const residence = [
    ev('R1', '1.004222', 'received', {
      occurredAt: '2026-11-05T08:00:00Z',
      documentsRequired: 2,
      documentsWaived: 1,
    }),
    ev('R1', '1.004222', 'processing', { occurredAt: '2026-11-06T08:00:00Z' }),
    ev('R2', '1.004222', 'received', {
      occurredAt: '2026-11-05T09:00:00Z',
      channel: 'offline',
      documentsRequired: 2,
    }),
    ev('R2', '1.004222', 'returned', { occurredAt: '2026-11-07T09:00:00Z', fullyOnline: false }),
  ];

  it('computes the shares per procedure and overall', () => {
    const report = computeKpis([...birth, ...residence]);
    expect(report.byProcedure['1.001193']).toEqual({
      dossiers: 3,
      submittedOnline: 2,
      shareSubmittedOnline: 2 / 3,
      finished: 3,
      fullyOnline: 2,
      shareFullyOnline: 2 / 3,
      documentsRequired: 12,
      documentsWaived: 7,
      shareDocumentsWaived: 7 / 12,
    });
    expect(report.byProcedure['1.004222']).toMatchObject({
      dossiers: 2,
      submittedOnline: 1,
      shareSubmittedOnline: 0.5,
      finished: 1,
      fullyOnline: 0,
      shareFullyOnline: 0,
      documentsRequired: 4,
      documentsWaived: 1,
      shareDocumentsWaived: 0.25,
    });
    expect(report.overall).toMatchObject({
      dossiers: 5,
      submittedOnline: 3,
      shareSubmittedOnline: 0.6,
      finished: 4,
      fullyOnline: 2,
      shareFullyOnline: 0.5,
      documentsRequired: 16,
      documentsWaived: 8,
      shareDocumentsWaived: 0.5,
    });
    expect(Object.keys(report.byProcedure)).toEqual(['1.001193', '1.004222']);
  });

  it('counts an event id once, and reads events in any order', () => {
    const shuffled = [...residence, ...birth].reverse();
    const resent = [...shuffled, ...birth.map((e) => ({ ...e, id: e.id.toUpperCase() }))];
    expect(computeKpis(resent)).toEqual(computeKpis([...birth, ...residence]));
  });

  it('reads the channel from the first event and "fully online" from the last final one', () => {
    const report = computeKpis([
      ev('X', '1.0', 'completed', {
        occurredAt: '2026-11-03T00:00:00Z',
        fullyOnline: true,
        channel: 'offline',
      }),
      ev('X', '1.0', 'received', { occurredAt: '2026-11-01T00:00:00Z', channel: 'online' }),
      ev('X', '1.0', 'returned', {
        occurredAt: '2026-11-04T00:00:00Z',
        fullyOnline: false,
        channel: 'offline',
      }),
    ]);
    expect(report.overall).toMatchObject({ dossiers: 1, submittedOnline: 1, finished: 1, fullyOnline: 0 });
  });

  it('says null, not 0, where there is nothing to divide by', () => {
    expect(computeKpis([]).overall).toMatchObject({
      dossiers: 0,
      shareSubmittedOnline: null,
      shareFullyOnline: null,
      shareDocumentsWaived: null,
    });
  });
});
