/**
 * One contract for dossier events: what the reporter checks before storing an event is exactly what
 * the mock's monitoring intake accepts, so an event `record()` takes is never refused on delivery.
 */
import { DOSSIER_STATUSES as MOCK_STATUSES, dossierEventBatchSchema } from '@onceonly/mock';
import { DOSSIER_STATUSES, dossierEventJsonSchema, MAX_BATCH_SIZE } from '@onceonly/platform';
import { expect, it } from 'vitest';

function normalise(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

it('the reporter and the intake agree on the event shape, the statuses and the batch limit', () => {
  const intake = dossierEventBatchSchema.properties as {
    events: { items: Record<string, unknown>; maxItems: number };
  };
  const mine = dossierEventJsonSchema as { properties: Record<string, unknown>; required: string[] };
  const theirs = intake.events.items as {
    properties: Record<string, { enum?: string[] }>;
    required: string[];
  };
  expect([...DOSSIER_STATUSES]).toEqual([...MOCK_STATUSES]);
  expect([
    (mine as Record<string, unknown>).additionalProperties,
    (theirs as Record<string, unknown>).additionalProperties,
  ]).toEqual([false, false]);
  expect(mine.required.sort()).toEqual(theirs.required.sort());
  expect(Object.keys(mine.properties).sort()).toEqual(Object.keys(theirs.properties).sort());
  expect(intake.events.maxItems).toBe(MAX_BATCH_SIZE);
  // Field by field: TypeBox writes the enums as anyOf of constants, the mock as `enum`.
  for (const [name, schema] of Object.entries(mine.properties)) {
    const other = theirs.properties[name]!;
    const asEnum = (s: Record<string, unknown>) =>
      Array.isArray(s.anyOf) ? { type: 'string', enum: s.anyOf.map((c: { const: string }) => c.const) } : s;
    expect(normalise(asEnum(schema as Record<string, unknown>)), name).toEqual(normalise(other));
  }
});
