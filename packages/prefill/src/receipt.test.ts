import { describe, expect, it } from 'vitest';
import { defineForm } from './define-form.js';
import { formDigest, readReceipt, receiptKeyBytes, signReceipt } from './receipt.js';
import type { Form } from './types.js';

const label = (en: string) => ({ vi: `(vi) ${en}`, en });
const define = () =>
  defineForm({
    procedure: { code: '1.004873', name: label('Marital status confirmation') },
    sources: { citizen: { kind: 'population.citizen' } },
    fields: { fullName: { label: label('Full name'), source: 'citizen', path: 'name.full' } },
    documents: [],
  });
const NOW = new Date('2026-12-02T10:00:00Z');
const claims = { form: 'f', subject: 's', locked: {}, exp: Math.floor(NOW.getTime() / 1000) + 60 };

describe('formDigest', () => {
  it('is the same for a defined form each time, and for an equal form', () => {
    const form = define();
    expect(formDigest(form)).toBe(formDigest(form));
    expect(formDigest(define())).toBe(formDigest(form));
  });

  it('follows a form that was not defined by defineForm when it is changed in place', () => {
    // A copy is neither frozen nor known to defineForm.
    const form = structuredClone(define()) as Form & { procedure: { code: string } };
    const before = formDigest(form);
    form.procedure.code = '1.001193';
    expect(formDigest(form)).not.toBe(before);
  });
});

describe('signReceipt and readReceipt', () => {
  it('sign and verify with whichever key they are given, one after the other', async () => {
    const a = receiptKeyBytes('receipt-key-a-that-is-at-least-32-bytes', 'key');
    const b = receiptKeyBytes('receipt-key-b-that-is-at-least-32-bytes', 'key');
    const signedA = await signReceipt(claims, a);
    const signedB = await signReceipt(claims, b);
    await expect(readReceipt(signedA, a, NOW)).resolves.toMatchObject({ form: 'f' });
    await expect(readReceipt(signedB, b, NOW)).resolves.toMatchObject({ form: 'f' });
    await expect(readReceipt(signedA, b, NOW)).rejects.toMatchObject({ code: 'RECEIPT_INVALID' });
    await expect(readReceipt(signedB, a, NOW)).rejects.toMatchObject({ code: 'RECEIPT_INVALID' });
    // The same secret as bytes or as a string is the same key.
    const bytes = new Uint8Array(a);
    await expect(readReceipt(signedA, bytes, NOW)).resolves.toMatchObject({ subject: 's' });
  });
});
