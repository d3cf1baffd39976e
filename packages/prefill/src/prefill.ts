import { type AccessContext, type Gateway, InputError, PolicyError, userMessage } from '@onceonly/core';
import { toFormValue } from './normalise.js';
import { readPath } from './paths.js';
import { formDigest, keyedDigest, type ReceiptKey, receiptKeyBytes, signReceipt } from './receipt.js';
import { runSources, type SourceOutcome } from './run-sources.js';
import { type AdapterOptions, type PersonKey, SOURCE_KINDS } from './source-kinds.js';
import type { DocumentResult, FieldKind, FieldResult, Form, Reason, ValueSource } from './types.js';

export interface PrefillOptions {
  /** The citizen the form is about, as sign-in returns them: personal id, full name, date of birth. */
  subject: PersonKey;
  /** The access context of every call: case id, officer, and the subject's consent token. */
  ctx: AccessContext;
  gateway: Gateway;
  /** The secret the receipt is signed with: at least 32 bytes. `verifySubmission` needs the same. */
  receiptKey: ReceiptKey;
  /** Other people's consent tokens, by personal id: a relative's own record is read only with theirs. */
  consents?: Readonly<Record<string, string>>;
  /**
   * The signed-in person when they act for the subject (a parent for a minor). The subject's
   * population record must name them as legal representative, or nothing about the subject is shown.
   */
  representative?: { personalId: string };
  /** One deadline for every source, in ms. Default 10,000. */
  timeoutMs?: number;
  /** How long the receipt is valid, in ms. Default 4 hours. */
  receiptTtlMs?: number;
  /** Options of the adapters prefill calls (`{ population: { encoding: 'rest' } }`). */
  adapters?: AdapterOptions;
  /** The clock. Default: `() => new Date()`. */
  now?: () => Date;
}

/** What a source gave, for the portal's "where does this come from" panel. */
export type SourceStatus =
  | ({ status: 'ok' } & ValueSource)
  | { status: 'failed'; source: string; reason: Reason };

export interface PrefillResult {
  procedure: string;
  /** Field name → value, for the filled fields: a plain object to put in the form. */
  values: Record<string, string>;
  fields: Record<string, FieldResult>;
  documents: { waived: DocumentResult[]; required: DocumentResult[] };
  sources: Record<string, SourceStatus>;
  /** Signed digest of the locked values; give it back to `verifySubmission` on submit. */
  receipt: string;
  expiresAt: string;
  summary: { fields: number; prefilled: number; documents: number; waived: number };
}

function reasonOf(error: unknown): Reason {
  const message = userMessage(error);
  return { code: message.code, message };
}

function checkOptions(options: PrefillOptions): number {
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > 120_000) {
    throw new InputError({
      code: 'INVALID_OPTION',
      message: 'prefill(): timeoutMs must be an integer from 1 to 120000.',
      fields: ['timeoutMs'],
    });
  }
  const s = options.subject;
  if (
    typeof s?.personalId !== 'string' ||
    typeof s.fullName !== 'string' ||
    typeof s.birthDate !== 'string'
  ) {
    throw new InputError({
      code: 'INVALID_INPUT',
      message: 'prefill(): subject needs personalId, fullName and birthDate (as sign-in returns them).',
      fields: ['subject'],
    });
  }
  return timeoutMs;
}

/** Refuses every subject source when the signed-in person is not the subject's legal representative. */
function checkRepresentation(form: Form, outcomes: Map<string, SourceOutcome>, representative: string): void {
  const citizen = Object.entries(form.sources).find(
    ([, s]) => s.kind === 'population.citizen' && (s.about ?? 'subject') === 'subject',
  );
  const record = citizen && outcomes.get(citizen[0]);
  const named = record?.ok ? readPath(record.value, 'legalRepresentative.personalId') : undefined;
  if (named === representative) return;
  const error = new PolicyError({
    code: 'REPRESENTATION_NOT_CONFIRMED',
    message: "The subject's population record does not name the signed-in person as legal representative.",
  });
  for (const [name, outcome] of outcomes) if (outcome.ok) outcomes.set(name, { ok: false, error });
}

const sourceOf = (form: Form, name: string, outcome: SourceOutcome & { ok: true }): ValueSource => ({
  source: name,
  database: SOURCE_KINDS[form.sources[name]!.kind].database,
  provider: outcome.meta.provider,
  retrievedAt: outcome.meta.retrievedAt,
});

/** Each failed source's reason, made once: its fields, its documents and its status share it. */
type Reasons = ReadonlyMap<string, Reason>;

