import { defineForm } from '../define-form.js';
import { LABEL, RECORD_COPIES } from './labels.js';

/** 1.001612 Đăng ký thành lập hộ kinh doanh (household business registration), commune. */
export const householdBusinessRegistration = defineForm({
  procedure: {
    code: '1.001612',
    name: { vi: 'Đăng ký thành lập hộ kinh doanh', en: 'Household business registration' },
    level: 'commune',
    legalBasis: [
      'Luật Doanh nghiệp 59/2020/QH14 (sửa đổi 76/2025/QH15)',
      'NĐ 168/2025/NĐ-CP',
      'TT 68/2025/TT-BTC',
    ],
    references: RECORD_COPIES('1.001612'),
  },
  sources: {
    owner: { kind: 'population.citizen' },
    businesses: { kind: 'enterprise.household-businesses' },
  },
  fields: {
    'owner.fullName': { label: LABEL.fullName, source: 'owner', path: 'name.full' },
    'owner.birthDate': { label: LABEL.birthDate, source: 'owner', path: 'birthDate' },
    'owner.gender': { label: LABEL.gender, source: 'owner', path: 'gender', kind: 'code' },
    'owner.ethnicity': { label: LABEL.ethnicity, source: 'owner', path: 'ethnicity' },
    'owner.nationality': { label: LABEL.nationality, source: 'owner', path: 'nationality' },
    'owner.personalId': { label: LABEL.personalId, source: 'owner', path: 'personalId', kind: 'id' },
    'owner.residence': { label: LABEL.permanent, source: 'owner', path: 'addresses.permanent' },
    'owner.current': { label: LABEL.current, source: 'owner', path: 'addresses.current', editable: true },
    'owner.phone': { label: LABEL.phone },
    'business.name': { label: { vi: 'Tên hộ kinh doanh', en: 'Business name' } },
    'business.address': { label: { vi: 'Địa chỉ trụ sở hộ kinh doanh', en: 'Business address' } },
    'business.lines': { label: { vi: 'Ngành, nghề kinh doanh', en: 'Business lines' } },
    'business.capital': { label: { vi: 'Vốn kinh doanh', en: 'Capital' } },
    'business.existing': {
      label: {
        vi: 'Hộ kinh doanh đã đăng ký (nếu có)',
        en: 'Household business already registered (if any)',
      },
      source: 'businesses',
      path: '0.name',
      editable: true,
    },
  },
  documents: [
    {
      id: 'owner-identity',
      label: { vi: 'Thông tin nhân thân của chủ hộ kinh doanh', en: "Owner's identity details" },
      replacedBy: [{ source: 'owner' }],
    },
    {
      id: 'family-authorisation',
      label: {
        vi: 'Văn bản ủy quyền của thành viên hộ gia đình (công chứng)',
        en: "Family members' notarised authorisation of the owner",
      },
      note: LABEL.notReplaceable,
    },
    {
      id: 'filer-authorisation',
      label: { vi: 'Văn bản ủy quyền cho người nộp hồ sơ', en: 'Authorisation of a filer' },
      note: LABEL.notReplaceable,
    },
    {
      id: 'authoriser-identity-copy',
      label: {
        vi: 'Bản sao giấy tờ pháp lý của người ủy quyền',
        en: "Copy of the authoriser's identity card",
      },
      replacedBy: [{ source: 'owner' }],
    },
  ],
});
