import { baseUrl, consent, verify } from '../harness.js';
import { getCitizen } from './quick-start.js';
// #region consent
import { createGateway, PolicyError } from '@onceonly/core';

const gw = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify,
  consent: { jwksUrl: '/idp/jwks.json', issuer: 'https://id.example.gov.vn' }, // verify the IdP's signature
});
const ctx = { purpose: '1.001193', caseId: 'H23.01-241122-0001', consent };

await gw.call(getCitizen, { personalId: '001203012345' }, ctx); // signed, this citizen, this portal, this purpose

const otherPurpose = await gw
  .call(getCitizen, { personalId: '001203012345' }, { ...ctx, purpose: '1.000656' })
  .catch((e) => e);
PolicyError.isInstance(otherPurpose) && otherPurpose.code; // 'CONSENT_PURPOSE_MISMATCH'

// A token anyone could write (alg "none") is refused whatever it claims:
const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${consent.split('.')[1]}.`;
const forged = await gw
  .call(getCitizen, { personalId: '001203012345' }, { ...ctx, consent: unsigned })
  .catch((e) => e);
PolicyError.isInstance(forged) && forged.code; // 'CONSENT_INVALID'
// #endregion consent

await gw.close();
export { forged, otherPurpose };
