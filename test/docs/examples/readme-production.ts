declare const consentFromYourCallbackRoute: string;
// #region readme-production
// not run: needs your security server; `consentFromYourCallbackRoute` is what VNeID's consent flow gave you
import { createGateway, jsonlFileAuditSink } from '@onceonly/core';
import { population } from '@onceonly/population';

const gw = createGateway({
  baseUrl: 'https://ss.portal.gov.vn', // your security server or LGSP
  client: 'VN/GOV/000.00.00.H23/PORTAL', // this portal's X-Road client id
  // The providers' payload-signature keys: a security server serves none.
  verify: {
    providers: { 'GOV/000.00.00.G10/CSDLDC': { jwksUrl: 'https://keys.dancu.example.gov.vn/jwks.json' } },
  },
  audit: { sink: jsonlFileAuditSink('/var/log/portal/audit.jsonl'), subjectKey: process.env.AUDIT_KEY! },
});
const citizen = await population(gw).getCitizen(
  { personalId: '001203012345', fullName: 'Nguyễn Văn An', birthDate: '22/11/1992' },
  {
    purpose: '1.001193',
    caseId: 'H23.01-241122-0001',
    officerId: '001085001234', // the officer who asks (MaCanBo)
    consent: consentFromYourCallbackRoute,
  },
);
// #endregion readme-production

export { citizen };
