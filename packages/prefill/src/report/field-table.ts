import { SOURCE_KINDS } from '../source-kinds.js';
import type { Form } from '../types.js';

/** One prefillable field of a catalog procedure: where its value comes from. */
export interface PrefillableField {
  procedure: string;
  field: string;
  label: string;
  database: string;
  /** The source kind and the path read: `population.citizen` `name.full`. */
  source: string;
  path: string;
}

/** Every field of every form that a national database fills, in catalog order. */
export function prefillableFields(catalog: Readonly<Record<string, Form>>): PrefillableField[] {
  const rows: PrefillableField[] = [];
  for (const [code, form] of Object.entries(catalog)) {
    for (const [field, decl] of Object.entries(form.fields)) {
      if (decl.source === undefined) continue;
      const kind = form.sources[decl.source]!.kind;
      rows.push({
        procedure: code,
        field,
        label: decl.label.vi,
        database: SOURCE_KINDS[kind].database,
        source: kind,
        path: decl.path,
      });
    }
  }
  return rows;
}

/**
 * The "what can be prefilled" table, in Markdown: procedure, field, its Vietnamese label, the database
 * and the lookup and path it is read from. `docs/prefillable-fields.md` is this, written by
 * `node scripts/prefill-table.mjs`; a test checks the two agree.
 */
export function fieldTable(catalog: Readonly<Record<string, Form>>): string {
  const lines = [
    '| procedure | field | label (vi) | database | lookup | path |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of prefillableFields(catalog)) {
    lines.push(
      `| ${row.procedure} | \`${row.field}\` | ${row.label} | ${row.database} | \`${row.source}\` | \`${row.path}\` |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
