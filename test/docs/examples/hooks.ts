import { baseUrl, verify } from '../harness.js';
import { ctx, getCitizen } from './quick-start.js';
// #region hooks
import { type CallSummary, createGateway } from '@onceonly/core';

const summaries: CallSummary[] = []; // or your metrics client: histogram, counter by outcome
const gw = createGateway({
  baseUrl,
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  verify,
  hooks: {
    headers: (info) => ({ 'x-portal-instance': 'web-1', 'x-attempt': String(info.attempt) }),
    onCallEnd: (summary) => void summaries.push(summary),
  },
});
await gw.call(getCitizen, { personalId: '001203012345' }, ctx);
// summaries: [{ serviceId: 'population.citizen.get', provider, xroadId, outcome: 'success',
//               attempts: 1, durationMs, cached: false, status: 200 }]
// #endregion hooks

await gw.close();
export { summaries };
