declare const bhxhPublicJwk: Record<string, unknown>;
// #region provider-keys
// not run: a production configuration
import { createGateway } from '@onceonly/core';

const gw = createGateway({
  baseUrl: 'https://ss.portal.gov.vn',
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify: {
    providers: {
      'GOV/000.00.00.G10/CSDLDC': { jwksUrl: 'https://keys.dancu.example.gov.vn/jwks.json' }, // fetched, cached
      'GOV/000.00.00.G22/BHXH': { keys: [bhxhPublicJwk] }, // inline public keys
      'GOV/000.00.00.G12/DKDN': 'none', // does not sign
    },
    required: true, // the default
  },
});
// #endregion provider-keys

export { gw };
