import { gw } from './quick-start.js';
// #region metaservices
const members = await gw.listClients();
// [{ id: 'VN/GOV/000.00.00.G10/CSDLDC', instance: 'VN', memberClass: 'GOV', memberCode: '000.00.00.G10',
//    subsystemCode: 'CSDLDC', name: 'Cơ sở dữ liệu quốc gia về dân cư' }]
const allowed = await gw.allowedMethods('GOV/000.00.00.G10/CSDLDC');
// [{ id: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get', serviceCode: 'citizen.get' }, …]
// #endregion metaservices

export { allowed, members };
