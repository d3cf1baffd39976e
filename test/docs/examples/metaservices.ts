import { gw } from './quick-start.js';
// #region metaservices
const members = await gw.listClients();
// [{ kind: 'MEMBER', id: 'VN/GOV/000.00.00.G10', …, memberName: 'Bộ Công an' },
//  { kind: 'SUBSYSTEM', id: 'VN/GOV/000.00.00.G10/CSDLDC', …, subsystemCode: 'CSDLDC',
//    memberName: 'Bộ Công an', subsystemName: 'Cơ sở dữ liệu quốc gia về dân cư' }]
const allowed = await gw.allowedMethods('GOV/000.00.00.G10/CSDLDC');
// [{ id: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get', serviceCode: 'citizen.get', serviceType: 'REST',
//    endpoints: [{ method: 'POST', path: '/' }] }, …]
const openapi = await gw.getOpenAPI('GOV/000.00.00.G10/CSDLDC', 'citizen.get', { parse: true });
// { mediaType: 'text/yaml', text: 'openapi: 3.1.0\n…', document: { openapi: '3.1.0', … } }: as published
// #endregion metaservices

export { allowed, members, openapi };
