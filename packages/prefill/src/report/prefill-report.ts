import type { AccessContext, Gateway } from '@onceonly/core';
import { prefill } from '../prefill.js';
import type { ReceiptKey } from '../receipt.js';
import type { PersonKey } from '../source-kinds.js';
import type { Form } from '../types.js';

/** A persona the report prefills every procedure for. */
export interface ReportPersona {
  /** How the report names them: a tag, never a name or an id. */
  label: string;
  group: 'typical' | 'hard case';
  subject: PersonKey;
  /** The access context for one form (its consent covering the form's categories). */
  ctx(form: Form): AccessContext;
}

/** One procedure's figures for one group of personas. */
export interface ReportRow {
  procedure: string;
  name: string;
  group: ReportPersona['group'];
  personas: number;
  fields: { prefilled: number; total: number };
  documents: { waived: number; total: number };
}

/**
 * Per procedure, the share of fields prefilled and of documents waived, for typical personas and for
 * the hard cases: each persona prefills each form once through `gateway`.
 */
export async function prefillReport(
  catalog: Readonly<Record<string, Form>>,
  personas: readonly ReportPersona[],
  options: { gateway: Gateway; receiptKey: ReceiptKey },
): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for (const [code, form] of Object.entries(catalog)) {
    for (const group of ['typical', 'hard case'] as const) {
      const row: ReportRow = {
        procedure: code,
        name: form.procedure.name.en,
        group,
        personas: 0,
        fields: { prefilled: 0, total: 0 },
        documents: { waived: 0, total: 0 },
      };
      for (const persona of personas.filter((p) => p.group === group)) {
        const result = await prefill(form, {
          subject: persona.subject,
          ctx: persona.ctx(form),
          gateway: options.gateway,
          receiptKey: options.receiptKey,
        });
        row.personas += 1;
        row.fields.prefilled += result.summary.prefilled;
        row.fields.total += result.summary.fields;
        row.documents.waived += result.summary.waived;
        row.documents.total += result.summary.documents;
      }
      if (row.personas > 0) rows.push(row);
    }
  }
  return rows;
}

const share = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);

/** The report as a Markdown table. */
export function reportTable(rows: readonly ReportRow[]): string {
  const lines = [
    '| procedure | personas | fields prefilled | documents waived |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.procedure} ${r.name} | ${r.group} (${r.personas}) | ${share(r.fields.prefilled, r.fields.total)} | ${share(r.documents.waived, r.documents.total)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
