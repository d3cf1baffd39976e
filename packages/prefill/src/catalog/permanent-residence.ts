import { defineForm } from '../define-form.js';
import { LABEL, RECORD_COPIES } from './labels.js';

/** 1.004222 Đăng ký thường trú (permanent residence registration), commune police; form CT01. */
export const permanentResidence = defineForm({
  procedure: {
    code: '1.004222',
    name: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
    level: 'commune police',
    legalBasis: ['Luật Cư trú 68/2020/QH14', 'NĐ 154/2024', 'TT 53/2025/TT-BCA', 'TT 54/2025/TT-BCA'],
    references: RECORD_COPIES('1.004222'),
  },
  sources: {
    citizen: { kind: 'population.citizen' },
    household: { kind: 'population.household' },
    certificates: { kind: 'land.certificates' },
    birth: { kind: 'civil.birth' },
    marriages: { kind: 'civil.marriages' },
  },
  fields: {
    fullName: { label: LABEL.fullName, source: 'citizen', path: 'name.full' },
    birthDate: { label: LABEL.birthDate, source: 'citizen', path: 'birthDate' },
    gender: { label: LABEL.gender, source: 'citizen', path: 'gender', kind: 'code' },
    personalId: { label: LABEL.personalId, source: 'citizen', path: 'personalId', kind: 'id' },
    phone: { label: LABEL.phone },
    email: { label: LABEL.email },
    'head.fullName': {
      label: { vi: 'Họ tên chủ hộ', en: "Household head's full name" },
      source: 'citizen',
      path: 'household.headName',
      kind: 'name',
    },
    'head.personalId': {
      label: { vi: 'Số định danh của chủ hộ', en: "Household head's personal id" },
      source: 'citizen',
      path: 'household.headPersonalId',
      kind: 'id',
    },
    relationToHead: {
      label: { vi: 'Quan hệ với chủ hộ', en: 'Relation to the household head' },
      source: 'citizen',
      path: 'household.relationToHead',
      kind: 'code',
      editable: true,
    },
    request: { label: { vi: 'Nội dung đề nghị', en: 'Request' } },
    membersMoving: {
      label: { vi: 'Những thành viên trong hộ gia đình cùng thay đổi', en: 'Household members moving too' },
    },
    ownerAgreement: {
      label: {
        vi: 'Ý kiến của chủ hộ, chủ sở hữu chỗ ở hợp pháp',
        en: "Agreement of the head and of the dwelling's owner",
      },
    },
  },
  documents: [
    {
      id: 'dwelling-proof',
      label: { vi: 'Giấy tờ chứng minh chỗ ở hợp pháp', en: 'Proof of lawful dwelling' },
      replacedBy: [{ source: 'certificates', path: 'certificates.0' }],
    },
    {
      id: 'relation-proof',
      label: {
        vi: 'Giấy tờ chứng minh quan hệ với chủ hộ',
        en: 'Proof of family relation to the household head',
      },
      replacedBy: [{ source: 'birth' }, { source: 'marriages', path: '0' }],
    },
    {
      id: 'floor-area-proof',
      label: {
        vi: 'Giấy tờ chứng minh đủ diện tích nhà ở (thuê, mượn, ở nhờ)',
        en: 'Proof of sufficient floor area (rented or borrowed home)',
      },
      replacedBy: [{ source: 'certificates', path: 'certificates.0' }],
      note: {
        vi: 'Nếu không có trong cơ sở dữ liệu đất đai: xác nhận của UBND cấp xã.',
        en: 'If the land database does not hold it: a commune confirmation.',
      },
    },
    {
      id: 'lease-contract',
      label: { vi: 'Hợp đồng thuê, mượn, ở nhờ có công chứng', en: 'Notarised lease or loan contract' },
      note: LABEL.notReplaceable,
    },
  ],
});
