/**
 * The prefill figures in the docs are what the catalog and the mock give: the "what can be prefilled"
 * table (docs/prefillable-fields.md) and the report in docs/prefill.md. `pnpm prefill-report` writes
 * both.
 */
import { readFileSync } from 'node:fs';
import { createGateway } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { catalog, consentScopes, fieldTable, prefillReport, reportTable } from '@onceonly/prefill';
import { describe, expect, it } from 'vitest';
import { reportPersonas } from '../support/report-personas.mjs';

const doc = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

describe('the prefill docs', () => {
  it('list every prefillable field of the catalog', () => {
    expect(doc('prefillable-fields.md')).toContain(fieldTable(catalog));
  });

  it('show the report the catalog gives against the mock (seed 42)', async () => {
    const mock = createMockPlatform({ seed: 42 });
    const gateway = createGateway({ ...mock.gatewayOptions(), retry: { attempts: 1 } });
    try {
      const personas = reportPersonas(mock, lookupOf, consentScopes, MOCK_OFFICER_ID);
      const rows = await prefillReport(catalog, personas, {
        gateway,
        receiptKey: 'prefill-report-receipt-key-32-bytes!!',
      });
      const text = doc('prefill.md');
      const start = text.indexOf('<!-- prefill-report:start -->');
      const end = text.indexOf('<!-- prefill-report:end -->');
      expect(text.slice(start, end)).toContain(reportTable(rows));
      // Every procedure prefills something for every group, and the report names no one.
      for (const row of rows) expect(row.fields.prefilled, row.procedure).toBeGreaterThan(0);
      expect(text).not.toMatch(/\d{12}/);
    } finally {
      await gateway.close();
      await mock.close();
    }
  }, 60_000);
});
