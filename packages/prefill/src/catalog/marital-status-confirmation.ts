import { defineForm } from '../define-form.js';
import { LABEL, RECORD_COPIES } from './labels.js';

/** 1.004873 Cấp Giấy xác nhận tình trạng hôn nhân (marital status confirmation), commune. */
export const maritalStatusConfirmation = defineForm({
  procedure: {
    code: '1.004873',
    name: { vi: 'Cấp Giấy xác nhận tình trạng hôn nhân', en: 'Marital status confirmation' },
    level: 'commune',
    legalBasis: [
      'Luật Hộ tịch 60/2014/QH13',
      'Luật Hôn nhân và Gia đình 52/2014/QH13',
      'NĐ 123/2015',
      'NĐ 87/2020',
      'NĐ 104/2022',
      'TT 04/2024/TT-BTP',
    ],
    references: RECORD_COPIES('1.004873'),
  },
  sources: {
    citizen: { kind: 'population.citizen' },
    maritalStatus: { kind: 'civil.marital-status' },
    residence: { kind: 'population.residence' },
  },
  fields: {
    fullName: { label: LABEL.fullName, source: 'citizen', path: 'name.full' },
    birthDate: { label: LABEL.birthDate, source: 'citizen', path: 'birthDate' },
    gender: { label: LABEL.gender, source: 'citizen', path: 'gender', kind: 'code' },
    ethnicity: { label: LABEL.ethnicity, source: 'citizen', path: 'ethnicity' },
    nationality: { label: LABEL.nationality, source: 'citizen', path: 'nationality' },
    personalId: { label: LABEL.personalId, source: 'citizen', path: 'personalId', kind: 'id' },
    residence: { label: LABEL.permanent, source: 'citizen', path: 'addresses.permanent' },
    residenceSince: {
      label: { vi: 'Thường trú tại địa chỉ này từ ngày', en: 'Permanent resident there since' },
      source: 'residence',
      path: 'permanent.from',
      kind: 'date',
    },
    previousResidence: {
      label: { vi: 'Nơi thường trú trước đây', en: 'Earlier permanent residence' },
      source: 'residence',
      path: 'previousPermanent.0.address',
    },
    maritalStatus: {
      label: { vi: 'Tình trạng hôn nhân', en: 'Current marital status' },
      source: 'maritalStatus',
      path: 'status',
      kind: 'code',
    },
    purpose: { label: { vi: 'Mục đích sử dụng giấy xác nhận', en: 'Purpose of the confirmation' } },
    copies: { label: LABEL.copies },
  },
  documents: [
    {
      id: 'divorce-or-death',
      label: {
        vi: 'Bản án ly hôn, trích lục khai tử của vợ/chồng',
        en: "Divorce judgment, spouse's death record",
      },
      replacedBy: [{ source: 'maritalStatus' }],
    },
    {
      id: 'earlier-residences',
      label: {
        vi: 'Xác nhận tình trạng hôn nhân tại nơi cư trú trước đây',
        en: 'Marital status at earlier residences',
      },
      replacedBy: [{ source: 'maritalStatus' }],
    },
    {
      id: 'identity-residence',
      label: {
        vi: 'Giấy tờ tùy thân, giấy tờ chứng minh nơi cư trú',
        en: 'Identity document, proof of residence',
      },
      replacedBy: [{ source: 'citizen' }],
    },
    {
      id: 'previous-confirmation',
      label: {
        vi: 'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây',
        en: 'A previously issued confirmation',
      },
      note: {
        vi: 'Phải nộp lại bản đã cấp: không thay thế được.',
        en: 'Must be handed back: not replaceable.',
      },
    },
    { id: 'power-of-attorney', label: LABEL.powerOfAttorney, note: LABEL.notReplaceable },
  ],
});
