import { normaliseText } from './normalise.js';
import { formDigest, keyedDigest, type ReceiptKey, readReceipt, receiptKeyBytes } from './receipt.js';
import { SubmissionError } from '@onceonly/core';
import type { Form } from './types.js';

/**
 * What the browser posted: a plain object (a value per field; an array when a field came several times),
 * or the ordered list of a form post (`URLSearchParams`, `[name, value][]`), which alone can show a field
 * sent twice.
 */
export type Submitted =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | URLSearchParams
  | Iterable<readonly [string, string]>;

export interface VerifyOptions {
  /** The signed-in citizen (or their personal id): the receipt must be theirs. Strongly recommended. */
  subject?: { personalId: string } | string;
  /** The time to check the expiry against. Default: now. */
  now?: Date;
}

/** The submission, checked: every form field's value (as submitted), and which were locked. */
export interface VerifiedSubmission {
  values: Record<string, string>;
  locked: string[];
}

function entriesOf(submitted: Submitted): [string, string][] {
  if (submitted instanceof URLSearchParams) return [...submitted.entries()];
  if (typeof (submitted as Iterable<unknown>)[Symbol.iterator] === 'function') {
    return [...(submitted as Iterable<readonly [string, string]>)].map(([k, v]) => [String(k), String(v)]);
  }
  const list: [string, string][] = [];
  for (const [name, value] of Object.entries(submitted as Record<string, unknown>)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) list.push([name, String(one)]);
  }
  return list;
}

const fail = (
  code: ConstructorParameters<typeof SubmissionError>[0]['code'],
  field: string,
  message: string,
) => new SubmissionError({ code, field, message });

/**
 * Checks on the portal's server that a submission keeps every value prefill locked: the receipt is
 * genuine, unexpired, for this form and this subject; each locked field is there exactly once with the
 * same value (after the same normalisation as prefill: `1990-04-17` is `17/04/1990`). Throws a
 * `SubmissionError` naming the field (never its value): `SUBMISSION_FIELD_CHANGED`, `_DUPLICATED`,
 * `_MOVED`, `_MISSING`, or `RECEIPT_INVALID`, `_EXPIRED`, `_FORM_MISMATCH`, `_SUBJECT_MISMATCH`.
 *
 * @example
 * ```ts
 * const { values } = await verifySubmission(form, new URLSearchParams(body), receipt, key, { subject });
 * ```
 */
export async function verifySubmission(
  form: Form,
  submitted: Submitted,
  receipt: string,
  key: ReceiptKey,
  options: VerifyOptions = {},
): Promise<VerifiedSubmission> {
  const bytes = receiptKeyBytes(key, 'verifySubmission key');
  const claims = await readReceipt(receipt, bytes, options.now ?? new Date());
  if (claims.form !== formDigest(form)) {
    throw new SubmissionError({
      code: 'RECEIPT_FORM_MISMATCH',
      message: `The prefill receipt was made for another form than ${form.procedure.code} (or for an earlier version of it).`,
    });
  }
  if (options.subject !== undefined) {
    const id = typeof options.subject === 'string' ? options.subject : options.subject.personalId;
    if (keyedDigest(bytes, 'subject', id) !== claims.subject) {
      throw new SubmissionError({
        code: 'RECEIPT_SUBJECT_MISMATCH',
        message: 'The prefill receipt was made for another citizen than the one submitting.',
      });
    }
  }
  const byName = new Map<string, string[]>();
  for (const [name, value] of entriesOf(submitted)) byName.set(name, [...(byName.get(name) ?? []), value]);

  const values: Record<string, string> = {};
  for (const name of Object.keys(form.fields)) {
    const sent = byName.get(name) ?? [];
    if (sent.length > 1)
      throw fail('SUBMISSION_FIELD_DUPLICATED', name, `The field ${name} was submitted more than once.`);
    if (sent.length === 1) values[name] = sent[0]!;
  }
  for (const [name, [kind, digest]] of Object.entries(claims.locked)) {
    const sent = values[name];
    if (sent === undefined) {
      const movedTo = [...byName].find(
        ([other, list]) =>
          other !== name && list.some((v) => keyedDigest(bytes, name, normaliseText(kind, v)) === digest),
      );
      if (movedTo)
        throw fail(
          'SUBMISSION_FIELD_MOVED',
          name,
          `The locked field ${name} was submitted under another name.`,
        );
      throw fail(
        'SUBMISSION_FIELD_MISSING',
        name,
        `The locked field ${name} is missing from the submission.`,
      );
    }
    if (keyedDigest(bytes, name, normaliseText(kind, sent)) !== digest) {
      throw fail('SUBMISSION_FIELD_CHANGED', name, `The locked field ${name} was changed after prefill.`);
    }
  }
  return { values, locked: Object.keys(claims.locked) };
}
