// #region prefill-quick-start
import { createGateway } from '@onceonly/core';
import { createMockPlatform, lookupOf, MOCK_OFFICER_ID } from '@onceonly/mock';
import { defineForm, prefill, verifySubmission } from '@onceonly/prefill';

const form = defineForm({
  procedure: {
    code: '1.004873',
    name: { vi: 'Xác nhận tình trạng hôn nhân', en: 'Marital status confirmation' },
  },
  sources: { citizen: { kind: 'population.citizen' } },
  fields: {
    fullName: { label: { vi: 'Họ và tên', en: 'Full name' }, source: 'citizen', path: 'name.full' },
    birthDate: { label: { vi: 'Ngày sinh', en: 'Date of birth' }, source: 'citizen', path: 'birthDate' },
    residence: {
      label: { vi: 'Nơi thường trú', en: 'Permanent residence' },
      source: 'citizen',
      path: 'addresses.permanent',
    },
    purpose: { label: { vi: 'Mục đích sử dụng', en: 'Purpose' } }, // no source: the citizen writes it
  },
  documents: [
    {
      id: 'identity',
      label: { vi: 'Giấy tờ tùy thân', en: 'Identity document' },
      replacedBy: [{ source: 'citizen' }],
    },
  ],
});

const mock = createMockPlatform({ seed: 42 });
const gateway = createGateway(mock.gatewayOptions());
const persona = mock.world.byTag('year-only-birth')[0]!;
const subject = lookupOf(persona); // as sign-in returns the citizen: personal id, full name, date of birth
const receiptKey = 'a-secret-of-at-least-32-bytes-from-your-vault';

const result = await prefill(form, {
  subject,
  ctx: {
    purpose: '1.004873',
    caseId: 'H23.01-261202-0001',
    officerId: MOCK_OFFICER_ID,
    consent: mock.consent(subject.personalId, 'population.basic', '1.004873'),
  },
  gateway,
  receiptKey,
});
result.fields.birthDate; // { status: 'filled', value: '1958', locked: true, source: 'citizen', ... }: kept partial
result.documents.waived; // [{ id: 'identity', status: 'waived', by: { database: 'population', ... } }]

// On submit, on the portal's server: the locked values must come back unchanged.
const posted = new URLSearchParams({ ...result.values, purpose: 'kết hôn' });
const submission = await verifySubmission(form, posted, result.receipt, receiptKey, { subject });
submission.locked; // ['fullName', 'birthDate', 'residence']
// #endregion prefill-quick-start
await gateway.close();
await mock.close();

export { result, submission };
