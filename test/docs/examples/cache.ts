import { baseUrl, verify } from '../harness.js';
import { ctx, getCitizen } from './quick-start.js';
// #region cache
import { createGateway } from '@onceonly/core';

// A service definition is plain data: the same service, cached for five minutes.
const getCitizenCached = { ...getCitizen, cache: { ttlMs: 5 * 60_000 } };
const gw = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify,
  cache: { maxEntries: 10_000 },
});

const first = await gw.callWithMeta(getCitizenCached, { personalId: '001203012345' }, ctx);
const again = await gw.callWithMeta(getCitizenCached, { personalId: '001203012345' }, ctx);
again.meta.cached; // true: no request was sent, the consent was still checked, and it was audited
// #endregion cache

await gw.close();
export { again, first };
