import { SubmissionError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { defineForm } from './define-form.js';
import { formDigest, keyedDigest, receiptKeyBytes, signReceipt } from './receipt.js';
import { verifySubmission } from './verify-submission.js';

const KEY = 'verify-test-receipt-key-of-32-bytes!!!';
const label = (en: string) => ({ vi: `(vi) ${en}`, en });
const form = defineForm({
  procedure: { code: '1.004873', name: label('Marital status confirmation') },
  sources: { citizen: { kind: 'population.citizen' } },
  fields: {
    fullName: { label: label('Full name'), source: 'citizen', path: 'name.full' },
    birthDate: { label: label('Date of birth'), source: 'citizen', path: 'birthDate' },
    nationality: { label: label('Nationality'), source: 'citizen', path: 'nationality', editable: true },
    purpose: { label: label('Purpose') },
  },
  documents: [],
});
const SUBJECT = '001090012345';
const NOW = new Date('2026-12-02T10:00:00Z');

/** A receipt as prefill signs it: the locked name and birth date of SUBJECT. */
async function receiptFor(
  options: { exp?: Date; formOf?: typeof form; subject?: string; key?: string } = {},
) {
  const key = receiptKeyBytes(options.key ?? KEY, 'key');
  return signReceipt(
    {
      form: formDigest(options.formOf ?? form),
      subject: keyedDigest(key, 'subject', options.subject ?? SUBJECT),
      locked: {
        fullName: ['name', keyedDigest(key, 'fullName', 'Nguyễn Thị Ngọc Diễm')],
        birthDate: ['date', keyedDigest(key, 'birthDate', '17/04/1990')],
      },
      exp: Math.floor((options.exp ?? new Date('2026-12-02T12:00:00Z')).getTime() / 1000),
    },
    key,
  );
}

const good = {
  fullName: 'Nguyễn Thị Ngọc Diễm',
  birthDate: '17/04/1990',
  nationality: 'VN',
  purpose: 'kết hôn',
};
const verify = async (
  submitted: Parameters<typeof verifySubmission>[1],
  receipt?: string,
  subject = SUBJECT,
) => verifySubmission(form, submitted, receipt ?? (await receiptFor()), KEY, { subject, now: NOW });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      expect(SubmissionError.isInstance(error)).toBe(true);
      const e = error as SubmissionError;
      // The field is named; its value never is.
      expect(e.message).not.toContain('Nguyễn');
      expect(e.message).not.toContain(SUBJECT);
      return { code: e.code, field: e.field };
    },
  );

describe('verifySubmission', () => {
  it('accepts the values prefill locked, and what the citizen filled or could edit', async () => {
    const { values, locked } = await verify(good);
    expect(values).toEqual(good);
    expect(locked).toEqual(['fullName', 'birthDate']);
  });

  it('compares after the same normalisation: another spelling of the same value is not a change', async () => {
    const nfd = 'Nguyễn Thị Ngọc Diễm'.normalize('NFD');
    await expect(
      verify({ ...good, fullName: `  nguyễn thị  NGỌC ${nfd.split(' ').at(-1)} ` }),
    ).resolves.toBeDefined();
    await expect(verify({ ...good, birthDate: '1990-04-17' })).resolves.toBeDefined();
  });

  it('refuses a changed locked value, naming the field', async () => {
    expect(await refusal(verify({ ...good, fullName: 'Nguyễn Thị Ngọc Diệp' }))).toEqual({
      code: 'SUBMISSION_FIELD_CHANGED',
      field: 'fullName',
    });
    expect(await refusal(verify({ ...good, birthDate: '18/04/1990' }))).toMatchObject({ field: 'birthDate' });
  });

  it('refuses a field sent twice, in a form post or as an array', async () => {
    const post = new URLSearchParams([...Object.entries(good), ['fullName', 'Trần Văn B']]);
    expect(await refusal(verify(post))).toEqual({ code: 'SUBMISSION_FIELD_DUPLICATED', field: 'fullName' });
    const pairs: [string, string][] = [...Object.entries(good), ['purpose', 'khác']];
    expect(await refusal(verify(pairs))).toEqual({ code: 'SUBMISSION_FIELD_DUPLICATED', field: 'purpose' });
    expect(await refusal(verify({ ...good, birthDate: ['17/04/1990', '01/01/2000'] }))).toMatchObject({
      code: 'SUBMISSION_FIELD_DUPLICATED',
    });
  });

  it('refuses a locked field moved under another name, or removed', async () => {
    const { fullName, ...rest } = good;
    expect(await refusal(verify({ ...rest, purpose: fullName }))).toEqual({
      code: 'SUBMISSION_FIELD_MOVED',
      field: 'fullName',
    });
    expect(await refusal(verify(rest))).toEqual({ code: 'SUBMISSION_FIELD_MISSING', field: 'fullName' });
  });

  it('refuses a forged, altered, expired, foreign-form or other-citizen receipt', async () => {
    const forged = await receiptFor({ key: 'another-key-that-is-also-32-bytes-long!' });
    expect(await refusal(verify(good, forged))).toMatchObject({ code: 'RECEIPT_INVALID' });
    const [h, p, s] = (await receiptFor()).split('.');
    const altered = `${h}.${Buffer.from(Buffer.from(p!, 'base64url').toString().replace('"frm"', '"frn"')).toString('base64url')}.${s}`;
    expect(await refusal(verify(good, altered))).toMatchObject({ code: 'RECEIPT_INVALID' });
    expect(await refusal(verify(good, 'not-a-receipt'))).toMatchObject({ code: 'RECEIPT_INVALID' });
    const expired = await receiptFor({ exp: new Date('2026-12-02T09:00:00Z') });
    expect(await refusal(verify(good, expired))).toMatchObject({ code: 'RECEIPT_EXPIRED' });
    const other = defineForm({ ...form, procedure: { ...form.procedure, code: '1.001193' } });
    expect(await refusal(verify(good, await receiptFor({ formOf: other })))).toMatchObject({
      code: 'RECEIPT_FORM_MISMATCH',
    });
    expect(await refusal(verify(good, undefined, '001090099999'))).toMatchObject({
      code: 'RECEIPT_SUBJECT_MISMATCH',
    });
  });

  it('refuses a short key before reading anything', async () => {
    await expect(verifySubmission(form, good, await receiptFor(), 'short')).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
  });
});
