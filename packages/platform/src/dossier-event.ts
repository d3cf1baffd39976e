/**
 * A dossier's lifecycle event, as the national monitoring system takes it
 * (`POST /monitoring/v1/dossier-events`). One TypeBox declaration is the JSON Schema the reporter
 * checks before anything is stored, and the TypeScript type.
 */
import { randomUUID } from 'node:crypto';
import { compileSchema, InputError, type JsonSchema, type Static, Type } from '@onceonly/core';

/** Where a dossier stands, as the monitoring system counts it. */
export const DOSSIER_STATUSES = [
  'received',
  'processing',
  'supplement-requested',
  'paused',
  'completed',
  'rejected',
  'withdrawn',
  'returned',
] as const;

/** Statuses that end a dossier's processing: the "fully online" KPI is read on these. */
export const FINAL_STATUSES: ReadonlySet<string> = new Set([
  'completed',
  'rejected',
  'withdrawn',
  'returned',
]);

const Code = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$' });
const Count = Type.Integer({ minimum: 0, maximum: 1000 });

/** The wire shape of one event: every base field required, nothing else allowed. */
export const DossierEventSchema = Type.Object(
  {
    /** A UUID chosen by the portal: the same event sent twice is counted once. */
    id: Type.String({ format: 'uuid' }),
    /** The dossier code (`H23.01-241122-0001`): not personal data. */
    dossierCode: Code,
    /** The procedure's national code (`1.001193`). */
    procedureCode: Code,
    status: Type.Union(DOSSIER_STATUSES.map((s) => Type.Literal(s))),
    /** When it happened, RFC 3339 with an offset (`2026-11-23T08:00:00+07:00`). */
    occurredAt: Type.String({ format: 'date-time' }),
    /** Submitted online, or at the counter (`offline`). */
    channel: Type.Union([Type.Literal('online'), Type.Literal('offline')]),
    /** The agency handling the dossier (`000.00.00.H23`). */
    agencyCode: Code,
    /** On a final event: the whole procedure ran online, result included (toàn trình). */
    fullyOnline: Type.Optional(Type.Boolean()),
    /** On `received`: documents the procedure asks for. */
    documentsRequired: Type.Optional(Count),
    /** On `received`: of those, documents the citizen did not have to supply (prefilled from national data). */
    documentsWaived: Type.Optional(Count),
  },
  { additionalProperties: false },
);

/** One event, ready to send. */
export type DossierEvent = Static<typeof DossierEventSchema>;
/** One of {@link DOSSIER_STATUSES}. */
export type DossierStatus = DossierEvent['status'];
/** What `record()` takes: an event whose `id` may be left out (one is generated and kept). */
export type DossierEventInput = Omit<DossierEvent, 'id'> & { id?: string | undefined };

/** The plain JSON Schema of one event (what the mock's intake checks too). */
export const dossierEventJsonSchema: JsonSchema = JSON.parse(JSON.stringify(DossierEventSchema));

const checker = compileSchema(dossierEventJsonSchema);

/**
 * Checks an event and gives it an id when it has none. The result is a fresh plain object, so the
 * caller's later changes cannot alter what was stored.
 * @throws InputError `INVALID_INPUT` naming the offending fields (never their values).
 */
export function prepareEvent(input: DossierEventInput): DossierEvent {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError({ code: 'INVALID_INPUT', message: 'record() takes a dossier event object.' });
  }
  const event = { ...input, id: input.id ?? randomUUID() };
  const check = checker.check(event);
  if (!check.ok) {
    throw new InputError({
      code: 'INVALID_INPUT',
      message: `The dossier event does not match the monitoring schema (${check.problems
        .map((p) => `${p.path} ${p.rule}`)
        .join(', ')}); nothing was recorded.`,
      fields: check.problems.map((p) => p.path),
    });
  }
  const waived = event.documentsWaived;
  if (waived !== undefined && (event.documentsRequired === undefined || waived > event.documentsRequired)) {
    throw new InputError({
      code: 'INVALID_INPUT',
      message: 'documentsWaived needs documentsRequired, and cannot exceed it; nothing was recorded.',
      fields: ['/documentsWaived'],
    });
  }
  return JSON.parse(JSON.stringify(event)) as DossierEvent;
}
