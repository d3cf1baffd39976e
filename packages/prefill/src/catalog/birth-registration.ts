import { defineForm } from '../define-form.js';
import { LABEL, RECORD_COPIES } from './labels.js';

/**
 * 1.001193 Đăng ký khai sinh (birth registration), commune level. The subject is the requester (a
 * parent); the child is not in any database yet, so the child's fields are the citizen's to fill.
 */
export const birthRegistration = defineForm({
  procedure: {
    code: '1.001193',
    name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
    level: 'commune',
    legalBasis: [
      'Luật Hộ tịch 60/2014/QH13',
      'NĐ 123/2015',
      'NĐ 87/2020',
      'NĐ 104/2022',
      'TT 04/2024/TT-BTP',
      'NĐ 120/2025',
      'TT 08/2025/TT-BTP',
    ],
    references: RECORD_COPIES('1.001193'),
  },
  sources: {
    requester: { kind: 'population.citizen' },
    marriages: { kind: 'civil.marriages' },
  },
  fields: {
    'requester.fullName': { label: LABEL.fullName, source: 'requester', path: 'name.full' },
    'requester.personalId': { label: LABEL.personalId, source: 'requester', path: 'personalId', kind: 'id' },
    'requester.residence': { label: LABEL.permanent, source: 'requester', path: 'addresses.permanent' },
    'requester.relation': { label: { vi: 'Quan hệ với người được khai sinh', en: 'Relation to the child' } },
    'child.fullName': { label: { vi: 'Họ, chữ đệm, tên của trẻ', en: "Child's full name" } },
    'child.birthDate': { label: { vi: 'Ngày sinh của trẻ', en: "Child's date of birth" }, kind: 'date' },
    'child.placeOfBirth': { label: { vi: 'Nơi sinh', en: 'Place of birth' } },
    'child.gender': { label: LABEL.gender },
    'child.ethnicity': { label: LABEL.ethnicity },
    'child.nationality': { label: LABEL.nationality },
    'child.homeTown': { label: LABEL.homeTown },
    'parent.birthDate': {
      label: { vi: 'Năm sinh của cha/mẹ (người yêu cầu)', en: "Requester's (parent's) year of birth" },
      source: 'requester',
      path: 'birthDate',
    },
    'parent.ethnicity': {
      label: { vi: 'Dân tộc của cha/mẹ', en: "Parent's ethnicity" },
      source: 'requester',
      path: 'ethnicity',
    },
    'parent.nationality': {
      label: { vi: 'Quốc tịch của cha/mẹ', en: "Parent's nationality" },
      source: 'requester',
      path: 'nationality',
    },
    'otherParent.fullName': {
      label: { vi: 'Họ tên cha/mẹ còn lại', en: "Other parent's full name" },
      source: 'requester',
      path: 'spouse.name',
      kind: 'name',
    },
    'otherParent.personalId': {
      label: { vi: 'Số định danh của cha/mẹ còn lại', en: "Other parent's personal id" },
      source: 'requester',
      path: 'spouse.personalId',
      kind: 'id',
    },
    'otherParent.nationality': {
      label: { vi: 'Quốc tịch của cha/mẹ còn lại', en: "Other parent's nationality" },
      source: 'requester',
      path: 'spouse.nationality',
    },
    copies: { label: LABEL.copies },
  },
  documents: [
    {
      id: 'birth-notice',
      label: { vi: 'Giấy chứng sinh', en: 'Birth notice' },
      note: {
        vi: 'Giấy chứng sinh điện tử của ngành y tế, khi có, thay cho bản giấy.',
        en: "The health sector's signed electronic birth notice replaces the paper one when available.",
      },
    },
    {
      id: 'requester-identity',
      label: { vi: 'Giấy tờ tùy thân của người yêu cầu', en: "Requester's identity document" },
      replacedBy: [{ source: 'requester' }],
    },
    {
      id: 'residence-proof',
      label: { vi: 'Giấy tờ chứng minh nơi cư trú', en: 'Proof of residence' },
      replacedBy: [{ source: 'requester', path: 'addresses.permanent' }],
    },
    {
      id: 'parents-marriage',
      label: { vi: 'Giấy chứng nhận kết hôn của cha mẹ', en: "Parents' marriage certificate" },
      replacedBy: [{ source: 'marriages' }],
    },
    { id: 'power-of-attorney', label: LABEL.powerOfAttorney, note: LABEL.notReplaceable },
  ],
});
