import { ctx, getCitizen, gw } from './quick-start.js';
// #region injection
const smuggled = await gw
  .call(getCitizen, { personalId: '001203012345' }, { ...ctx, caseId: 'H23.01\r\nX-Forwarded-For: 10.0.0.1' })
  .catch((e) => e);
smuggled.code; // 'CASE_ID_REQUIRED': refused, nothing was sent
// #endregion injection

export { smuggled };
