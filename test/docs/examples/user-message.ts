import { ctx, getCitizen, gw } from './quick-start.js';
// #region user-message
import { userMessage } from '@onceonly/core';

const refused = await gw
  .call(getCitizen, { personalId: '001203012345' }, { ...ctx, consent: 'not-a-jwt' })
  .catch((error: unknown) => error);
const { title, text, action } = userMessage(refused);
// title: 'Cần xác nhận đồng ý', action: 'give-consent-again',
// text: 'Cần sự đồng ý của bạn để lấy dữ liệu này. Vui lòng xác nhận lại việc đồng ý chia sẻ dữ liệu qua VNeID, rồi thử lại.'
userMessage(refused, { locale: 'en' }).text;
// 'Your consent is needed to fetch this data. Please give your consent again through VNeID, then try again.'
// #endregion user-message

export { action, refused, text, title };