function fieldResult(
  form: Form,
  name: string,
  outcomes: Map<string, SourceOutcome>,
  reasons: Reasons,
): FieldResult {
  const field = form.fields[name]!;
  if (field.source === undefined) return { status: 'manual', locked: false };
  const outcome = outcomes.get(field.source)!;
  if (!outcome.ok)
    return { status: 'unavailable', locked: false, source: field.source, reason: reasons.get(field.source)! };
  const where = sourceOf(form, field.source, outcome);
  const written = toFormValue(readPath(outcome.value, field.path), field.kind);
  if (written === undefined) return { status: 'empty', locked: false, ...where };
  const result: FieldResult = {
    status: 'filled',
    value: written.value,
    kind: written.kind,
    verified: true,
    locked: field.editable !== true && written.ambiguous !== true,
    ...where,
  };
  if (written.original !== undefined) result.original = written.original;
  return result;
}

function documentResult(
  form: Form,
  index: number,
  outcomes: Map<string, SourceOutcome>,
  failures: Reasons,
): DocumentResult {
  const { id, label, replacedBy = [], note } = form.documents[index]!;
  const reasons: Reason[] = [];
  for (const by of replacedBy) {
    const outcome = outcomes.get(by.source)!;
    if (!outcome.ok) {
      const reason = failures.get(by.source)!;
      if (!reasons.some((r) => r.code === reason.code)) reasons.push(reason);
      continue;
    }
    const held = by.path === undefined ? outcome.value : readPath(outcome.value, by.path);
    const present = Array.isArray(held)
      ? held.length > 0
      : held !== undefined && held !== null && held !== '';
    if (present) return { id, label, status: 'waived', by: sourceOf(form, by.source, outcome) };
  }
  return note === undefined
    ? { id, label, status: 'required', reasons }
    : { id, label, status: 'required', note, reasons };
}

/**
 * Fills a form from the national databases: every source fetched once, in parallel, under one deadline;
 * a failing, slow or refused source leaves only its own fields for manual entry, with a reason the
 * portal can show. Lists the documents waived (and by which record) and those still required, and signs
 * a receipt of the locked values for `verifySubmission`.
 *
 * @example
 * ```ts
 * const result = await prefill(form, { subject, ctx, gateway, receiptKey });
 * result.fields.fullName; // { status: 'filled', value: 'Nguyễn Văn An', locked: true, source: 'citizen', ... }
 * ```
 */
export async function prefill(form: Form, options: PrefillOptions): Promise<PrefillResult> {
  const timeoutMs = checkOptions(options);
  const key = receiptKeyBytes(options.receiptKey, 'receiptKey');
  const now = options.now ?? (() => new Date());
  const ctx = {
    ...options.ctx,
    purpose: options.ctx.purpose ?? form.procedure.purpose ?? form.procedure.code,
  };
  const outcomes = await runSources(form, {
    gateway: options.gateway,
    subject: options.subject,
    ctx,
    consents: options.consents ?? {},
    timeoutMs,
    adapters: options.adapters ?? {},
  });
  if (options.representative) checkRepresentation(form, outcomes, options.representative.personalId);
  const reasons: Reasons = new Map(
    [...outcomes].flatMap(([name, outcome]) =>
      outcome.ok ? [] : [[name, reasonOf(outcome.error)] as const],
    ),
  );

  const fields: Record<string, FieldResult> = {};
  const values: Record<string, string> = {};
  const locked: Record<string, [FieldKind, string]> = {};
  for (const name of Object.keys(form.fields)) {
    const result = fieldResult(form, name, outcomes, reasons);
    fields[name] = result;
    if (result.status !== 'filled') continue;
    values[name] = result.value;
    if (result.locked) locked[name] = [result.kind, keyedDigest(key, name, result.value)];
  }
  const documents = form.documents.map((_, i) => documentResult(form, i, outcomes, reasons));
  const sources: Record<string, SourceStatus> = {};
  for (const [name, outcome] of outcomes) {
    sources[name] = outcome.ok
      ? { status: 'ok', ...sourceOf(form, name, outcome) }
      : { status: 'failed', source: name, reason: reasons.get(name)! };
  }
  const expires = new Date(now().getTime() + (options.receiptTtlMs ?? 4 * 3600_000));
  const receipt = await signReceipt(
    {
      form: formDigest(form),
      subject: keyedDigest(key, 'subject', options.subject.personalId),
      locked,
      exp: Math.floor(expires.getTime() / 1000),
    },
    key,
  );
  const waived = documents.filter((d) => d.status === 'waived');
  return {
    procedure: form.procedure.code,
    values,
    fields,
    documents: { waived, required: documents.filter((d) => d.status === 'required') },
    sources,
    receipt,
    expiresAt: expires.toISOString(),
    summary: {
      fields: Object.keys(fields).length,
      prefilled: Object.keys(values).length,
      documents: documents.length,
      waived: waived.length,
    },
  };
}
