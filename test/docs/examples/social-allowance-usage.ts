import { baseUrl, consent, verify } from '../harness.js';
// #region usage
import { createGateway } from '@onceonly/core';
import { socialAllowance } from './social-allowance.js';

const gw = createGateway({ baseUrl, client: 'VN/GOV/000.00.00.H23/PORTAL', verify });
const allowance = socialAllowance(gw, { provider: 'GOV/000.00.00.H29/BTXH' });
const beneficiary = await allowance.getBeneficiary(
  { personalId: '001203012345' },
  { purpose: '1.001193', caseId: 'H23.01-241122-0001', consent },
);
// { personalId: '001203012345', fullName: 'Nguyễn Văn An', insuranceCode: '0123456789',
//   allowance: { kind: 'KT_NANG', monthlyVnd: 1000000, since: '2025-07-01', status: 'active' } }
// #endregion usage

const future = await allowance
  .getBeneficiary(
    { personalId: '001203012345', asOf: '2999-01-01' },
    { purpose: '1.001193', caseId: 'H23.01-241122-0001', consent },
  )
  .catch((e) => e);
await gw.close();
export { beneficiary, future };
