import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useMockPlatform } from '@onceonly/mock';
import { computeKpis, type DossierEvent, fileOutbox, monitoringReporter } from '@onceonly/platform';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const mock = useMockPlatform({ beforeAll, afterAll, afterEach }, { seed: 42 });
const dir = mkdtempSync(join(tmpdir(), 'onceonly-doc-monitoring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const endpoint = `${mock.baseUrl}/monitoring/v1/dossier-events`;
const dispatcher = mock.dispatcher; // in-process; leave it out to talk HTTP to a real endpoint
let next = 0;
const dossierCode = () => `H23.01-261202-${String(++next).padStart(4, '0')}`;

it('records events durably and delivers them in batches', async () => {
  // #region monitoring-quick-start
  const reporter = monitoringReporter({
    endpoint, // https://…/monitoring/v1/dossier-events
    outbox: fileOutbox(join(dir, 'monitoring.jsonl')), // the directory must exist
    client: 'VN/GOV/000.00.00.H23/PORTAL',
    dispatcher,
  });

  // Resolves once the event is on disk: it survives a crash from here on.
  const event = await reporter.record({
    dossierCode: 'H23.01-261202-0001',
    procedureCode: '1.001193', // birth registration
    status: 'received',
    occurredAt: new Date().toISOString(),
    channel: 'online',
    agencyCode: '000.00.00.H23',
    documentsRequired: 3, // what the procedure asks for
    documentsWaived: 2, // what prefill replaced with national data
  });
  event.id; // a UUID, generated once and kept across resends

  // Delivered in the background within a second; flush() delivers now, close() on shutdown.
  await reporter.flush();
  await reporter.close();
  // #endregion monitoring-quick-start
  expect(mock.monitoring.events).toEqual([event]);
});

it('retries while the monitoring system fails, and each event is counted once', async () => {
  const outbox = fileOutbox(join(dir, 'retries.jsonl'));
  // #region monitoring-test-retries
  const reporter = monitoringReporter({ endpoint, outbox, dispatcher, minDelayMs: 10 });
  // Three failures, then the intake recovers: the reporter's four tries get through.
  mock.faults.inject('monitoring.dossier-events', { kind: 'status', status: 503 }, { times: 3 });
  const event = await reporter.record({
    dossierCode: dossierCode(),
    procedureCode: '1.001193',
    status: 'completed',
    occurredAt: '2026-12-02T10:00:00+07:00',
    channel: 'online',
    agencyCode: '000.00.00.H23',
    fullyOnline: true,
  });
  await reporter.flush();
  expect(mock.monitoring.faulted).toBe(3);
  expect(mock.monitoring.events).toEqual([event]);
  // #endregion monitoring-test-retries
  await reporter.close();
});

it('computes the KPIs', () => {
  const dossier = {
    dossierCode: 'H23.01-261202-0001',
    procedureCode: '1.001193',
    agencyCode: '000.00.00.H23',
  };
  const events: DossierEvent[] = [
    {
      ...dossier,
      id: '0b6c7a38-4d1f-4c9e-9d57-1a2b3c4d5e01',
      status: 'received',
      channel: 'online',
      occurredAt: '2026-12-01T08:00:00Z',
      documentsRequired: 4,
      documentsWaived: 3,
    },
    {
      ...dossier,
      id: '0b6c7a38-4d1f-4c9e-9d57-1a2b3c4d5e02',
      status: 'completed',
      channel: 'online',
      occurredAt: '2026-12-02T08:00:00Z',
      fullyOnline: true,
    },
  ];
  // #region monitoring-kpis
  const { overall, byProcedure } = computeKpis(events); // e.g. mock.monitoring.events
  overall.shareSubmittedOnline; // dossiers submitted online / all dossiers
  overall.shareFullyOnline; // finished fully online / finished dossiers
  byProcedure['1.001193']?.shareDocumentsWaived; // documents waived by prefill / documents asked for
  // #endregion monitoring-kpis
  expect(overall).toMatchObject({ shareSubmittedOnline: 1, shareFullyOnline: 1 });
  expect(byProcedure['1.001193']?.shareDocumentsWaived).toBe(0.75);
});
