import { defineForm } from '../define-form.js';
import { birthRegistration } from './birth-registration.js';
import { RECORD_COPIES } from './labels.js';
import { permanentResidence } from './permanent-residence.js';

const residence = permanentResidence.fields;
const residenceDocument = (id: string) => permanentResidence.documents.find((d) => d.id === id)!;

/**
 * 2.000986 Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi: one
 * dossier for the three (NĐ 63/2024). It reuses the member procedures: the birth registration's form as
 * it is, the residence registration's household part (the child joins the requester's household, so the
 * head is read from the requester's record), and the health insurance card's own choice of clinic.
 */
export const newbornBundle = defineForm({
  procedure: {
    code: '2.000986',
    purpose: '2.000986',
    name: {
      vi: 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      en: 'Birth registration, permanent residence and health insurance card for a child under 6 (bundle)',
    },
    level: 'commune',
    legalBasis: [
      'NĐ 63/2024/NĐ-CP',
      ...(birthRegistration.procedure.legalBasis ?? []),
      ...(permanentResidence.procedure.legalBasis ?? []),
    ],
    references: RECORD_COPIES('2.000986'),
    members: ['1.001193', '1.004222', '1.014137'],
  },
  sources: {
    ...birthRegistration.sources,
    certificates: { kind: 'land.certificates' },
  },
  fields: {
    ...birthRegistration.fields,
    'residence.head.fullName': { ...residence['head.fullName'], source: 'requester' },
    'residence.head.personalId': { ...residence['head.personalId'], source: 'requester' },
    'residence.relationToHead': {
      label: { vi: 'Quan hệ của trẻ với chủ hộ', en: "The child's relation to the head" },
    },
    'healthCard.clinic': {
      label: { vi: 'Nơi đăng ký khám chữa bệnh ban đầu', en: 'Registered clinic for the child' },
    },
  },
  documents: [
    ...birthRegistration.documents,
    {
      ...residenceDocument('dwelling-proof'),
      replacedBy: [{ source: 'certificates', path: 'certificates.0' }],
    },
  ],
});
