import { defineForm } from '../define-form.js';
import { LABEL, RECORD_COPIES } from './labels.js';

/**
 * 1.014748 Hưởng trợ cấp thất nghiệp (unemployment benefit), province; replaces 1.001978 under the 2025
 * Employment Law. The social insurance book stays required: the record does not waive it yet, although
 * the insurance database could replace it.
 */
export const unemploymentBenefit = defineForm({
  procedure: {
    code: '1.014748',
    name: { vi: 'Hưởng trợ cấp thất nghiệp', en: 'Unemployment benefit' },
    level: 'province',
    legalBasis: ['Luật Việc làm 74/2025/QH15', 'NĐ 374/2025/NĐ-CP'],
    references: RECORD_COPIES('1.014748'),
  },
  sources: {
    citizen: { kind: 'population.citizen' },
    participant: { kind: 'insurance.participant' },
    contributions: { kind: 'insurance.contributions' },
  },
  fields: {
    fullName: { label: LABEL.fullName, source: 'citizen', path: 'name.full' },
    birthDate: { label: LABEL.birthDate, source: 'citizen', path: 'birthDate' },
    personalId: { label: LABEL.personalId, source: 'citizen', path: 'personalId', kind: 'id' },
    insuranceCode: {
      label: { vi: 'Mã số bảo hiểm xã hội', en: 'Social insurance number' },
      source: 'participant',
      path: 'insuranceCode',
      kind: 'id',
    },
    residence: { label: LABEL.permanent, source: 'citizen', path: 'addresses.permanent' },
    monthsContributed: {
      label: {
        vi: 'Số tháng đóng bảo hiểm thất nghiệp trong 24 tháng gần nhất',
        en: 'Months contributed in the last 24',
      },
      source: 'contributions',
      path: 'monthsInLast24',
    },
    phone: { label: LABEL.phone },
    bankAccount: { label: { vi: 'Số tài khoản ngân hàng', en: 'Bank account' } },
    endDate: {
      label: { vi: 'Ngày chấm dứt hợp đồng lao động', en: 'End of the employment contract' },
      kind: 'date',
    },
    contractType: { label: { vi: 'Loại hợp đồng lao động', en: 'Contract type' } },
    employer: { label: { vi: 'Đơn vị sử dụng lao động', en: 'Employer' } },
  },
  documents: [
    {
      id: 'request-form',
      label: { vi: 'Đề nghị hưởng trợ cấp thất nghiệp (Mẫu số 10)', en: 'Request form (Mẫu số 10)' },
      replacedBy: [{ source: 'citizen' }, { source: 'participant' }],
    },
    {
      id: 'insurance-book',
      label: { vi: 'Sổ bảo hiểm xã hội', en: 'Social insurance book' },
      note: {
        vi: 'Thủ tục vẫn yêu cầu: cơ sở dữ liệu bảo hiểm có thể thay thế nhưng hồ sơ thủ tục chưa cho phép miễn.',
        en: 'Still listed: the insurance database could replace it, but the procedure record does not waive it yet.',
      },
    },
    {
      id: 'contract-ended',
      label: { vi: 'Giấy tờ xác nhận chấm dứt hợp đồng lao động', en: 'Proof that the contract ended' },
      note: {
        vi: 'Chấp nhận bản điện tử; chưa được miễn theo hồ sơ thủ tục.',
        en: 'Electronic copies accepted; not waived by the procedure record.',
      },
    },
  ],
});
