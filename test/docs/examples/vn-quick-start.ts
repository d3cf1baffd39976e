// #region vn-quick-start
import {
  formatDate,
  isValidTaxCode,
  parseDate,
  parsePersonalId,
  parsePhoneNumber,
  resolveOldAddress,
  sameName,
} from '@onceonly/vn';

// Every parser returns { ok: true, value } or { ok: false, reason, message }: check `ok` first.
const id = parsePersonalId('001203012345');
if (id.ok) {
  id.value.birthYear; // 2003
  id.value.birthProvince.name; // 'Hà Nội'
}
const wide = parsePersonalId('００１２０３０１２３４５');
if (!wide.ok) wide.reason; // 'NON_DIGIT'
isValidTaxCode('0100109106'); // true
sameName('Nguyễn Văn  An', 'NGUYEN VAN AN'); // true
const date = parseDate('00/05/1950');
if (date.ok) formatDate(date.value, 'iso'); // '1950-05'
const address = resolveOldAddress({ provinceCode: '02', wardCode: '00688' });
if (address.ok) address.value.province.name; // 'Tuyên Quang'
const phone = parsePhoneNumber('0912 345 678');
if (phone.ok) phone.value.e164; // '+84912345678'
// #endregion vn-quick-start

export { address, date, id, phone, wide };
